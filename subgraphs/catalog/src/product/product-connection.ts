import { Field, Int, ObjectType } from 'type-graphql';
import { ARGUMENT_LIMITS, badUserInput, requireMaxLength } from '@elysium/subgraph-kit';
import { Product } from './product.model';

/** Relay page information. */
@ObjectType({ description: 'Where this page sits in the whole list (Relay).' })
export class PageInfo {
  @Field({ description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field({ description: 'True when items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item; pass it as `after` for the next page.' })
  endCursor!: string | null;
}

/** One product in a page, with its cursor. */
@ObjectType({ description: 'One product in a page, with its cursor.' })
export class ProductEdge {
  @Field({ description: 'Opaque cursor of this item.' })
  cursor!: string;

  @Field(() => Product, { description: 'The product.' })
  node!: Product;
}

/** A page of products (Relay cursor connection). */
@ObjectType({ description: 'A page of products (Relay cursor connection).' })
export class ProductConnection {
  @Field(() => [ProductEdge], { description: 'The products of this page with their cursors.' })
  edges!: ProductEdge[];

  @Field(() => [Product], { description: 'The products of this page, without cursors.' })
  nodes!: Product[];

  @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many products match, across all pages.' })
  totalCount!: number;
}

/** Cursors are opaque to clients; inside they are offsets into the sorted list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string, field: string): number {
  requireMaxLength(cursor, ARGUMENT_LIMITS.cursor, field);
  const match = /^offset:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  // The cursor is the caller's text: never echo it, however short.
  if (!match) throw badUserInput(`${field} is not a cursor this list gave out.`, field);
  return Number(match[1]);
}

export function toConnection(products: Product[], offset: number, totalCount: number): ProductConnection {
  const edges = products.map((node, i) => ({ cursor: encodeCursor(offset + i + 1), node }));
  return {
    edges,
    nodes: products,
    totalCount,
    pageInfo: {
      hasNextPage: offset + products.length < totalCount,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
