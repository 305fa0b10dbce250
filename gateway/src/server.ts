import { loadPersistedDocuments, persistedDocuments } from './http/persisted-documents';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import {
  CALL_HEADER,
  CALL_SIGNATURE_HEADER,
  createLogger,
  graphqlMetrics,
  Metrics,
  newTraceId,
  traceIdOf,
  TRACEPARENT_HEADER,
  REQUEST_ID_HEADER,
  verifyCall,
  notFoundHandler,
  requestErrorHandler,
  requireJsonBody,
  sanityWebhookRoute,
  SUBGRAPH_NAMES,
  subgraphUrlVariable,
  type SubgraphName,
} from '@elysium/subgraph-kit/core';
import type { GatewayContext } from './context';
import type { GatewayEnv } from './env';
import { createGatewayErrorFormatter } from './errors/format-gateway-error';
import { authenticate } from './http/authenticate';
import { corsAllowList, securityHeaders } from './http/security-headers';
import { limitDocumentSize, limitVariableDepth } from './http/source-limits';
import { boundedDocumentStore } from './limits/document-store';
import { CostRateLimiter } from './limits/rate-limiter';
import { chargeAtTheDoor } from './http/charge-at-the-door';
import { operationLimits } from './plugins/operation-limits';
import { anonymousResponseCache, createResponseCache, privateWhenSignedIn } from './plugins/response-cache';
import { schemaExplorer } from './plugins/schema-explorer';
import { sessionCookiesPlugin } from './plugins/session-cookies';
import { SessionStatus } from './sessions/session-status';
import { CircuitBreaker } from './subgraphs/circuit-breaker';
import { SubgraphDataSource } from './subgraphs/subgraph-data-source';
import { createSubgraphFetcher } from './subgraphs/subgraph-fetcher';

/** Largest request body: the token limit bounds documents far below it; variables fit easily. */
const MAX_BODY = '256kb';

/** Express's `trust proxy` from its env text: false, a hop count, or a list of addresses. */
function trustProxy(value: string): boolean | number | string {
  if (value === 'false' || value === 'true') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/**
 * The one public endpoint: authenticates the bearer token, bounds every operation (tokens, depth,
 * aliases, directives, cost) and every caller (cost points per window), plans each operation over
 * the committed supergraph and calls the subgraphs over HTTP with a call signed for each of them.
 */
export async function startGateway(env: GatewayEnv): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const log = createLogger('gateway', env.LOG_LEVEL);
  const metrics = new Metrics('gateway');
  const subgraphCalls = metrics.histogram(
    'elysium_subgraph_request_duration_seconds',
    'Time of each call to a subgraph, by subgraph and outcome',
    ['subgraph', 'outcome'],
  );
  const subgraphUrls = new Map<string, string>();
  const fetcher = createSubgraphFetcher({ connectMs: env.SUBGRAPH_CONNECT_TIMEOUT_MS, responseMs: env.SUBGRAPH_TIMEOUT_MS });
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(env.SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) => {
      const override = SUBGRAPH_NAMES.includes(name as SubgraphName) ? env[subgraphUrlVariable(name as SubgraphName)] : undefined;
      const target = override ?? url;
      if (!target) throw new Error(`No URL for subgraph ${name}`);
      subgraphUrls.set(name, target);
      const breaker = new CircuitBreaker(env.CIRCUIT_FAILURE_THRESHOLD, env.CIRCUIT_OPEN_MS);
      return new SubgraphDataSource(name, target, env.IDENTITY_SECRET, fetcher, breaker, log, (outcome, seconds) =>
        subgraphCalls.observe({ subgraph: name, outcome }, seconds),
      );
    },
  });

  const sessions = new SessionStatus(() => subgraphUrls.get('customers'), env.IDENTITY_SECRET, fetcher, log);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxy(env.TRUST_PROXY));
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  const explorer = schemaExplorer(env.SCHEMA_EXPLORER ?? (env.NODE_ENV === 'production' ? 'staff' : 'everyone'));
  const refusals = metrics.counter('elysium_rate_limited_total', 'Requests and operations refused by the rate limits');
  const rateLimiter = new CostRateLimiter({
    ipPoints: env.RATE_LIMIT_IP_POINTS,
    identityPoints: env.RATE_LIMIT_IDENTITY_POINTS,
    windowSeconds: env.RATE_LIMIT_WINDOW_SECONDS,
    redisUrl: env.REDIS_URL,
    onRefused: () => refusals.inc(),
  });
  const cacheLookups = metrics.counter('elysium_cache_lookups_total', 'Cache lookups by outcome', ['cache', 'result']);
  const responseCache = createResponseCache(env.REDIS_URL, (hit) => cacheLookups.inc({ cache: 'response', result: hit ? 'hit' : 'miss' }));
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: createGatewayErrorFormatter({ log, development: env.NODE_ENV === 'development' }),
    introspection: explorer.introspection,
    documentStore: boundedDocumentStore(),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ...explorer.plugins,
      operationLimits({ limits: env.OPERATION_LIMITS, cost: { assumedListSize: env.COST_ASSUMED_LIST_SIZE }, rateLimiter }),
      privateWhenSignedIn(),
      graphqlMetrics(metrics),
      sessionCookiesPlugin('/graphql'),
      ...(env.RESPONSE_CACHE ? [anonymousResponseCache(responseCache)] : []),
    ],
  });
  await apollo.start();

  app.use(securityHeaders(env.SCHEMA_EXPLORER !== 'off' && explorer.introspection && env.SCHEMA_EXPLORER !== 'staff'));
  sanityWebhookRoute({
    secret: env.SANITY_WEBHOOK_SECRET,
    log,
    onChange: () =>
      void responseCache.clear().catch((error: Error) => log.warn({ err: error }, 'response cache not emptied (Redis unavailable)')),
  })(app);
  // As every subgraph's: for our own tools and monitoring, asked with a call signed for the gateway.
  app.get('/metrics', async (req, res) => {
    const call = verifyCall(
      {
        payload: req.get(CALL_HEADER),
        signature: req.get(CALL_SIGNATURE_HEADER),
        requestId: req.get(REQUEST_ID_HEADER),
      },
      { secret: env.IDENTITY_SECRET, audience: 'gateway' },
    );
    if (!call) {
      res.status(403).json({ errors: [{ message: 'Metrics are for ELYSIUM services only.', extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    res.type(metrics.contentType).send(await metrics.render());
  });
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
    corsAllowList(env.CORS_ORIGINS),
    (req, res, next) => {
      const incoming = req.headers[REQUEST_ID_HEADER];
      res.locals.requestId = typeof incoming === 'string' && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, res.locals.requestId);
      res.locals.traceId = traceIdOf(req.get(TRACEPARENT_HEADER)) ?? newTraceId();
      next();
    },
    requireJsonBody,
    express.json({ limit: MAX_BODY }),
    authenticate(env.AUTH_JWT_SECRET, sessions),
    chargeAtTheDoor(rateLimiter),
    persistedDocuments(loadPersistedDocuments(env.PERSISTED_DOCUMENTS_MANIFEST), env.PERSISTED_DOCUMENTS),
    limitDocumentSize(env.OPERATION_LIMITS),
    limitVariableDepth,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => ({
        requestId: res.locals.requestId as string,
        traceId: res.locals.traceId as string,
        identity: res.locals.identity ?? null,
        clientIp: req.ip ?? req.socket.remoteAddress ?? 'unknown',
        session: res.locals.session,
        rate: res.locals.rate,
        setCookies: (values) => res.append('set-cookie', values),
      }),
    }),
  );
  app.use(notFoundHandler);
  app.use(requestErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(env.PORT, env.HOST, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const url = `http://${env.HOST === '0.0.0.0' ? 'localhost' : env.HOST}:${port}/graphql`;
  log.info({ url }, 'gateway ready');
  return {
    url,
    port,
    stop: async () => {
      await apollo.stop();
      await rateLimiter.close();
      await responseCache.close();
    },
  };
}
