import { Arg, Int, Query, Resolver } from 'type-graphql';
import { requireInRange, upstreamUnavailable } from '@elysium/subgraph-kit';
import {
  Article,
  ARTICLE_PROJECTION,
  ArticleKind,
  Page,
  PAGE_PROJECTION,
  SITE_SETTINGS_QUERY,
  SiteSettings,
  type ArticleRow,
} from './editorial.model';
import type { CatalogServices } from '../services';

const published = (type: string) => `_type == "${type}" && !(_id in path("drafts.**"))`;

/** Guides, journal, pages and site settings: content editors publish them in Sanity, no developer needed. */
@Resolver()
export class EditorialResolver {
  constructor(private readonly services: CatalogServices) {}

  @Query(() => [Article], { description: 'Articles, newest first.' })
  async articles(
    @Arg('kind', () => ArticleKind, { nullable: true, description: 'Only guides, or only journal posts.' }) kind: ArticleKind | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1 to 100).' }) first: number,
  ): Promise<Article[]> {
    const rows = await this.services.lake.fetch<ArticleRow[]>(
      `*[${published('article')} && (!defined($kind) || kind == $kind)] | order(publishedAt desc, _id asc) [0...$limit]${ARTICLE_PROJECTION}`,
      { kind, limit: requireInRange(first, 1, 100, 'first') },
    );
    return rows.map((row) => new Article(row, this.services.urls));
  }

  @Query(() => Article, { nullable: true, description: 'One article by slug.' })
  async article(@Arg('slug', { description: 'The article slug.' }) slug: string): Promise<Article | null> {
    const row = await this.services.lake.fetch<ArticleRow | null>(
      `*[${published('article')} && slug.current == $slug][0]${ARTICLE_PROJECTION}`,
      { slug },
    );
    return row && new Article(row, this.services.urls);
  }

  @Query(() => [Page], { description: 'Every standing page, A to Z by title (for menus and sitemaps).' })
  pages(): Promise<Page[]> {
    return this.services.lake.fetch<Page[]>(`*[${published('page')}] | order(title asc)${PAGE_PROJECTION}`);
  }

  @Query(() => Page, { nullable: true, description: 'One page by slug.' })
  page(@Arg('slug', { description: 'The page slug.' }) slug: string): Promise<Page | null> {
    return this.services.lake.fetch<Page | null>(`*[${published('page')} && slug.current == $slug][0]${PAGE_PROJECTION}`, { slug });
  }

  @Query(() => SiteSettings, { description: 'Site-wide settings.' })
  async siteSettings(): Promise<SiteSettings> {
    const settings = await this.services.lake.fetch<SiteSettings | null>(SITE_SETTINGS_QUERY);
    if (!settings) throw upstreamUnavailable('Site settings');
    return settings;
  }
}
