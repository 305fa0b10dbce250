import { Arg, Query, Resolver } from 'type-graphql';
import { ARGUMENT_LIMITS, requireMaxLength } from '@elysium/subgraph-kit';
import { Collection } from './collection.model';
import type { CatalogServices } from '../services';

/** Collections; list their pieces with `products(filter: { collection: slug })`. */
@Resolver(() => Collection)
export class CollectionResolver {
  constructor(private readonly services: CatalogServices) {}

  @Query(() => [Collection], { description: 'Every collection, A to Z.' })
  collections(): Promise<Collection[]> {
    return this.services.collections.list();
  }

  @Query(() => Collection, { nullable: true, description: 'One collection by slug.' })
  collection(
    @Arg('slug', { description: `The collection slug (at most ${ARGUMENT_LIMITS.slug} characters).` }) slug: string,
  ): Promise<Collection | null> {
    return this.services.collections.findBySlug(requireMaxLength(slug, ARGUMENT_LIMITS.slug, 'slug'));
  }
}
