import type { ContentLake } from '../sanity/content-lake';
import { published } from '../sanity/published';
import { Collection, COLLECTION_PROJECTION } from './collection.model';

/** Every GROQ query the service sends, exported so the content-model spec checks them. */
export const COLLECTION_QUERIES = {
  all: `*[${published('collection')}] | order(title asc)${COLLECTION_PROJECTION}`,
  bySlug: `*[${published('collection')} && slug.current == $slug][0]${COLLECTION_PROJECTION}`,
};

/** Reads collections; one GROQ request per call. */
export class CollectionService {
  constructor(private readonly lake: ContentLake) {}

  /** Every collection, A to Z. */
  list(): Promise<Collection[]> {
    return this.lake.fetch<Collection[]>(COLLECTION_QUERIES.all);
  }

  findBySlug(slug: string): Promise<Collection | null> {
    return this.lake.fetch<Collection | null>(COLLECTION_QUERIES.bySlug, { slug });
  }
}
