import { ARGUMENT_LIMITS, badUserInput, requireMaxLength } from '@elysium/subgraph-kit';

/** Cursors are opaque to clients; inside they are the id of the last entry of a page. */
export function encodeConsentCursor(id: string): string {
  return Buffer.from(`consent:${id}`).toString('base64url');
}

/** The entry id a cursor stands for; anything this list did not give out is BAD_USER_INPUT, never echoed. */
export function decodeConsentCursor(cursor: string, field: string): string {
  requireMaxLength(cursor, ARGUMENT_LIMITS.cursor, field);
  const match = /^consent:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badUserInput(`${field} is not a cursor this list gave out.`, field);
  return match[1];
}
