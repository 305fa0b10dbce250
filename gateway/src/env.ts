import path from 'node:path';
import { z } from 'zod';
import {
  baseEnv,
  flag,
  httpUrl,
  loadEnvOrExit,
  port,
  redisUrl,
  secret,
  SUBGRAPH_NAMES,
  subgraphUrlVariable,
  type SubgraphName,
} from '@elysium/subgraph-kit/core';
import { operationLimitsEnv } from './limits/operation-limits';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);
const subgraphUrlOverrides = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphUrlVariable(name), httpUrl.optional()])) as Record<
  `${Uppercase<SubgraphName>}_URL`,
  z.ZodOptional<typeof httpUrl>
>;

export const gatewayEnv = {
  ...baseEnv,
  HOST: z.string().default('127.0.0.1'),
  PORT: port(4000),
  /** The composed supergraph the gateway serves (built by `npm run compose`, committed). */
  SUPERGRAPH_PATH: z.string().default(path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql')),
  /** CATALOG_URL … PAYMENTS_URL: override the subgraph URLs written in the supergraph (docker-compose, tests, deploys). */
  ...subgraphUrlOverrides,
  /**
   * What plans operations over the supergraph and calls the subgraphs: `apollo` (@apollo/gateway, the
   * default) or `hive` (Hive Gateway's runtime). Both sit behind the same authentication and limits.
   */
  GATEWAY_ENGINE: z.enum(['apollo', 'hive']).default('apollo'),
  /** Hive Gateway's query planner: `rust` (its native planner, glibc Linux and macOS) or `javascript`. */
  HIVE_QUERY_PLANNER: z.enum(['rust', 'javascript']).default('rust'),
  /** Keep whole responses to anonymous callers for as long as every subgraph involved allows. */
  RESPONSE_CACHE: flag(true),
  /** The secret Sanity signs its webhook with: a content change empties the response cache. */
  SANITY_WEBHOOK_SECRET: secret('sanity-webhook'),
  /** HMAC key of client bearer tokens (HS256 JWTs). */
  AUTH_JWT_SECRET: secret('jwt'),
  /** HMAC key of the calls the gateway signs for subgraphs; subgraphs share it. */
  IDENTITY_SECRET: secret('identity'),
  /** Overrides of the per-audience operation limits, as JSON: `{"staff":{"cost":50000}}`. */
  OPERATION_LIMITS: operationLimitsEnv,
  /** Items counted for a list no argument bounds, when costing an operation. */
  COST_ASSUMED_LIST_SIZE: positiveInt(10),
  /** Cost points an IP may spend per window. */
  RATE_LIMIT_IP_POINTS: positiveInt(60_000),
  /** Cost points a signed-in person may spend per window. */
  RATE_LIMIT_IDENTITY_POINTS: positiveInt(30_000),
  RATE_LIMIT_WINDOW_SECONDS: positiveInt(60),
  /** Shared by every gateway replica: rate-limit counters and cached anonymous responses. Unset: this process keeps its own. */
  REDIS_URL: redisUrl,
  /** Milliseconds to connect to a subgraph, and for its whole answer. */
  SUBGRAPH_CONNECT_TIMEOUT_MS: positiveInt(1_000),
  SUBGRAPH_TIMEOUT_MS: positiveInt(5_000),
  /** Failures in a row that open a subgraph's circuit, and how long it stays open. */
  CIRCUIT_FAILURE_THRESHOLD: positiveInt(5),
  CIRCUIT_OPEN_MS: positiveInt(10_000),
  /** Browser origins allowed to call the graph (comma-separated). */
  CORS_ORIGINS: z
    .string()
    .default('http://localhost:3000,https://studio.apollographql.com')
    .transform((list) =>
      list
        .split(',')
        .map((o) => o.trim())
        .filter(Boolean),
    ),
  /** Express's `trust proxy`: false, a hop count, or addresses of the proxies in front (for the caller's IP). */
  TRUST_PROXY: z.string().default('false'),
  /**
   * Who may explore the schema: `everyone` (Sandbox on GET /graphql and introspection), `staff`
   * (introspection with a staff token; use Sandbox from Apollo Studio), or `off`.
   * Unset: everyone outside production, staff in production.
   */
  SCHEMA_EXPLORER: z.enum(['everyone', 'staff', 'off']).optional(),
  /** `allowed`: documentIds of the manifest or full documents; `required`: the public may only send documentIds. */
  PERSISTED_DOCUMENTS: z.enum(['allowed', 'required']).default('allowed'),
  /** The storefront's persisted documents (codegen writes it; committed). */
  PERSISTED_DOCUMENTS_MANIFEST: z.string().default(path.join(__dirname, '..', '..', 'web', 'gql', 'persisted-documents.json')),
};

export type GatewayEnv = z.infer<z.ZodObject<typeof gatewayEnv>>;

/** The only reader of process.env in the gateway. */
export const loadGatewayEnv = () => loadEnvOrExit(gatewayEnv, process.env);
