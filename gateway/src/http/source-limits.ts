import type { RequestHandler } from 'express';
import { isStaffRole, type Identity } from '@elysium/subgraph-kit/core';
import { countTokens, type LimitAudience, type OperationLimits } from '../limits/operation-limits';

function refuse(res: Parameters<RequestHandler>[1], measure: 'tokens' | 'characters', value: number, limit: number): void {
  res.status(400).json({
    errors: [
      {
        message: `The document has more than ${limit} ${measure}; the limit is ${limit}.`,
        extensions: { code: 'OPERATION_TOO_COMPLEX', measure, value, limit },
      },
    ],
  });
}

/**
 * Refuses a document with more characters or lexical tokens than the caller's audience allows, before the parser
 * builds a tree of it (a million-token document is a parser attack, whatever it asks for).
 */
export function limitDocumentSize(limits: Record<LimitAudience, OperationLimits>): RequestHandler {
  return (req, res, next) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    // A manifest document is ours (persisted-documents.ts put it there), measured when it was written.
    if (typeof query !== 'string' || res.locals.persistedDocument) return next();
    const identity = res.locals.identity as Identity | null;
    const own = limits[isStaffRole(identity?.role) ? 'staff' : 'public'];
    if (query.length > own.characters) return refuse(res, 'characters', query.length, own.characters);
    // Every token is at least one character: a document this short cannot be over the limit.
    if (query.length <= own.tokens) return next();
    const tokens = countTokens(query, own.tokens);
    if (tokens <= own.tokens) return next();
    refuse(res, 'tokens', tokens, own.tokens);
  };
}

/** Deepest nesting of variables any input type of the graph needs (lists of inputs of lists…), with room to spare. */
const MAX_VARIABLE_DEPTH = 32;

/** How deep a JSON value nests, measured without recursion (a 5,000-deep value must not blow the stack). */
function depthOf(value: unknown, stopAt: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    deepest = Math.max(deepest, depth);
    if (deepest > stopAt) return deepest;
    for (const child of Object.values(current as Record<string, unknown>)) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Refuses variables nested deeper than any operation of this graph can use, before anything serialises them. */
export const limitVariableDepth: RequestHandler = (req, res, next) => {
  const variables = (req.body as { variables?: unknown } | undefined)?.variables;
  if (depthOf(variables, MAX_VARIABLE_DEPTH) <= MAX_VARIABLE_DEPTH) return next();
  res.status(400).json({
    errors: [{ message: `Variables may nest at most ${MAX_VARIABLE_DEPTH} levels deep.`, extensions: { code: 'BAD_REQUEST' } }],
  });
};
