import { createHmac, timingSafeEqual } from 'node:crypto';

/** Sanity's webhook signature header; the local content lake sends it the same way. */
export const SANITY_SIGNATURE_HEADER = 'sanity-webhook-signature';
const TOLERANCE_MS = 5 * 60 * 1000;

/** Sanity's webhook signature: `t=<ms>,v1=<base64url HMAC-SHA256 of "<t>.<body>">`. */
export function signWebhook(body: string, secret: string, timestamp = Date.now()): string {
  const digest = createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('base64url');
  return `t=${timestamp},v1=${digest}`;
}

/** True when the header was made with `secret` over this exact body within the last five minutes. */
export function isValidWebhookSignature(body: string, header: string | undefined, secret: string, now = Date.now()): boolean {
  const match = /^t=(\d+),v1=([\w-]+)$/.exec(header ?? '');
  if (!match) return false;
  const timestamp = Number(match[1]);
  if (Math.abs(now - timestamp) > TOLERANCE_MS) return false;
  const expected = Buffer.from(signWebhook(body, secret, timestamp));
  const given = Buffer.from(header as string);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
