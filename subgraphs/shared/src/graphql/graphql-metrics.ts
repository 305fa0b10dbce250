import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { boundedLabels, type Metrics } from '../metrics';

/** The GraphQL request metrics every server records, whichever engine serves it. */
export interface GraphQLRequestMetrics {
  /** One request answered, its operation's name (bounded) and how long it took since `started` (hrtime). */
  answered(operationName: string | null | undefined, started: bigint): void;
  /** One error in an answer, by its code (anything not a code counts as INTERNAL_SERVER_ERROR). */
  failed(code: unknown): void;
}

export function graphqlRequestMetrics(metrics: Metrics): GraphQLRequestMetrics {
  const requests = metrics.counter('elysium_graphql_requests_total', 'GraphQL requests served, by operation', ['operation']);
  const latency = metrics.histogram('elysium_graphql_request_duration_seconds', 'Time to answer a GraphQL request, by operation', [
    'operation',
  ]);
  const errors = metrics.counter('elysium_graphql_errors_total', 'Errors in GraphQL answers, by code', ['code']);
  const operationLabel = boundedLabels();
  return {
    answered: (operationName, started) => {
      const operation = operationLabel(operationName);
      requests.inc({ operation });
      latency.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
    },
    failed: (code) => errors.inc({ code: typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR' }),
  };
}

/**
 * Requests, their latency and their errors, by operation name (bounded) and error code: an Apollo
 * plugin, so the gateway and every subgraph count the same way.
 */
export function graphqlMetrics<Context extends BaseContext>(metrics: Metrics): ApolloServerPlugin<Context> {
  const recorded = graphqlRequestMetrics(metrics);
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors: encountered }) {
          for (const error of encountered) recorded.failed(error.extensions?.code);
        },
        async willSendResponse({ operationName, request }) {
          recorded.answered(operationName ?? request.operationName, started);
        },
      };
    },
  };
}
