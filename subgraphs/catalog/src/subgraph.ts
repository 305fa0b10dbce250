import { z } from 'zod';
import {
  isCatalogueKey,
  subgraphPort,
  baseEnv,
  createLogger,
  httpUrl,
  Metrics,
  port,
  redisUrl,
  replicaBroadcast,
  secret,
  sanityWebhookRoute,
  serveSubgraph,
  type RunningServer,
  type SubgraphContext,
  type SubgraphDefinition,
} from '@elysium/subgraph-kit';
import { CollectionResolver } from './collection/collection.resolver';
import { ConfiguratorResolver } from './configurator/configurator.resolver';
import { ProductConfiguratorResolver } from './configurator/product-configurator.resolver';
import { ConfigurationQuote, IncompatibleOptionsError, QuoteUnavailableError } from './configurator/configurator.model';
import { EditorialResolver } from './editorial/editorial.resolver';
import { ProductResolver } from './product/product.resolver';
import { createImageUrls } from './sanity/images';
import { StoneResolver } from './stone/stone.resolver';
import { ContentLake, DEFAULT_CACHE_MAX_BYTES, type CacheStats } from './sanity/content-lake';
import { createCatalogServices, type CatalogServices } from './services';

/** The catalog subgraph: products and content, read from Sanity. It owns no database. */
export const catalogSubgraph: SubgraphDefinition<CatalogServices> = {
  name: 'catalog',
  resolvers: [ProductResolver, CollectionResolver, StoneResolver, ConfiguratorResolver, ProductConfiguratorResolver, EditorialResolver],
  orphanedTypes: [ConfigurationQuote, IncompatibleOptionsError, QuoteUnavailableError],
  references: (services) => ({
    Product: {
      // `_Any` admits any id at all: one that cannot name a document is simply not found.
      __resolveReference: (reference: { id?: unknown }, context: SubgraphContext) =>
        isCatalogueKey(reference.id) ? services.productById(context).load(reference.id) : null,
    },
    Stone: {
      // Inventory adds availability to stones; it and our services ask for stones by id.
      __resolveReference: (reference: { id?: unknown }, context: SubgraphContext) =>
        isCatalogueKey(reference.id) ? services.stoneById(context).load(reference.id) : null,
    },
  }),
};

export const catalogEnv = {
  ...baseEnv,
  HOST: z.string().default('127.0.0.1'),
  PORT: port(subgraphPort('catalog')),
  IDENTITY_SECRET: secret('identity'),
  /** Real Sanity: set all three. Unset: the local content lake at CONTENT_LAKE_URL. */
  SANITY_PROJECT_ID: z
    .string()
    .regex(/^[a-z0-9-]+$/, 'must be a Sanity project id')
    .optional(),
  SANITY_DATASET: z.string().default('production'),
  SANITY_API_TOKEN: secret('sanity-token'),
  SANITY_API_VERSION: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-02-19')
    .default('2025-02-19'),
  CONTENT_LAKE_URL: httpUrl.default('http://127.0.0.1:4011'),
  /** Shared with the Sanity webhook (or the local lake); signs POST /webhooks/sanity. */
  SANITY_WEBHOOK_SECRET: secret('sanity-webhook'),
  /** How long GROQ answers are reused; the webhook clears them sooner on any change. */
  CATALOG_CACHE_TTL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  /** Most bytes of GROQ answers kept in memory (keys included); the least recently read are dropped first. */
  CATALOG_CACHE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(64 * 1024)
    .max(2 ** 31)
    .default(DEFAULT_CACHE_MAX_BYTES),
  /** Seconds the gateway may reuse catalogue answers for anonymous callers (content edits show within this). */
  PUBLIC_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** Signs bespoke quotes; orders verify with the same secret. */
  CONFIGURATION_TOKEN_SECRET: secret('configuration-token'),
  /** Set when several replicas run: a content webhook one of them receives empties every replica's cache. */
  REDIS_URL: redisUrl,
};

export type CatalogEnv = z.infer<z.ZodObject<typeof catalogEnv>>;

/** env → Sanity client → schema → HTTP server. */
export async function startCatalog(env: CatalogEnv): Promise<RunningServer & { metrics: Metrics; cacheStats: () => CacheStats }> {
  const log = createLogger('catalog', env.LOG_LEVEL);
  const metrics = new Metrics('catalog');
  const groqRequests = metrics.counter('elysium_groq_requests_total', 'GROQ requests sent to Sanity');
  const cacheLookups = metrics.counter('elysium_cache_lookups_total', 'Cache lookups by outcome (hit, shared in flight, miss)', [
    'cache',
    'result',
  ]);
  const lake = new ContentLake(
    {
      projectId: env.SANITY_PROJECT_ID,
      dataset: env.SANITY_DATASET,
      token: env.SANITY_API_TOKEN,
      apiVersion: env.SANITY_API_VERSION,
      localApiHost: env.CONTENT_LAKE_URL,
      cacheTtlMs: env.CATALOG_CACHE_TTL_SECONDS * 1000,
      cacheMaxBytes: env.CATALOG_CACHE_MAX_BYTES,
    },
    log,
    () => groqRequests.inc(),
    (result) => cacheLookups.inc({ cache: 'groq', result }),
  );
  const urls = createImageUrls({
    projectId: env.SANITY_PROJECT_ID ?? 'local',
    dataset: env.SANITY_DATASET,
    baseUrl: env.SANITY_PROJECT_ID ? undefined : env.CONTENT_LAKE_URL,
  });
  // Sanity's webhook reaches one replica; every replica empties its cache.
  const contentChanged = replicaBroadcast({
    redisUrl: env.REDIS_URL,
    channel: 'elysium:catalog:content-changed',
    log,
    onMessage: (ids) => {
      lake.invalidate();
      log.info({ ids: JSON.parse(ids) as unknown }, 'content changed; catalogue cache cleared');
    },
  });
  const server = await serveSubgraph(catalogSubgraph, createCatalogServices(lake, urls, env.CONFIGURATION_TOKEN_SECRET), env, {
    log,
    metrics,
    publicMaxAgeSeconds: env.PUBLIC_MAX_AGE_SECONDS,
    routes: sanityWebhookRoute({
      secret: env.SANITY_WEBHOOK_SECRET,
      log,
      onChange: (ids) => void contentChanged.publish(JSON.stringify(ids)),
    }),
    checkReady: async () => {
      // Straight to Sanity, past the cache: readiness means Sanity answers now.
      await lake.ping();
    },
  });
  return {
    ...server,
    stop: async () => {
      await server.stop();
      await contentChanged.close();
    },
    metrics,
    cacheStats: () => lake.cacheStats(),
  };
}
