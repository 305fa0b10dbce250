import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { createErrorFormatter, createLogger, verifyBearerToken } from '@elysium/subgraph-kit';
import type { GatewayContext } from './context';
import type { GatewayEnv } from './env';
import { anonymousResponseCache, privateWhenSignedIn } from './plugins/response-cache';
import { SubgraphDataSource } from './subgraph-data-source';
import { createSubgraphFetcher } from './subgraph-fetcher';

const URL_OVERRIDES = {
  catalog: 'CATALOG_URL',
  customers: 'CUSTOMERS_URL',
  orders: 'ORDERS_URL',
  inventory: 'INVENTORY_URL',
  payments: 'PAYMENTS_URL',
} as const;

/**
 * The one public endpoint: checks the bearer token, plans each operation over the committed
 * supergraph and calls the subgraphs over HTTP with a signed identity. Staff get Apollo Sandbox
 * outside production.
 */
export async function startGateway(env: GatewayEnv): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const log = createLogger('gateway', env.LOG_LEVEL);
  const subgraphUrls = new Map<string, string>();
  const fetcher = createSubgraphFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(env.SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) => {
      const override = env[URL_OVERRIDES[name as keyof typeof URL_OVERRIDES]];
      const target = override ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      subgraphUrls.set(name, target);
      return new SubgraphDataSource(target, env.IDENTITY_SECRET, fetcher);
    },
  });

  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  const production = env.NODE_ENV === 'production';
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter({ log, exposeInternalMessages: env.NODE_ENV === 'development' }),
    // Staff explore the graph in Sandbox; introspection stays on for them and for codegen.
    introspection: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      production
        ? ApolloServerPluginLandingPageProductionDefault({ footer: false })
        : ApolloServerPluginLandingPageLocalDefault({ footer: false, includeCookies: false }),
      privateWhenSignedIn(),
      ...(env.RESPONSE_CACHE ? [anonymousResponseCache()] : []),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', async (_req, res) => {
    const checks = await Promise.all(
      [...subgraphUrls].map(async ([name, url]) => {
        const ready = await fetch(new URL('/ready', url), { signal: AbortSignal.timeout(2000) }).then(
          (r) => r.ok,
          () => false,
        );
        return [name, ready] as const;
      }),
    );
    const ok = checks.every(([, ready]) => ready);
    res.status(ok ? 200 : 503).json({ status: ok ? 'ready' : 'unavailable', subgraphs: Object.fromEntries(checks) });
  });
  app.use(
    '/graphql',
    express.json({ limit: '256kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const incoming = req.headers['x-request-id'];
        const requestId = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
        res.setHeader('x-request-id', requestId);
        return { requestId, identity: await verifyBearerToken(req.headers.authorization, env.AUTH_JWT_SECRET) };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(env.PORT, env.HOST, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}/graphql`;
  log.info({ url }, 'gateway ready');
  return { url, port, stop: () => apollo.stop() };
}
