import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import {
  activeTraceId,
  createLogger,
  Metrics,
  metricsRoute,
  newTraceId,
  traceIdOf,
  TRACEPARENT_HEADER,
  REQUEST_ID_HEADER,
  notFoundHandler,
  requestErrorHandler,
  requireJsonBody,
  sanityWebhookRoute,
} from '@elysium/subgraph-kit/core';
import { apolloEngine } from './engines/apollo-engine';
import type { EngineDeps, GraphEngine } from './engines/graph-engine';
import type { GatewayEnv } from './env';
import { authenticate } from './http/authenticate';
import { chargeAtTheDoor } from './http/charge-at-the-door';
import { loadPersistedDocuments, persistedDocuments } from './http/persisted-documents';
import { corsAllowList, securityHeaders } from './http/security-headers';
import { limitDocumentSize, limitVariableDepth } from './http/source-limits';
import { VerifiedTokens } from './http/verified-tokens';
import { CostRateLimiter } from './limits/rate-limiter';
import { createResponseCache } from './plugins/response-cache';
import { SessionStatus } from './sessions/session-status';
import { createSubgraphFetcher } from './subgraphs/subgraph-fetcher';
import { subgraphUrls as subgraphUrlsOf } from './subgraphs/subgraph-urls';

/** Largest request body: the token limit bounds documents far below it; variables fit easily. */
const MAX_BODY = '256kb';

/** Express's `trust proxy` from its env text: false, a hop count, or a list of addresses. */
function trustProxy(value: string): boolean | number | string {
  if (value === 'false' || value === 'true') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

/** Hive Gateway loads only when asked for: the default gateway never pays for its modules. */
async function startEngine(deps: EngineDeps): Promise<GraphEngine> {
  if (deps.env.GATEWAY_ENGINE === 'hive') return (await import('./engines/hive-engine')).hiveEngine(deps);
  return apolloEngine(deps);
}

export async function startGateway(env: GatewayEnv): Promise<{ url: string; port: number; stop(): Promise<void> }> {
  const log = createLogger('gateway', env.LOG_LEVEL);
  const metrics = new Metrics('gateway');
  const subgraphCalls = metrics.histogram(
    'elysium_subgraph_request_duration_seconds',
    'Time of each call to a subgraph, by subgraph and outcome',
    ['subgraph', 'outcome'],
  );
  const supergraphSdl = readFileSync(env.SUPERGRAPH_PATH, 'utf8');
  const subgraphUrls = subgraphUrlsOf(supergraphSdl, env);
  const fetcher = createSubgraphFetcher({ connectMs: env.SUBGRAPH_CONNECT_TIMEOUT_MS, responseMs: env.SUBGRAPH_TIMEOUT_MS });
  const sessions = new SessionStatus(() => subgraphUrls.get('customers'), env.IDENTITY_SECRET, fetcher, log);

  const app = express();
  app.disable('x-powered-by');
  // GraphQL answers are POSTed or marked no-store; hashing every body for an ETag bought nothing.
  app.disable('etag');
  app.set('trust proxy', trustProxy(env.TRUST_PROXY));
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  const explorerMode = env.SCHEMA_EXPLORER ?? (env.NODE_ENV === 'production' ? 'staff' : 'everyone');
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
  const engine = await startEngine({
    env,
    log,
    metrics,
    supergraphSdl,
    subgraphUrls,
    fetcher,
    rateLimiter,
    responseCache,
    httpServer,
    explorer: explorerMode,
    observeSubgraphCall: (subgraph, outcome, seconds) => subgraphCalls.observe({ subgraph, outcome }, seconds),
  });

  app.use(securityHeaders(explorerMode === 'everyone'));
  sanityWebhookRoute({
    secret: env.SANITY_WEBHOOK_SECRET,
    log,
    onChange: () =>
      void responseCache.clear().catch((error: Error) => log.warn({ err: error }, 'response cache not emptied (Redis unavailable)')),
  })(app);
  app.get('/metrics', metricsRoute({ metrics, audience: 'gateway', identitySecret: env.IDENTITY_SECRET, metricsToken: env.METRICS_TOKEN }));
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
      // With OpenTelemetry on, its server span has already continued or started the trace.
      res.locals.traceId = activeTraceId() ?? traceIdOf(req.get(TRACEPARENT_HEADER)) ?? newTraceId();
      next();
    },
    requireJsonBody,
    express.json({ limit: MAX_BODY }),
    authenticate(new VerifiedTokens(env.AUTH_JWT_SECRET), sessions),
    chargeAtTheDoor(rateLimiter),
    persistedDocuments(loadPersistedDocuments(env.PERSISTED_DOCUMENTS_MANIFEST), env.PERSISTED_DOCUMENTS),
    limitDocumentSize(env.OPERATION_LIMITS),
    limitVariableDepth,
    engine.handler,
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
      await engine.stop();
      await rateLimiter.close();
      await responseCache.close();
    },
  };
}
