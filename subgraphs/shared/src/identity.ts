import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Who is calling, as the gateway established it from the bearer token. */
export const identitySchema = z.object({
  /** Stable id of the person (customer id, or staff member id). */
  subject: z.string().min(1),
  role: z.enum(['customer', 'staff']),
  /** Seconds since the epoch after which subgraphs refuse this identity. */
  exp: z.number().int(),
});
export type Identity = z.infer<typeof identitySchema>;

export const IDENTITY_HEADER = 'x-elysium-identity';
export const IDENTITY_SIGNATURE_HEADER = 'x-elysium-identity-signature';

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/**
 * The gateway's half: the identity travels to subgraphs as a base64url JSON header plus an HMAC, so a
 * caller that reaches a subgraph directly cannot claim to be staff.
 */
export function signIdentity(identity: Identity, secret: string): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(identity)).toString('base64url');
  return { [IDENTITY_HEADER]: payload, [IDENTITY_SIGNATURE_HEADER]: sign(payload, secret) };
}

/** The subgraph's half: null for anonymous, a forged or expired header, or a malformed one. */
export function verifyIdentity(
  payload: string | undefined,
  signature: string | undefined,
  secret: string,
  now = Date.now(),
): Identity | null {
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const identity = identitySchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
    return identity.exp * 1000 > now ? identity : null;
  } catch {
    return null;
  }
}
