import { byKey, defineLoader } from '@elysium/subgraph-kit';
import type { ContentLake } from './sanity/content-lake';
import { ProductService } from './product/product.service';
import type { Product } from './product/product.model';

/** Everything the catalog resolvers need, built once per process. */
export function createCatalogServices(lake: ContentLake) {
  const products = new ProductService(lake);
  return {
    products,
    /** Entity references from other subgraphs resolve in one GROQ request per request. */
    productById: defineLoader<string, Product | null>(async (ids) => byKey(ids, await products.findByIds(ids), (p) => p.id)),
  };
}

export type CatalogServices = ReturnType<typeof createCatalogServices>;
