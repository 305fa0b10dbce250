import { Arg, Int, Query, Resolver } from 'type-graphql';
import { ARGUMENT_LIMITS, requireInRange, requireMaxLength, upstreamUnavailable } from '@elysium/subgraph-kit';
import { Article, ArticleKind, Page, SiteSettings } from './editorial.model';
import type { CatalogServices } from '../services';

/** Guides, journal, pages and site settings: content editors publish them in Sanity, no developer needed. */
@Resolver()
export class EditorialResolver {
  constructor(private readonly services: CatalogServices) {}

  @Query(() => [Article], { description: 'Articles, newest first.' })
  articles(
    @Arg('kind', () => ArticleKind, { nullable: true, description: 'Only guides, or only journal posts.' }) kind: ArticleKind | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1 to 100).' }) first: number,
  ): Promise<Article[]> {
    return this.services.editorial.articles({ kind, limit: requireInRange(first, 1, 100, 'first') });
  }

  @Query(() => Article, { nullable: true, description: 'One article by slug.' })
  article(
    @Arg('slug', { description: `The article slug (at most ${ARGUMENT_LIMITS.slug} characters).` }) slug: string,
  ): Promise<Article | null> {
    return this.services.editorial.articleBySlug(requireMaxLength(slug, ARGUMENT_LIMITS.slug, 'slug'));
  }

  @Query(() => [Page], { description: 'Every standing page, A to Z by title (for menus and sitemaps).' })
  pages(): Promise<Page[]> {
    return this.services.editorial.pages();
  }

  @Query(() => Page, { nullable: true, description: 'One page by slug.' })
  page(@Arg('slug', { description: `The page slug (at most ${ARGUMENT_LIMITS.slug} characters).` }) slug: string): Promise<Page | null> {
    return this.services.editorial.pageBySlug(requireMaxLength(slug, ARGUMENT_LIMITS.slug, 'slug'));
  }

  @Query(() => SiteSettings, { description: 'Site-wide settings.' })
  async siteSettings(): Promise<SiteSettings> {
    const settings = await this.services.editorial.siteSettings();
    if (!settings) throw upstreamUnavailable('Site settings');
    return settings;
  }
}
