import { isCatalogueKey } from '@elysium/subgraph-kit';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * A product, owned by the catalog subgraph; the customers subgraph only points at it (wishlists,
 * recently viewed). The name `Product` may be defined once per subgraph, so every slice uses this class.
 */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Product', { description: 'A piece in the ELYSIUM catalogue.' })
export class ProductRef {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id!: string;

  static of(id: string): ProductRef {
    return Object.assign(new ProductRef(), { id });
  }
}

/**
 * Whether `value` can name a published catalogue document (drafts are never served, so never saved);
 * checked here since the catalog cannot be asked inside our transaction.
 */
export function isProductId(value: string): boolean {
  return isCatalogueKey(value) && !value.startsWith('drafts.');
}
