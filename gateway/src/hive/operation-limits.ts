import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, GraphQLError } from 'graphql';
import type { GatewayContext } from '../context';
import { chargeForOperation, type OperationChargeOptions } from '../limits/operation-charge';
import { introspectionRefusal, type SchemaExplorer } from '../plugins/schema-explorer';

/**
 * Hive Gateway's hook for what @apollo/gateway does in `didResolveOperation`: introspection only for
 * whom SCHEMA_EXPLORER allows, then the operation limits and its cost from the caller's rate-limit
 * buckets, before any subgraph is called; the cost is reported in `extensions.cost`.
 */
export function hiveOperationLimits(options: OperationChargeOptions & { explorer: SchemaExplorer }): GatewayPlugin<GatewayContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GatewayContext;
      try {
        const refusal = introspectionRefusal(options.explorer, context.identity, args.document);
        if (refusal) throw refusal;
        const report = await chargeForOperation(options, {
          schema: args.schema,
          document: args.document,
          operation: getOperationAST(args.document, args.operationName),
          operationName: args.operationName,
          variables: args.variableValues as Record<string, unknown> | undefined,
          context,
        });
        return {
          onExecuteDone({ result, setResult }) {
            if (Symbol.asyncIterator in result) return;
            setResult({ ...result, extensions: { ...result.extensions, cost: report } });
          },
        };
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        setResultAndStopExecution({ errors: [withPlainHttpHeaders(error)] });
        return undefined;
      }
    },
  };
}

/** Apollo Server reads an error's `http.headers` as a Map (HeaderMap); Yoga reads a plain object. */
function withPlainHttpHeaders(error: GraphQLError): GraphQLError {
  const http = error.extensions.http as { status?: number; headers?: unknown } | undefined;
  const headers: unknown = http?.headers;
  if (!(headers instanceof Map)) return error;
  return new GraphQLError(error.message, {
    extensions: { ...error.extensions, http: { ...http, headers: Object.fromEntries(headers as Map<string, string>) } },
  });
}
