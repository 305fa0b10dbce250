import { createHash, createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * What an account may do: a client (`customer`), client service (`staff`), the atelier, or an
 * administrator. One role per account; every role but `customer` is house staff.
 */
export const ROLES = ['customer', 'staff', 'atelier', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Whether the role belongs to house staff (client service, atelier, admin). */
export const isStaffRole = (role: Role | undefined): boolean => role !== undefined && role !== 'customer';

/** Who is calling, as the gateway established it from the bearer token. */
export const identitySchema = z.object({
  /** Stable id of the person (customer id, or staff member id). */
  subject: z.string().min(1).max(128),
  role: z.enum(ROLES),
  /** The server-side session the token belongs to; absent for development tokens. */
  sessionId: z.string().max(64).optional(),
});
export type Identity = z.infer<typeof identitySchema>;

/**
 * What a signed header asserts about one subgraph call: which subgraph it is for (`aud`), which
 * request it belongs to (`rid`), when it was made and until when it holds (seconds), who made it
 * (the gateway, or one of our tools) and, when someone is signed in, who that is.
 */
const callAssertionSchema = z.object({
  aud: z.string(),
  rid: z.string(),
  iat: z.number().int(),
  exp: z.number().int(),
  caller: z.string(),
  identity: identitySchema.nullable(),
  /** SHA-256 of the operation and its variables: the assertion holds for this one body only. */
  body: z.string().optional(),
  /** The client's address as the gateway saw it (throttling, sign-in notices). */
  ip: z.string().max(64).optional(),
  /** How the browser or app keeps its session, and (to customers only) the refresh token from its cookie. */
  session: z.object({ transport: z.enum(['cookie', 'bearer']), refreshToken: z.string().max(256).optional() }).optional(),
});
type CallAssertion = z.infer<typeof callAssertionSchema>;

export const CALL_HEADER = 'x-elysium-call';
export const CALL_SIGNATURE_HEADER = 'x-elysium-call-signature';
export const REQUEST_ID_HEADER = 'x-request-id';

/** Seconds a signed call holds: long enough for one request's fetches, too short to be worth stealing. */
export const CALL_TTL_SECONDS = 30;

/** How the caller keeps its session: in httpOnly cookies the gateway manages (browsers), or as bearer tokens (apps). */
export interface CallSession {
  transport: 'cookie' | 'bearer';
  /** The refresh token from the browser's cookie; the gateway sends it to the customers subgraph only. */
  refreshToken?: string;
}

/** A call the subgraph may trust: made by our gateway or tools, for this subgraph, for this request. */
export interface VerifiedCall {
  caller: string;
  identity: Identity | null;
  clientIp?: string;
  session?: CallSession;
}

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/**
 * The caller's half: headers for one call to one subgraph. A header captured on its way to the
 * catalog is useless against customers (another audience), for another request id, or after
 * `CALL_TTL_SECONDS`.
 */
/** What a signed call is bound to: the GraphQL operation and its variables, as sent. */
export function bodyDigest(query: string | undefined, variables: unknown): string {
  return createHash('sha256')
    .update(query ?? '')
    .update('\u0000')
    .update(JSON.stringify(variables ?? {}))
    .digest('base64url');
}

export function signCall(
  call: {
    audience: string;
    requestId: string;
    identity: Identity | null;
    caller?: string;
    clientIp?: string;
    session?: CallSession;
    /** bodyDigest of the operation the call carries; unset for non-GraphQL calls (metrics). */
    body?: string;
  },
  secret: string,
  now = Date.now(),
): Record<string, string> {
  const iat = Math.floor(now / 1000);
  const assertion: CallAssertion = {
    aud: call.audience,
    rid: call.requestId,
    iat,
    exp: iat + CALL_TTL_SECONDS,
    caller: call.caller ?? 'gateway',
    identity: call.identity,
    ...(call.body ? { body: call.body } : {}),
    ...(call.clientIp ? { ip: call.clientIp } : {}),
    ...(call.session ? { session: call.session } : {}),
  };
  const payload = Buffer.from(JSON.stringify(assertion)).toString('base64url');
  return { [CALL_HEADER]: payload, [CALL_SIGNATURE_HEADER]: sign(payload, secret), [REQUEST_ID_HEADER]: call.requestId };
}

/**
 * Headers for one of our own tools (bench, monitoring, tests) calling a subgraph directly: for the
 * given GraphQL operation, or for no operation at all (GET /metrics).
 */
export function internalCallHeaders(
  audience: string,
  secret: string,
  identity: Identity | null = null,
  caller = 'tools',
  operation?: { query: string; variables?: unknown },
): Record<string, string> {
  return signCall(
    { audience, requestId: randomUUID(), identity, caller, body: operation && bodyDigest(operation.query, operation.variables) },
    secret,
  );
}

/**
 * A signer for one caller (tests, the bench): headers for each GraphQL call, bound to its operation.
 */
export function signedCall(
  audience: string,
  secret: string,
  identity: Identity | null = null,
  caller = 'tools',
): (operation: { query: string; variables?: unknown }) => Record<string, string> {
  return (operation) => internalCallHeaders(audience, secret, identity, caller, operation);
}

/**
 * The subgraph's half: null unless the headers were signed with `secret`, for `audience`, for
 * `requestId`, and are still within their life. Any doubt means "not one of ours".
 */
export function verifyCall(
  headers: { payload: string | undefined; signature: string | undefined; requestId: string | undefined; body?: string },
  expected: { secret: string; audience: string },
  now = Date.now(),
): VerifiedCall | null {
  const { payload, signature, requestId } = headers;
  if (!payload || !signature || !requestId || payload.length > 4096) return null;
  const wanted = Buffer.from(sign(payload, expected.secret));
  const given = Buffer.from(signature);
  if (wanted.length !== given.length || !timingSafeEqual(wanted, given)) return null;
  let assertion: CallAssertion;
  try {
    assertion = callAssertionSchema.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    return null;
  }
  const seconds = now / 1000;
  if (assertion.aud !== expected.audience || assertion.rid !== requestId) return null;
  // A GraphQL call holds only for the operation it was signed with; a bare one (metrics) for no operation.
  if (assertion.body !== headers.body) return null;
  // A little slack for clocks on other hosts; never more than one life.
  if (assertion.exp < seconds || assertion.iat > seconds + 5 || assertion.exp - assertion.iat > CALL_TTL_SECONDS) return null;
  return { caller: assertion.caller, identity: assertion.identity, clientIp: assertion.ip, session: assertion.session };
}
