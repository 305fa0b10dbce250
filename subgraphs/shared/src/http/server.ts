import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { Kind, visit, type GraphQLSchema } from 'graphql';
import type { SubgraphContext } from '../context';
import { bodyDigest, CALL_HEADER, CALL_SIGNATURE_HEADER, REQUEST_ID_HEADER, verifyCall } from '../identity';
import type { Logger } from '../logger';
import type { Metrics } from '../metrics';
import { currentTally, runWithTally } from '../request-context';
import { graphqlMetrics } from '../graphql/graphql-metrics';
import { forbidden } from '../graphql/thrown-errors';
import { createErrorFormatter } from './format-error';
import { activeTraceId } from '../telemetry/spans';
import { metricsRoute } from './metrics-route';
import { newTraceId, traceIdOf, TRACEPARENT_HEADER } from './trace-context';
import { notFoundHandler, requestErrorHandler, requireJsonBody } from './request-errors';
import { publicCacheHeader } from './public-cache-header';

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  host: string;
  port: number;
  log: Logger;
  metrics: Metrics;
  identitySecret: string;
  /** Also lets a scrape with this bearer token read /metrics (Prometheus). */
  metricsToken?: string;
  exposeInternalMessages: boolean;
  /** Resolves when the service can serve (database reachable); rejects otherwise. */
  checkReady: () => Promise<void>;
  /**
   * Seconds a public answer of this subgraph may be reused, sent as Cache-Control so the gateway can
   * cache anonymous responses. 0 (the default) marks every answer uncacheable.
   */
  publicMaxAgeSeconds?: number;
  /** Adds to each request's context (a Postgres subgraph adds its transactions). */
  extendContext?: (context: SubgraphContext) => SubgraphContext;
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
/** The request's own SQL statements in a response header, for N+1 tests (the process-wide counter also counts queue work). */
export const SQL_STATEMENTS_HEADER = 'elysium-sql-statements';
function statementsHeader(): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set(SQL_STATEMENTS_HEADER, String(currentTally()?.sqlStatements ?? 0));
        },
      };
    },
  };
}

export async function startGraphQLServer(options: SubgraphServerOptions): Promise<RunningServer> {
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;

  const apollo = new ApolloServer<SubgraphContext>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter({ ...options, service: options.name }),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No Apollo Studio: tracing every field would only cost time.
      ApolloServerPluginInlineTraceDisabled(),
      // Per-field cache hints cost a third of the catalog's CPU; one header for the whole answer says
      // the same thing here, since every field of a subgraph shares its max-age.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.publicMaxAgeSeconds ? [publicCacheHeader(options.publicMaxAgeSeconds)] : []),
      serviceSdlForOurCallersOnly(),
      extensionsForTheGateway(),
      statementsHeader(),
      graphqlMetrics(options.metrics),
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
  const verify = (req: express.Request) => {
    // Unsigned callers (most direct traffic in tests and the bench) cost no hashing.
    if (!req.headers[CALL_HEADER]) return null;
    const operation = req.method === 'POST' ? (req.body as { query?: unknown; variables?: unknown } | undefined) : undefined;
    const body = typeof operation?.query === 'string' ? bodyDigest(operation.query, operation.variables) : undefined;
    return verifyCall(
      { payload: header(req, CALL_HEADER), signature: header(req, CALL_SIGNATURE_HEADER), requestId: header(req, REQUEST_ID_HEADER), body },
      { secret: options.identitySecret, audience: options.name },
    );
  };
  app.get(
    '/metrics',
    metricsRoute({
      metrics: options.metrics,
      audience: options.name,
      identitySecret: options.identitySecret,
      metricsToken: options.metricsToken,
    }),
  );
  options.routes?.(app);
  app.use(
    '/graphql',
    (req, res, next) => {
      const given = header(req, REQUEST_ID_HEADER);
      const requestId = given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', requestId);
      (req as express.Request & { requestId?: string }).requestId = requestId;
      runWithTally(() => next());
    },
    requireJsonBody,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const requestId = (req as express.Request & { requestId?: string }).requestId ?? randomUUID();
        const traceId = activeTraceId() ?? traceIdOf(header(req, TRACEPARENT_HEADER)) ?? newTraceId();
        const call = verify(req);
        const context: SubgraphContext = {
          requestId,
          log: options.log.child({ requestId, traceId }),
          call,
          identity: call?.identity ?? null,
          loaders: new Map(),
          responseExtensions: {},
        };
        return options.extendContext ? options.extendContext(context) : context;
      },
    }),
  );

  app.use(notFoundHandler);
  app.use(requestErrorHandler);

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

/**
 * `_service { sdl }` and introspection describe the whole subgraph, `@inaccessible` parts included:
 * only a signed call (the gateway, our tools) may ask, wherever in the operation (fragments too)
 * the field sits. Composition reads the SDL from code, never over HTTP.
 */
function serviceSdlForOurCallersOnly(): ApolloServerPlugin<SubgraphContext> {
  const internal = new Set(['_service', '__schema', '__type']);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue, request }) {
          // Only a document that names one of the fields at all is walked.
          if (contextValue.call || !/_service|__schema|__type\b/.test(request.query ?? '')) return;
          let asks = false;
          visit(document, {
            [Kind.FIELD]: (field) => {
              if (internal.has(field.name.value)) asks = true;
            },
          });
          if (asks) throw forbidden('The schema of a subgraph is for ELYSIUM services only.', 403);
        },
      };
    },
  };
}

/** Hands `responseExtensions` to a signed caller (the gateway), and to no one else. */
function extensionsForTheGateway(): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (!contextValue.call || response.body.kind !== 'single' || Object.keys(contextValue.responseExtensions).length === 0) return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, ...contextValue.responseExtensions };
        },
      };
    },
  };
}
