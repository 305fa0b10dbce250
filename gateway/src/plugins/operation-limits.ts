import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import { chargeForOperation, type CostReport, type OperationChargeOptions } from '../limits/operation-charge';

/**
 * @apollo/gateway's hook for the operation limits: measures each operation before any subgraph is
 * called, refuses one over its audience's limits, spends its cost from the caller's rate-limit
 * buckets, and reports the cost in `extensions.cost`.
 */
export function operationLimits(options: OperationChargeOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let report: CostReport | undefined;
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          report = await chargeForOperation(options, {
            schema,
            document,
            operation,
            operationName: request.operationName,
            variables: request.variables,
            context: contextValue,
          });
        },
        async willSendResponse({ response }) {
          if (!report || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: report };
        },
      };
    },
  };
}
