import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { SubgraphContext } from '../context';
import { IDENTITY_HEADER, IDENTITY_SIGNATURE_HEADER, verifyIdentity } from '../identity';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { runWithTally } from '../request-context';
import { createErrorFormatter } from './format-error';
import { publicCacheHeader } from './public-cache-header';

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  host: string;
  port: number;
  log: Logger;
  metrics: Metrics;
  identitySecret: string;
  exposeInternalMessages: boolean;
  /** Resolves when the service can serve (database reachable); rejects otherwise. */
  checkReady: () => Promise<void>;
  /**
   * Seconds a public answer of this subgraph may be reused, sent as Cache-Control so the gateway can
   * cache anonymous responses. 0 (the default) marks every answer uncacheable.
   */
  publicMaxAgeSeconds?: number;
  /** Extra routes (webhooks) mounted before /graphql. */
  routes?: (app: express.Express) => void;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

function header(req: express.Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Serves one subgraph over HTTP: POST /graphql, GET /health (alive), GET /ready (dependencies
 * reachable), GET /metrics (Prometheus text). Each request gets an id (the gateway's, when it sent
 * one), a child logger, the verified identity and fresh DataLoaders.
 */
export async function startGraphQLServer(options: SubgraphServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  const requests = options.metrics.counter('elysium_graphql_requests_total', 'GraphQL requests served');

  const apollo = new ApolloServer<SubgraphContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(options),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No Apollo Studio: tracing every field would only cost time.
      ApolloServerPluginInlineTraceDisabled(),
      // Per-field cache hints cost a third of the catalog's CPU; one header for the whole answer says
      // the same thing here, since every field of a subgraph shares its max-age.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.publicMaxAgeSeconds ? [publicCacheHeader(options.publicMaxAgeSeconds)] : []),
    ],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: options.name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await options.checkReady();
      res.json({ status: 'ready', service: options.name });
    } catch (error) {
      options.log.warn({ err: error }, 'not ready');
      res.status(503).json({ status: 'unavailable', service: options.name });
    }
  });
  app.get('/metrics', (_req, res) => {
    res.type('text/plain; version=0.0.4').send(options.metrics.render({ service: options.name }));
  });
  options.routes?.(app);
  app.use(
    '/graphql',
    (req, res, next) => {
      requests.inc();
      const requestId = header(req, 'x-request-id') ?? randomUUID();
      res.setHeader('x-request-id', requestId);
      (req as express.Request & { requestId?: string }).requestId = requestId;
      runWithTally(() => next());
    },
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req as express.Request & { requestId?: string }).requestId ?? randomUUID();
        return {
          requestId,
          log: options.log.child({ requestId }),
          identity: verifyIdentity(header(req, IDENTITY_HEADER), header(req, IDENTITY_SIGNATURE_HEADER), options.identitySecret),
          loaders: new Map(),
        };
      },
    }),
  );

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port, options.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}/graphql`;
  options.log.info({ url }, `${options.name} ready`);
  return {
    url,
    port,
    stop: async () => {
      await apollo.stop(); // drains in-flight requests, then closes the HTTP server
    },
  };
}

/** Stops cleanly on SIGINT/SIGTERM (Ctrl-C, docker stop), once. */
export function stopOnSignals(stop: () => Promise<void>, log: Logger): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  // Started by `npm start` (with an IPC channel): go down with the parent even if it was killed hard.
  if (process.connected) process.once('disconnect', () => handler('SIGTERM'));
}
