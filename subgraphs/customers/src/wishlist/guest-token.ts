import { createHash, randomBytes } from 'node:crypto';

/**
 * Days a guest session lives after its last write. Past that its token is treated as unknown (and its
 * rows wait for the purge), so a token found on a shared computer months later opens nothing.
 */
export const GUEST_SESSION_IDLE_DAYS = 90;

/** Longest `guestToken` argument accepted; real tokens are 43 characters. */
export const GUEST_TOKEN_MAX_LENGTH = 64;

/** 32 random bytes in base64url, without padding: exactly 43 characters. */
const GUEST_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** What the database keeps of a token: its SHA-256 in hex. A leaked table opens no guest's lists. */
export function hashGuestToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new guest token (shown to the guest once) and the hash we store. */
export function newGuestToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashGuestToken(token) };
}

/** The hash of a caller's token; null when it cannot be one of ours, which then reads as unknown. */
export function guestTokenHash(token: string): string | null {
  return GUEST_TOKEN.test(token) ? hashGuestToken(token) : null;
}
