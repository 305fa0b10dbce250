import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { graphqlMetrics } from '@elysium/subgraph-kit/core';
import type { GatewayContext } from '../context';
import { createGatewayErrorFormatter } from '../errors/format-gateway-error';
import { boundedDocumentStore } from '../limits/document-store';
import { operationLimits } from '../plugins/operation-limits';
import { anonymousResponseCache, privateWhenSignedIn } from '../plugins/response-cache';
import { schemaExplorer } from '../plugins/schema-explorer';
import { sessionCookiesPlugin } from '../plugins/session-cookies';
import { CircuitBreaker } from '../subgraphs/circuit-breaker';
import { SubgraphDataSource } from '../subgraphs/subgraph-data-source';
import { contextOf, type EngineDeps, type GraphEngine } from './graph-engine';

/** @apollo/gateway inside Apollo Server: the default engine. */
export async function apolloEngine(deps: EngineDeps): Promise<GraphEngine> {
  const { env, log } = deps;
  const gateway = new ApolloGateway({
    supergraphSdl: deps.supergraphSdl,
    buildService: ({ name }) => {
      const url = deps.subgraphUrls.get(name);
      if (!url) throw new Error(`No URL for subgraph ${name}`);
      const breaker = new CircuitBreaker(env.CIRCUIT_FAILURE_THRESHOLD, env.CIRCUIT_OPEN_MS);
      return new SubgraphDataSource(name, url, env.IDENTITY_SECRET, deps.fetcher, breaker, log, (outcome, seconds) =>
        deps.observeSubgraphCall(name, outcome, seconds),
      );
    },
  });
  const explorer = schemaExplorer(deps.explorer);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: createGatewayErrorFormatter({ log, development: env.NODE_ENV === 'development' }),
    introspection: explorer.introspection,
    documentStore: boundedDocumentStore(),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer }),
      ...explorer.plugins,
      operationLimits({
        limits: env.OPERATION_LIMITS,
        cost: { assumedListSize: env.COST_ASSUMED_LIST_SIZE },
        rateLimiter: deps.rateLimiter,
      }),
      privateWhenSignedIn(),
      graphqlMetrics(deps.metrics),
      sessionCookiesPlugin('/graphql'),
      ...(env.RESPONSE_CACHE ? [anonymousResponseCache(deps.responseCache)] : []),
    ],
  });
  await apollo.start();
  return {
    handler: expressMiddleware(apollo, { context: async ({ req, res }) => contextOf(req, res) }),
    stop: () => apollo.stop(),
  };
}
