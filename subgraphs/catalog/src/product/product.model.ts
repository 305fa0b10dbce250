import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Money } from '@elysium/subgraph-kit';
import { Collection, COLLECTION_PROJECTION } from '../collection/collection.model';
import { Metal, ProductCategory } from './product.enums';

/** A piece in the catalogue, as Sanity holds it (published documents only). */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A piece in the ELYSIUM catalogue.' })
export class Product {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id!: string;

  @Field({ description: 'URL-safe name, unique among products; the storefront path is /products/{slug}.' })
  slug!: string;

  @Field({ description: 'Display title.' })
  title!: string;

  @Field(() => ProductCategory, { description: 'What kind of piece it is.' })
  category!: ProductCategory;

  @Field(() => Metal, { nullable: true, description: 'The metal it is made in; null for pieces offered in several (chosen per variant).' })
  metal!: Metal | null;

  @Field({ description: 'The description as plain text (paragraphs separated by blank lines).' })
  description!: string;

  @Field(() => Money, { description: 'Price from, VAT included, in GBP.' })
  price!: Money;

  @Field(() => [Collection], { description: 'Collections the piece belongs to.' })
  collections!: Collection[];
}

/** GROQ projection producing a Product (collections dereferenced in the same request). */
export const PRODUCT_PROJECTION = `{
  "id": _id,
  "slug": slug.current,
  title,
  category,
  "metal": coalesce(metal, null),
  "description": coalesce(pt::text(description), ""),
  price,
  "collections": coalesce(collections[]->${COLLECTION_PROJECTION}, [])
}`;

/** The row GROQ returns for PRODUCT_PROJECTION. */
export type ProductRow = Omit<Product, 'price'> & { price: { amount: number; currency: string } };

export function toProduct(row: ProductRow): Product {
  return Object.assign(new Product(), row, { price: Money.of(row.price.amount, row.price.currency) });
}
