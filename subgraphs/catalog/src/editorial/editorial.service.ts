import { published } from '../sanity/published';
import type { ContentLake } from '../sanity/content-lake';
import type { ImageUrlBuilder } from '../sanity/images';
import {
  Article,
  ARTICLE_PROJECTION,
  type ArticleKind,
  type ArticleRow,
  type Page,
  PAGE_PROJECTION,
  SITE_SETTINGS_QUERY,
  type SiteSettings,
} from './editorial.model';

/** Every GROQ query the service sends, exported so the content-model spec checks them. */
export const EDITORIAL_QUERIES = {
  articles: `*[${published('article')} && (!defined($kind) || kind == $kind)] | order(publishedAt desc, _id asc) [0...$limit]${ARTICLE_PROJECTION}`,
  articleBySlug: `*[${published('article')} && slug.current == $slug][0]${ARTICLE_PROJECTION}`,
  pages: `*[${published('page')}] | order(title asc)${PAGE_PROJECTION}`,
  pageBySlug: `*[${published('page')} && slug.current == $slug][0]${PAGE_PROJECTION}`,
  siteSettings: SITE_SETTINGS_QUERY,
};

/** Guides, journal, standing pages and site settings; one GROQ request per call. */
export class EditorialService {
  constructor(
    private readonly lake: ContentLake,
    private readonly urls: ImageUrlBuilder,
  ) {}

  /** Articles, newest first, optionally of one kind. */
  async articles(options: { kind?: ArticleKind | null; limit: number }): Promise<Article[]> {
    const rows = await this.lake.fetch<ArticleRow[]>(EDITORIAL_QUERIES.articles, { kind: options.kind ?? null, limit: options.limit });
    return rows.map((row) => new Article(row, this.urls));
  }

  async articleBySlug(slug: string): Promise<Article | null> {
    const row = await this.lake.fetch<ArticleRow | null>(EDITORIAL_QUERIES.articleBySlug, { slug });
    return row && new Article(row, this.urls);
  }

  /** Every standing page, A to Z by title. */
  pages(): Promise<Page[]> {
    return this.lake.fetch<Page[]>(EDITORIAL_QUERIES.pages);
  }

  pageBySlug(slug: string): Promise<Page | null> {
    return this.lake.fetch<Page | null>(EDITORIAL_QUERIES.pageBySlug, { slug });
  }

  /** Null only when the settings document is missing (a broken dataset). */
  siteSettings(): Promise<SiteSettings | null> {
    return this.lake.fetch<SiteSettings | null>(EDITORIAL_QUERIES.siteSettings);
  }
}
