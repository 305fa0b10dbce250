import { jwtVerify, SignJWT, errors } from 'jose';
import { unauthenticated } from './graphql/thrown-errors';
import { identitySchema, type Identity } from './identity';

const ISSUER = 'elysium';
const AUDIENCE = 'elysium-graph';
const MAX_TOKEN_AGE_SECONDS = 24 * 3600;

/**
 * Bearer tokens are HS256 JWTs: `sub` is the account id, `role` its role, `sid` its server-side session.
 * Issuing them (sign-in) belongs to the customers domain; the gateway only checks them.
 */
export async function verifyBearerToken(authorization: string | undefined, secret: string): Promise<Identity | null> {
  return (await checkBearerToken(authorization, secret))?.identity ?? null;
}

/** The same check, also telling until when (epoch ms) the token is honoured: its `exp`, or a day after it was issued. */
export async function checkBearerToken(
  authorization: string | undefined,
  secret: string,
): Promise<{ identity: Identity; expiresAt: number } | null> {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match || match[1].length > 4096) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  try {
    const { payload } = await jwtVerify(match[1], new TextEncoder().encode(secret), {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: ['HS256'],
      // However long a token claims to last, none is honoured more than a day after it was issued.
      maxTokenAge: MAX_TOKEN_AGE_SECONDS,
    });
    const claims = identitySchema.safeParse({ subject: payload.sub, role: payload.role, sessionId: payload.sid });
    if (!claims.success || typeof payload.exp !== 'number') throw unauthenticated('The token does not say who you are.');
    const honouredUntil = typeof payload.iat === 'number' ? Math.min(payload.exp, payload.iat + MAX_TOKEN_AGE_SECONDS) : payload.exp;
    return { identity: claims.data, expiresAt: honouredUntil * 1000 };
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw unauthenticated('Your session has expired; sign in again.');
    if (error instanceof errors.JOSEError) throw unauthenticated('The token is not valid.');
    throw error;
  }
}

/** Mints an access token: sign-in does, with the session id; dev tooling and tests do, without one. */
export async function mintBearerToken(identity: Identity, secret: string, ttlSeconds = 12 * 3600): Promise<string> {
  return new SignJWT({ role: identity.role, ...(identity.sessionId ? { sid: identity.sessionId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(identity.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + ttlSeconds)
    .sign(new TextEncoder().encode(secret));
}
