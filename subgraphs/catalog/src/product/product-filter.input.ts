import { Field, Float, InputType, Int, registerEnumType } from 'type-graphql';
import { ARGUMENT_LIMITS, badUserInput, requireMaxLength } from '@elysium/subgraph-kit';
import { StoneShape } from '../stone/stone.model';
import { Metal, ProductCategory } from './product.enums';

export enum ProductSort {
  TITLE = 'TITLE',
  PRICE_ASC = 'PRICE_ASC',
  PRICE_DESC = 'PRICE_DESC',
  NEWEST = 'NEWEST',
}
registerEnumType(ProductSort, {
  name: 'ProductSort',
  description: 'Order of a product list.',
  valuesConfig: {
    TITLE: { description: 'A to Z by title.' },
    PRICE_ASC: { description: 'Lowest "price from" first.' },
    PRICE_DESC: { description: 'Highest "price from" first.' },
    NEWEST: { description: 'Most recently published first.' },
  },
});

/** Narrows a product list; every field is optional and they combine with AND. */
@InputType({ description: 'Narrows a product list; the fields given combine with AND.' })
export class ProductFilter {
  @Field(() => String, {
    nullable: true,
    description: `Only pieces in the collection with this slug (at most ${ARGUMENT_LIMITS.slug} characters).`,
  })
  collection?: string | null;

  @Field(() => ProductCategory, { nullable: true, description: 'Only this kind of piece.' })
  category?: ProductCategory | null;

  @Field(() => Metal, { nullable: true, description: 'Only pieces made in, or offered in, this metal.' })
  metal?: Metal | null;

  @Field(() => StoneShape, { nullable: true, description: 'Only pieces set with a stone of this shape.' })
  stoneShape?: StoneShape | null;

  @Field(() => Float, { nullable: true, description: 'Only pieces with a stone of at least this many carats.' })
  caratMin?: number | null;

  @Field(() => Float, { nullable: true, description: 'Only pieces with a stone of at most this many carats.' })
  caratMax?: number | null;

  @Field(() => Int, { nullable: true, description: '"Price from" at least this, in pence, VAT included.' })
  priceMin?: number | null;

  @Field(() => Int, { nullable: true, description: '"Price from" at most this, in pence, VAT included.' })
  priceMax?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `Words to find in the title or description (2 to 100 characters once trimmed; at most ${ARGUMENT_LIMITS.searchText} characters as sent).`,
  })
  search?: string | null;
}

/** GROQ filter clauses and their parameters for a ProductFilter; refuses contradictory or silly input. */
export function productFilterGroq(filter: ProductFilter | null | undefined): { clauses: string[]; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (!filter) return { clauses, params };
  const range = (min: number | null | undefined, max: number | null | undefined, name: string) => {
    if (min != null && min < 0) throw badUserInput(`${name}Min cannot be negative.`, `filter.${name}Min`);
    if (max != null && max < 0) throw badUserInput(`${name}Max cannot be negative.`, `filter.${name}Max`);
    if (min != null && max != null && min > max) throw badUserInput(`${name}Min is above ${name}Max.`, `filter.${name}Min`);
  };
  range(filter.priceMin, filter.priceMax, 'price');
  range(filter.caratMin, filter.caratMax, 'carat');

  if (filter.collection != null) {
    clauses.push('$collection in collections[]->slug.current');
    params.collection = requireMaxLength(filter.collection, ARGUMENT_LIMITS.slug, 'filter.collection');
  }
  if (filter.category != null) {
    clauses.push('category == $category');
    params.category = filter.category;
  }
  if (filter.metal != null) {
    clauses.push('(metal == $metal || $metal in variants[].metal)');
    params.metal = filter.metal;
  }
  if (filter.stoneShape != null) {
    clauses.push('$stoneShape in stones[]->shape');
    params.stoneShape = filter.stoneShape;
  }
  if (filter.caratMin != null || filter.caratMax != null) {
    clauses.push('count((stones[]->carat)[@ >= $caratMin && @ <= $caratMax]) > 0');
    params.caratMin = filter.caratMin ?? 0;
    params.caratMax = filter.caratMax ?? 1_000;
  }
  if (filter.priceMin != null) {
    clauses.push('price.amount >= $priceMin');
    params.priceMin = filter.priceMin;
  }
  if (filter.priceMax != null) {
    clauses.push('price.amount <= $priceMax');
    params.priceMax = filter.priceMax;
  }
  if (filter.search != null) {
    const words = requireMaxLength(filter.search, ARGUMENT_LIMITS.searchText, 'filter.search').trim();
    if (words.length < 2 || words.length > 100) throw badUserInput('search must be 2 to 100 characters.', 'filter.search');
    clauses.push('[title, pt::text(description)] match $search');
    // Every word as a prefix: "sapph emer" finds "Sapphire" and "Emerald".
    params.search = words
      .split(/\s+/)
      .map((w) => `${w.replace(/[*]/g, '')}*`)
      .join(' ');
  }
  return { clauses, params };
}

export const SORT_ORDER: Record<ProductSort, string> = {
  TITLE: 'title asc, _id asc',
  PRICE_ASC: 'price.amount asc, _id asc',
  PRICE_DESC: 'price.amount desc, _id asc',
  NEWEST: 'coalesce(publishedAt, _createdAt) desc, _id asc',
};
