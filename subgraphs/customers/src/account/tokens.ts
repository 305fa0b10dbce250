import { createHash, createHmac, randomBytes } from 'node:crypto';

/** Every token we hand out is 32 bytes in base64url without padding: exactly 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/** Access tokens live 10 minutes: revocation is also checked by the gateway, but this bounds a stolen one. */
export const ACCESS_TOKEN_TTL_SECONDS = 10 * 60;
/** A refresh token is good for 30 days; each renewal issues a fresh one, so an active client stays signed in. */
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600;
/** However active, a session ends 90 days after sign-in: then the client proves their password again. */
export const SESSION_MAX_AGE_SECONDS = 90 * 24 * 3600;

/** How long each kind of mailed link works. */
export const ONE_TIME_TOKEN_TTL_SECONDS = {
  VERIFY_EMAIL: 24 * 3600,
  RESET_PASSWORD: 3600,
  CHANGE_EMAIL: 24 * 3600,
  /** A password to set for an account claimed from an existing client record (sent as RESET_PASSWORD). */
  CLAIM_ACCOUNT: 24 * 3600,
  /** A new staff member's first password (sent as RESET_PASSWORD): long enough to reach them on a weekend. */
  STAFF_INVITATION: 72 * 3600,
} as const;

/** What the database keeps of a token: SHA-256 in hex. Tokens are random, so no salt or slow hash is needed. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The digest of a caller's token, or null when the text cannot be one of ours (then it matches nothing, with no query). */
export function digestOfPresented(token: string | null | undefined): string | null {
  return typeof token === 'string' && TOKEN_SHAPE.test(token) ? tokenDigest(token) : null;
}

/** A new random token (for refresh tokens, shown once) and its digest. */
export function newRandomToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: tokenDigest(token) };
}

/**
 * The token of a one-time-token row, derived from its id with ACCOUNT_TOKEN_SECRET. The mail handler
 * recomputes it from the id in the job, so the job tables never hold a usable token.
 */
export function oneTimeTokenFor(id: string, secret: string): string {
  return createHmac('sha256', secret).update(`one-time-token:${id}`).digest('base64url');
}
