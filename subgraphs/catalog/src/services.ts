import { byKey, defineLoader } from '@elysium/subgraph-kit';
import { CollectionService } from './collection/collection.service';
import { ConfiguratorService } from './configurator/configurator.service';
import type { ConfiguratorRow } from './configurator/configurator.rows';
import { EditorialService } from './editorial/editorial.service';
import type { ContentLake } from './sanity/content-lake';
import type { ImageUrlBuilder } from './sanity/images';
import { ProductService } from './product/product.service';
import type { Product } from './product/product.model';
import { StoneService } from './stone/stone.service';
import type { Stone } from './stone/stone.model';

/** Everything the catalog resolvers need, built once per process. Only the services send GROQ. */
export function createCatalogServices(lake: ContentLake, urls: ImageUrlBuilder, configurationTokenSecret: string) {
  const products = new ProductService(lake, urls);
  const stones = new StoneService(lake, urls);
  const configurators = new ConfiguratorService(lake, urls, configurationTokenSecret);
  // No `lake` here: resolvers cannot send GROQ themselves, only through a service.
  return {
    products,
    stones,
    collections: new CollectionService(lake),
    editorial: new EditorialService(lake, urls),
    configurators,
    /** Entity references from other subgraphs resolve in one GROQ request per request. */
    productById: defineLoader<string, Product | null>(async (ids) => byKey(ids, await products.findByIds(ids), (p) => p.id)),
    // Twenty-five aliased `product(slug:)` lookups are one GROQ request, not twenty-five.
    productBySlug: defineLoader<string, Product | null>(async (slugs) => byKey(slugs, await products.findBySlugs(slugs), (p) => p.slug)),
    productBySku: defineLoader<string, Product | null>(async (skus) => {
      const found = await products.findBySkus(skus);
      return skus.map((sku) => found.find((p) => p.variants.some((v) => v.sku === sku)) ?? null);
    }),
    /** `Product.configurator` across a listing: one GROQ request per request, not one per product. */
    configuratorRowById: defineLoader<string, ConfiguratorRow | null>(async (ids) =>
      byKey(ids, await configurators.rowsByIds(ids), (c) => c.id),
    ),
    stoneById: defineLoader<string, Stone | null>(async (ids) => byKey(ids, await stones.findByIds(ids), (s) => s.id)),
  };
}

export type CatalogServices = ReturnType<typeof createCatalogServices>;
