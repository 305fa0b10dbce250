import type { RequestHandler } from 'express';
import { isStaffRole, type Identity } from '@elysium/subgraph-kit/core';
import { countTokens, type LimitAudience, type OperationLimits } from '../limits/operation-limits';

/**
 * Refuses a document with more lexical tokens than the caller's audience allows, before the parser
 * builds a tree of it (a million-token document is a parser attack, whatever it asks for).
 */
export function limitDocumentTokens(limits: Record<LimitAudience, OperationLimits>): RequestHandler {
  return (req, res, next) => {
    const query = req.method === 'GET' ? req.query.query : (req.body as { query?: unknown } | undefined)?.query;
    if (typeof query !== 'string') return next();
    const identity = res.locals.identity as Identity | null;
    const max = limits[isStaffRole(identity?.role) ? 'staff' : 'public'].tokens;
    // Every token is at least one character: a document this short cannot be over the limit.
    if (query.length <= max) return next();
    const tokens = countTokens(query, max);
    if (tokens <= max) return next();
    res.status(400).json({
      errors: [
        {
          message: `The document has more than ${max} tokens; the limit is ${max}.`,
          extensions: { code: 'OPERATION_TOO_COMPLEX', measure: 'tokens', value: tokens, limit: max },
        },
      ],
    });
  };
}
