import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { FIGURE_PROJECTION, Image, type FigureRow } from '../content/image.model';
import { Seo, SEO_PROJECTION } from '../content/seo.model';
import type { ImageUrlBuilder } from '../sanity/images';

export enum ArticleKind {
  GUIDE = 'guide',
  JOURNAL = 'journal',
}
registerEnumType(ArticleKind, {
  name: 'ArticleKind',
  description: 'Guides (the 4Cs, metals, care) or journal posts.',
  valuesConfig: {
    GUIDE: { description: 'Lasting advice: the 4Cs, metals, care, sizing.' },
    JOURNAL: { description: 'News and stories from the house and the atelier.' },
  },
});

export interface ArticleRow {
  id: string;
  slug: string;
  title: string;
  kind: ArticleKind;
  excerpt: string | null;
  bodyBlocks: unknown[];
  bodyText: string;
  heroImage: FigureRow | null;
  publishedAt: string;
  seo: Seo | null;
}

export const ARTICLE_PROJECTION = `{
  "id": _id, "slug": slug.current, title, kind, "excerpt": coalesce(excerpt, null),
  "bodyBlocks": coalesce(body, []), "bodyText": coalesce(pt::text(body), ""),
  "heroImage": heroImage${FIGURE_PROJECTION}, publishedAt, "seo": seo${SEO_PROJECTION}
}`;

@ObjectType({ description: 'An editorial article: a guide or a journal post.' })
export class Article {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id: string;

  @Field({ description: 'URL-safe name; the storefront path is /journal/{slug} or /guides/{slug}.' })
  slug: string;

  @Field({ description: 'Headline.' })
  title: string;

  @Field(() => ArticleKind, { description: 'Guide or journal.' })
  kind: ArticleKind;

  @Field(() => String, { nullable: true, description: 'A sentence or two for lists and previews.' })
  excerpt: string | null;

  @Field(() => GraphQLJSON, { description: 'The body as Portable Text blocks.' })
  body: unknown[];

  @Field({ description: 'The body as plain text.' })
  bodyText: string;

  @Field(() => Image, { nullable: true, description: 'The hero image.' })
  heroImage: Image | null;

  @Field({ description: 'Publication date.' })
  publishedAt: Date;

  @Field(() => Seo, { nullable: true, description: 'Search and sharing text.' })
  seo: Seo | null;

  constructor(row: ArticleRow, urls: ImageUrlBuilder) {
    this.id = row.id;
    this.slug = row.slug;
    this.title = row.title;
    this.kind = row.kind;
    this.excerpt = row.excerpt;
    this.body = row.bodyBlocks;
    this.bodyText = row.bodyText;
    this.heroImage = Image.from(row.heroImage, urls);
    this.publishedAt = new Date(row.publishedAt);
    this.seo = row.seo;
  }
}

export const PAGE_PROJECTION = `{ "id": _id, "slug": slug.current, title, "body": coalesce(body, []), "bodyText": coalesce(pt::text(body), ""), "seo": seo${SEO_PROJECTION} }`;

@ObjectType({ description: 'A standing page (About, Bespoke, Delivery and returns…).' })
export class Page {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id!: string;

  @Field({ description: 'URL-safe name; the storefront path is /{slug}.' })
  slug!: string;

  @Field({ description: 'Heading.' })
  title!: string;

  @Field(() => GraphQLJSON, { description: 'The body as Portable Text blocks.' })
  body!: unknown[];

  @Field({ description: 'The body as plain text.' })
  bodyText!: string;

  @Field(() => Seo, { nullable: true, description: 'Search and sharing text.' })
  seo!: Seo | null;
}

export const SITE_SETTINGS_QUERY = `*[_id == "siteSettings"][0]{
  title, "tagline": coalesce(tagline, null), "announcement": coalesce(announcement, null),
  "contactEmail": coalesce(contactEmail, null), "contactPhone": coalesce(contactPhone, null), "address": coalesce(address, null),
  "seoDefaults": seoDefaults${SEO_PROJECTION}
}`;

@ObjectType({ description: 'Site-wide settings the content team controls.' })
export class SiteSettings {
  @Field({ description: 'Site title.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Tagline under the logo.' })
  tagline!: string | null;

  @Field(() => String, { nullable: true, description: 'Text of the announcement bar; null hides it.' })
  announcement!: string | null;

  @Field(() => String, { nullable: true, description: 'Client services email.' })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true, description: 'Client services telephone.' })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true, description: 'Atelier address, one line per line.' })
  address!: string | null;

  @Field(() => Seo, { nullable: true, description: 'Defaults for pages without their own.' })
  seoDefaults!: Seo | null;
}
