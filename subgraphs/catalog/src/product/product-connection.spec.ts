import { GraphQLError } from 'graphql';
import { ARGUMENT_LIMITS } from '@elysium/subgraph-kit';
import { decodeCursor, encodeCursor, toConnection } from './product-connection';
import type { Product } from './product.model';

const products = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `p${i}` }) as Product);

describe('product pages', () => {
  it('gives cursors that start the next page right after the item', () => {
    const page = toConnection(products(3), 0, 5);
    expect(decodeCursor(page.pageInfo.endCursor as string, 'after')).toBe(3);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });

  it('says the last page is the last, and an empty page has no cursors', () => {
    expect(toConnection(products(2), 3, 5).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(toConnection([], 5, 5).pageInfo).toEqual({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it('refuses a cursor it did not give out, naming the argument', () => {
    for (const bad of ['garbage', encodeCursor(1).slice(0, -2), Buffer.from('offset:-1').toString('base64url')]) {
      try {
        decodeCursor(bad, 'after');
        throw new Error(`accepted ${bad}`);
      } catch (error) {
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
        expect((error as GraphQLError).message).not.toContain(bad);
      }
    }
  });

  it('refuses an overlong cursor by its length alone, without echoing it', () => {
    const huge = encodeCursor(1).repeat(20_000);
    expect(() => decodeCursor(huge, 'after')).toThrow(`after must be at most ${ARGUMENT_LIMITS.cursor} characters; got ${huge.length}.`);
  });
});
