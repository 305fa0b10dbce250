import { createGatewayRuntime, useUpstreamTimeout } from '@graphql-hive/gateway-runtime';
import { parse } from 'graphql';
import type { GatewayContext } from '../context';
import { createGatewayErrorFormatter } from '../errors/format-gateway-error';
import { codedErrors } from '../hive/coded-errors';
import { hiveGraphqlMetrics } from '../hive/graphql-metrics';
import { hiveOperationLimits } from '../hive/operation-limits';
import { hiveResponseCache } from '../hive/response-cache';
import { hiveSessionCookies } from '../hive/session-cookies';
import { signedSubgraphCalls } from '../hive/signed-subgraph-calls';
import { contextOf, type EngineDeps, type GraphEngine } from './graph-engine';

/**
 * Hive Gateway's runtime over the same committed supergraph and the same subgraphs, for when one Node
 * gateway is not enough (GATEWAY_ENGINE=hive). Our identity signing, limits, response cache, session
 * cookies and error codes go in as its plugins; authentication and the door's rate-limit point are
 * the shared Express chain in front of it.
 */
export async function hiveEngine(deps: EngineDeps): Promise<GraphEngine> {
  const { env, log } = deps;
  const metrics = hiveGraphqlMetrics(deps.metrics);
  // Hive's query planner in Rust (a native module for glibc Linux and macOS) plans the same
  // supergraph; `javascript` keeps Hive's own planner in JavaScript, for platforms without the module.
  const rustPlanner = env.HIVE_QUERY_PLANNER === 'rust' ? (await import('@graphql-hive/router-runtime')).unifiedGraphHandler : undefined;
  const runtime = createGatewayRuntime<GatewayContext>({
    supergraph: parse(deps.supergraphSdl),
    ...(rustPlanner ? { unifiedGraphHandler: rustPlanner } : {}),
    transportEntries: Object.fromEntries(
      [...deps.subgraphUrls].map(([name, url]) => [
        name,
        {
          location: url,
          // Hive merges identical subgraph queries in flight into one call, keyed by URL and body
          // but not by the headers our plugin signs onto each call: two clients asking `me` at the
          // same moment would be given one answer. Every call here carries its caller's identity.
          options: { deduplicateInflightRequests: false },
        },
      ]),
    ),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    cors: false,
    // Our formatter masks what must not leave; Yoga's own masking would hide the codes it keeps.
    maskedErrors: false,
    logging: env.LOG_LEVEL === 'debug' ? 'debug' : 'error',
    plugins: () => [
      useUpstreamTimeout(env.SUBGRAPH_CONNECT_TIMEOUT_MS + env.SUBGRAPH_TIMEOUT_MS),
      signedSubgraphCalls({ identitySecret: env.IDENTITY_SECRET, observe: deps.observeSubgraphCall }),
      hiveOperationLimits({
        limits: env.OPERATION_LIMITS,
        cost: { assumedListSize: env.COST_ASSUMED_LIST_SIZE },
        rateLimiter: deps.rateLimiter,
        explorer: deps.explorer,
      }),
      hiveResponseCache(env.RESPONSE_CACHE ? deps.responseCache : null),
      hiveSessionCookies('/graphql'),
      metrics.plugin,
      codedErrors(createGatewayErrorFormatter({ log, development: env.NODE_ENV === 'development' }), metrics.countError),
    ],
  });
  return {
    // The runtime's request listener answers on `res` itself; our context joins its server context.
    handler: (req, res) => {
      void runtime(req, res, contextOf(req, res));
    },
    stop: async () => {
      await runtime.dispose();
    },
  };
}
