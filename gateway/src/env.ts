import path from 'node:path';
import { z } from 'zod';
import { baseEnv, flag, httpUrl, loadEnvOrExit, port, secret } from '@elysium/subgraph-kit';

export const gatewayEnv = {
  ...baseEnv,
  HOST: z.string().default('127.0.0.1'),
  PORT: port(4000),
  /** The composed supergraph the gateway serves (built by `npm run compose`, committed). */
  SUPERGRAPH_PATH: z.string().default(path.join(__dirname, '..', '..', 'schema', 'supergraph.graphql')),
  /** Overrides of the subgraph URLs written in the supergraph (docker-compose, tests, deploys). */
  CATALOG_URL: httpUrl.optional(),
  CUSTOMERS_URL: httpUrl.optional(),
  ORDERS_URL: httpUrl.optional(),
  INVENTORY_URL: httpUrl.optional(),
  PAYMENTS_URL: httpUrl.optional(),
  /** Keep whole responses to anonymous callers for as long as every subgraph involved allows. */
  RESPONSE_CACHE: flag(true),
  /** HMAC key of client bearer tokens (HS256 JWTs). */
  AUTH_JWT_SECRET: secret('jwt'),
  /** HMAC key of the identity the gateway forwards to subgraphs; subgraphs share it. */
  IDENTITY_SECRET: secret('identity'),
};

export type GatewayEnv = z.infer<z.ZodObject<typeof gatewayEnv>>;

/** The only reader of process.env in the gateway. */
export const loadGatewayEnv = () => loadEnvOrExit(gatewayEnv, process.env);
