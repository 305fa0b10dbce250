import { GraphQLError, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { isStaffRole, truncate } from '@elysium/subgraph-kit/core';
import type { GatewayContext } from '../context';
import { analyseOperation, type CostSettings, type OperationAnalysis } from './operation-analysis';
import { operationTooComplex, rateLimited, type LimitAudience, type OperationLimits } from './operation-limits';
import type { CostRateLimiter } from './rate-limiter';

const MEASURES = ['depth', 'aliases', 'directives', 'cost'] as const;

export interface OperationChargeOptions {
  limits: Record<LimitAudience, OperationLimits>;
  cost: CostSettings;
  rateLimiter: CostRateLimiter;
}

/** What `extensions.cost` tells a client, the way Shopify does: what the operation cost and what is left. */
export interface CostReport {
  requestedQueryCost: number;
  maximumAvailable: number;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; resetsInSeconds: number };
}

/**
 * Both gateways hand back the same parsed document for a repeated query string, so a document's
 * analysis is kept with it (per operation and variables, a few each) and the storefront's hot
 * queries are measured once. Large variables are not worth a key.
 */
const analyses = new WeakMap<DocumentNode, Map<string, OperationAnalysis>>();
const MAX_ANALYSES_PER_DOCUMENT = 32;

function analyseOnce(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  settings: CostSettings,
): OperationAnalysis {
  let key: string;
  try {
    key = `${operation.name?.value ?? ''}\u0000${variables ? JSON.stringify(variables) : ''}`;
  } catch {
    key = ''; // too deeply nested to serialise: measured, never kept
  }
  if (key === '' || key.length > 1024) return analyseOperation(schema, document, operation, variables ?? {}, settings);
  let known = analyses.get(document);
  if (!known) analyses.set(document, (known = new Map()));
  let analysis = known.get(key);
  if (!analysis) {
    analysis = analyseOperation(schema, document, operation, variables ?? {}, settings);
    if (known.size < MAX_ANALYSES_PER_DOCUMENT) known.set(key, analysis);
  }
  return analysis;
}

/**
 * Measures an operation before any subgraph is called, refuses one over its audience's limits, and
 * spends its cost from the caller's rate-limit buckets: the one rule both gateways (@apollo/gateway
 * and Hive Gateway) apply through their own plugin hooks. Throws the coded GraphQL error to answer.
 */
export async function chargeForOperation(
  options: OperationChargeOptions,
  request: {
    schema: GraphQLSchema;
    document: DocumentNode;
    operation: OperationDefinitionNode | null | undefined;
    operationName: string | null | undefined;
    variables: Record<string, unknown> | null | undefined;
    context: Pick<GatewayContext, 'identity' | 'clientIp' | 'rate'>;
  },
): Promise<CostReport> {
  const { schema, document, operation, context } = request;
  if (!operation) {
    const name = request.operationName;
    throw new GraphQLError(
      name
        ? `The document has no operation named "${truncate(name, 80)}".`
        : 'The document has several operations; say which to run in operationName.',
      { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } },
    );
  }
  if (!schema.getRootType(operation.operation)) {
    throw new GraphQLError(`This graph has no ${operation.operation} operations.`, {
      extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
    });
  }
  const audience: LimitAudience = isStaffRole(context.identity?.role) ? 'staff' : 'public';
  const limits = options.limits[audience];
  const analysis = analyseOnce(schema, document, operation, request.variables ?? undefined, options.cost);
  const over = MEASURES.find((measure) => analysis[measure] > limits[measure]);
  // One point was paid at the door; a refused operation pays for what it asked, up to the limit.
  const owed = Math.min(analysis.cost, limits.cost) - 1;
  const caller = { ip: context.clientIp, subject: context.identity?.subject ?? null };
  const decision = owed > 0 ? await options.rateLimiter.consume(caller, owed) : context.rate;
  if (over) throw operationTooComplex(over, analysis[over], limits[over]);
  if (!decision.allowed) throw rateLimited(decision.retryAfterSeconds);
  return {
    requestedQueryCost: analysis.cost,
    maximumAvailable: limits.cost,
    throttleStatus: { maximumAvailable: decision.limit, currentlyAvailable: decision.remaining, resetsInSeconds: decision.resetSeconds },
  };
}
