import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { graphqlRequestMetrics, type Metrics } from '@elysium/subgraph-kit/core';
import type { GatewayContext } from '../context';

/**
 * The kit's request and latency metrics (same names, same bounded operation label) on Hive Gateway's
 * execute hook. Errors by code are counted where they are formatted (`codedErrors`).
 */
export function hiveGraphqlMetrics(metrics: Metrics): { plugin: GatewayPlugin<GatewayContext>; countError(code: string): void } {
  const recorded = graphqlRequestMetrics(metrics);
  return {
    countError: (code) => recorded.failed(code),
    plugin: {
      onExecute({ args }) {
        const started = process.hrtime.bigint();
        return { onExecuteDone: () => recorded.answered(args.operationName, started) };
      },
    },
  };
}
