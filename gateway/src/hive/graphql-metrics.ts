import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { boundedLabels, type Metrics } from '@elysium/subgraph-kit/core';
import type { GatewayContext } from '../context';

/**
 * The kit's request and latency metrics (same names, same bounded operation label) on Hive Gateway's
 * execute hook. Errors by code are counted where they are formatted (`codedErrors`).
 */
export function hiveGraphqlMetrics(metrics: Metrics): { plugin: GatewayPlugin<GatewayContext>; countError(code: string): void } {
  const requests = metrics.counter('elysium_graphql_requests_total', 'GraphQL requests served, by operation', ['operation']);
  const latency = metrics.histogram('elysium_graphql_request_duration_seconds', 'Time to answer a GraphQL request, by operation', [
    'operation',
  ]);
  const errors = metrics.counter('elysium_graphql_errors_total', 'Errors in GraphQL answers, by code', ['code']);
  const operationLabel = boundedLabels();
  return {
    countError: (code) => errors.inc({ code: /^[A-Z_]{1,64}$/.test(code) ? code : 'INTERNAL_SERVER_ERROR' }),
    plugin: {
      onExecute({ args }) {
        const started = process.hrtime.bigint();
        const operation = operationLabel(args.operationName ?? undefined);
        return {
          onExecuteDone() {
            requests.inc({ operation });
            latency.observe({ operation }, Number(process.hrtime.bigint() - started) / 1e9);
          },
        };
      },
    },
  };
}
