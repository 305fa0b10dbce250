import type { RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import type { CallSession, Identity } from '@elysium/subgraph-kit/core';
import { ACCESS_COOKIE, parseCookies, REFRESH_COOKIE, SESSION_MODE_HEADER } from '../sessions/session-cookies';
import type { SessionStatus } from '../sessions/session-status';
import type { VerifiedTokens } from './verified-tokens';

/** `res.locals` after authentication: who is calling, and how their session travels. */
export interface AuthenticatedLocals {
  identity: Identity | null;
  session: CallSession;
}

function refuse(res: Parameters<RequestHandler>[1], message: string): void {
  res
    .status(401)
    .set('www-authenticate', 'Bearer error="invalid_token"')
    .json({ errors: [{ message, extensions: { code: 'UNAUTHENTICATED' } }] });
}

/**
 * Checks the caller's token once per request, before any GraphQL work: an `Authorization: Bearer`
 * header (apps, staff tools) or the httpOnly access cookie (browsers). A token that is malformed,
 * forged or expired, or whose session has been ended (seen within 5 s), is the client's problem:
 * 401 UNAUTHENTICATED, never a 500.
 */
export function authenticate(tokens: VerifiedTokens, sessions: SessionStatus): RequestHandler {
  return async (req, res, next) => {
    const cookies = parseCookies(req.headers.cookie);
    const fromCookie = !req.headers.authorization && cookies[ACCESS_COOKIE] ? `Bearer ${cookies[ACCESS_COOKIE]}` : undefined;
    const cookieMode = req.headers[SESSION_MODE_HEADER] === 'cookie' || fromCookie !== undefined || cookies[REFRESH_COOKIE] !== undefined;
    res.locals.session = cookieMode ? { transport: 'cookie', refreshToken: cookies[REFRESH_COOKIE] || undefined } : { transport: 'bearer' };
    try {
      const identity = await tokens.verify(req.headers.authorization ?? fromCookie);
      if (identity?.sessionId && !(await sessions.isActive(identity.sessionId))) {
        return refuse(res, 'Your session has ended; sign in again.');
      }
      res.locals.identity = identity;
      next();
    } catch (error) {
      if (!(error instanceof GraphQLError)) return next(error);
      refuse(res, error.message);
    }
  };
}
