import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Money } from '@elysium/subgraph-kit';
import { Collection, COLLECTION_PROJECTION } from '../collection/collection.model';
import { FIGURE_PROJECTION, Image, type FigureRow } from '../content/image.model';
import { Seo, SEO_PROJECTION } from '../content/seo.model';
import type { ImageUrlBuilder } from '../sanity/images';
import { Stone, STONE_PROJECTION, type StoneRow } from '../stone/stone.model';
import { Metal, ProductCategory } from './product.enums';

interface MoneyRow {
  amount: number;
  currency: string;
}

/** One purchasable version of a product (metal and size). */
@ObjectType({ description: 'One purchasable version of a product: a metal and a size, with its own SKU and price.' })
export class ProductVariant {
  @Field({ description: 'Stock-keeping unit, unique across the catalogue.' })
  sku!: string;

  @Field(() => Metal, { description: 'The metal of this version.' })
  metal!: Metal;

  @Field(() => String, { nullable: true, description: 'UK ring size, or a length such as "45 cm"; null when one size.' })
  size!: string | null;

  @Field(() => Money, { description: 'Price of this version, VAT included.' })
  price!: Money;
}

/** What GROQ returns for PRODUCT_PROJECTION. */
export interface ProductRow {
  id: string;
  slug: string;
  title: string;
  category: ProductCategory;
  metal: Metal | null;
  descriptionText: string;
  descriptionBlocks: unknown[];
  price: MoneyRow;
  variants: Array<{ sku: string; metal: Metal; size: string | null; price: MoneyRow }>;
  images: FigureRow[];
  collections: Collection[];
  stones: StoneRow[];
  leadTimeWeeks: number | null;
  configuratorId: string | null;
  publishedAt: string;
  seo: Seo | null;
}

/** GROQ projection producing a Product: images, collections and stones dereferenced in the same request. */
export const PRODUCT_PROJECTION = `{
  "id": _id,
  "slug": slug.current,
  title,
  category,
  "metal": coalesce(metal, null),
  "descriptionText": coalesce(pt::text(description), ""),
  "descriptionBlocks": coalesce(description, []),
  price,
  "variants": coalesce(variants[]{ sku, metal, "size": coalesce(size, null), price }, []),
  "images": coalesce(images[]${FIGURE_PROJECTION}, []),
  "collections": coalesce(collections[]->${COLLECTION_PROJECTION}, []),
  "stones": coalesce(stones[]->${STONE_PROJECTION}, []),
  "leadTimeWeeks": coalesce(leadTimeWeeks, null),
  "configuratorId": coalesce(configurator._ref, null),
  "publishedAt": coalesce(publishedAt, _createdAt),
  "seo": seo${SEO_PROJECTION}
}`;

/** A piece in the catalogue, as Sanity holds it (published documents only). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A piece in the ELYSIUM catalogue.' })
export class Product {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id: string;

  @Field({ description: 'URL-safe name, unique among products; the storefront path is /products/{slug}.' })
  slug: string;

  @Field({ description: 'Display title.' })
  title: string;

  @Field(() => ProductCategory, { description: 'What kind of piece it is.' })
  category: ProductCategory;

  @Field(() => Metal, { nullable: true, description: 'The metal it is made in; null for pieces offered in several (chosen per variant).' })
  metal: Metal | null;

  @Field({ description: 'The description as plain text (paragraphs separated by blank lines).' })
  description: string;

  @Field(() => GraphQLJSON, { description: 'The description as Portable Text blocks, for rich rendering.' })
  descriptionPortableText: unknown[];

  @Field(() => Money, { description: 'Price from, VAT included, in GBP.' })
  price: Money;

  @Field(() => [ProductVariant], { description: 'Purchasable versions (metal, size); empty for one-of-one pieces.' })
  variants: ProductVariant[];

  @Field(() => Image, { nullable: true, description: 'The listing image (the first of `images`).' })
  image: Image | null;

  @Field(() => [Image], { description: 'All images, in the order the editor set.' })
  images: Image[];

  @Field(() => [Collection], { description: 'Collections the piece belongs to.' })
  collections: Collection[];

  @Field(() => [Stone], { description: 'Certified stones set in the piece.' })
  stones: Stone[];

  @Field(() => Int, { nullable: true, description: 'Weeks the atelier needs to make it; null when it ships from stock.' })
  leadTimeWeeks: number | null;

  @Field({ description: 'True when the client can design their own version (see `configurator`).' })
  configurable: boolean;

  @Field({ description: 'When the piece was first published.' })
  publishedAt: Date;

  @Field(() => Seo, { nullable: true, description: 'Search and sharing text.' })
  seo: Seo | null;

  /** The configurator document id, for `configurator(productId)`. */
  readonly configuratorId: string | null;

  constructor(row: ProductRow, urls: ImageUrlBuilder) {
    this.id = row.id;
    this.slug = row.slug;
    this.title = row.title;
    this.category = row.category;
    this.metal = row.metal;
    this.description = row.descriptionText;
    this.descriptionPortableText = row.descriptionBlocks;
    this.price = Money.of(row.price.amount, row.price.currency);
    this.variants = row.variants.map((v) => Object.assign(new ProductVariant(), v, { price: Money.of(v.price.amount, v.price.currency) }));
    this.images = row.images.flatMap((figure) => Image.from(figure, urls) ?? []);
    this.image = this.images[0] ?? null;
    this.collections = row.collections;
    this.stones = row.stones.map((stone) => new Stone(stone, urls));
    this.leadTimeWeeks = row.leadTimeWeeks;
    this.configuratorId = row.configuratorId;
    this.configurable = row.configuratorId !== null;
    this.publishedAt = new Date(row.publishedAt);
    this.seo = row.seo && (row.seo.title || row.seo.description) ? row.seo : null;
  }
}
