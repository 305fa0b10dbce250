import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { verifyBearerToken, type Identity } from '@elysium/subgraph-kit/core';

/** `res.locals.identity`: the caller the bearer token names, or null when there is none. */
export interface AuthenticatedLocals {
  identity: Identity | null;
}

/**
 * Checks the bearer token once per request, before any GraphQL work. A token that is malformed,
 * forged or expired is the client's mistake: 401 UNAUTHENTICATED, never a 500.
 */
export function authenticate(jwtSecret: string): RequestHandler {
  return async (req, res, next) => {
    try {
      res.locals.identity = await verifyBearerToken(req.headers.authorization, jwtSecret);
      next();
    } catch (error) {
      if (!(error instanceof GraphQLError)) return next(error);
      res
        .status(401)
        .set('www-authenticate', 'Bearer error="invalid_token"')
        .json({ errors: [{ message: error.message, extensions: { code: 'UNAUTHENTICATED' } }] });
    }
  };
}
