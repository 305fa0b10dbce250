import { Arg, Query, Resolver } from 'type-graphql';
import { Collection, COLLECTION_PROJECTION } from './collection.model';
import type { CatalogServices } from '../services';

const PUBLISHED_COLLECTIONS = `_type == "collection" && !(_id in path("drafts.**"))`;

/** Collections; list their pieces with `products(filter: { collection: slug })`. */
@Resolver(() => Collection)
export class CollectionResolver {
  constructor(private readonly services: CatalogServices) {}

  @Query(() => [Collection], { description: 'Every collection, A to Z.' })
  collections(): Promise<Collection[]> {
    return this.services.lake.fetch<Collection[]>(`*[${PUBLISHED_COLLECTIONS}] | order(title asc)${COLLECTION_PROJECTION}`);
  }

  @Query(() => Collection, { nullable: true, description: 'One collection by slug.' })
  collection(@Arg('slug', { description: 'The collection slug.' }) slug: string): Promise<Collection | null> {
    return this.services.lake.fetch<Collection | null>(`*[${PUBLISHED_COLLECTIONS} && slug.current == $slug][0]${COLLECTION_PROJECTION}`, {
      slug,
    });
  }
}
