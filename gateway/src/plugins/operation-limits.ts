import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { truncate } from '@elysium/subgraph-kit/core';
import type { GatewayContext } from '../context';
import { analyseOperation, type CostSettings } from '../limits/operation-analysis';
import { operationTooComplex, rateLimited, type LimitAudience, type OperationLimits } from '../limits/operation-limits';
import type { CostRateLimiter } from '../limits/rate-limiter';

const MEASURES = ['depth', 'aliases', 'directives', 'cost'] as const;

/**
 * Measures each operation before any subgraph is called, refuses one over its audience's limits,
 * spends its cost from the caller's rate-limit buckets, and reports the cost in `extensions.cost`
 * the way Shopify does, so clients can see what they spend.
 */
export function operationLimits(options: {
  limits: Record<LimitAudience, OperationLimits>;
  cost: CostSettings;
  rateLimiter: CostRateLimiter;
}): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      let report: Record<string, unknown> | undefined;
      return {
        async didResolveOperation({ document, operation, request, schema, contextValue }) {
          if (!operation) {
            const name = request.operationName;
            throw new GraphQLError(
              name
                ? `The document has no operation named "${truncate(name, 80)}".`
                : 'The document has several operations; say which to run in operationName.',
              { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
            );
          }
          const audience: LimitAudience = contextValue.identity?.role === 'staff' ? 'staff' : 'public';
          const limits = options.limits[audience];
          const analysis = analyseOperation(schema, document, operation, request.variables ?? {}, options.cost);
          for (const measure of MEASURES) {
            if (analysis[measure] > limits[measure]) throw operationTooComplex(measure, analysis[measure], limits[measure]);
          }
          const decision = await options.rateLimiter.consume(
            { ip: contextValue.clientIp, subject: contextValue.identity?.subject ?? null },
            analysis.cost,
          );
          if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
          report = {
            requestedQueryCost: analysis.cost,
            maximumAvailable: limits.cost,
            throttleStatus: {
              maximumAvailable: decision.limit,
              currentlyAvailable: decision.remaining,
              resetsInSeconds: decision.resetSeconds,
            },
          };
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
