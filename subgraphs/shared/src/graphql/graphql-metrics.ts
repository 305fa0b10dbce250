import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { boundedLabels, type Metrics } from '../metrics';

/**
 * Requests, their latency and their errors, by operation name (bounded) and error code: an Apollo
 * plugin, so the gateway and every subgraph count the same way.
 */
export function graphqlMetrics<Context extends BaseContext>(metrics: Metrics): ApolloServerPlugin<Context> {
  const requests = metrics.counter('elysium_graphql_requests_total', 'GraphQL requests served, by operation', ['operation']);
  const latency = metrics.histogram('elysium_graphql_request_duration_seconds', 'Time to answer a GraphQL request, by operation', [
    'operation',
  ]);
  const errors = metrics.counter('elysium_graphql_errors_total', 'Errors in GraphQL answers, by code', ['code']);
  const operationLabel = boundedLabels();
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async didEncounterErrors({ errors: encountered }) {
          for (const error of encountered) {
            const code = error.extensions?.code;
            errors.inc({ code: typeof code === 'string' && /^[A-Z_]{1,64}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR' });
          }
        },
        async willSendResponse({ operationName, request }) {
          const operation = operationLabel(operationName ?? request.operationName);
          requests.inc({ operation });
          latency.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
        },
      };
    },
  };
}
