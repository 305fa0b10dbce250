/** The browser's session: an access token and a refresh token, each in an httpOnly cookie. */
export const ACCESS_COOKIE = 'elysium_access';
export const REFRESH_COOKIE = 'elysium_refresh';

/** A browser asks for cookies (rather than tokens in the answer) with this header on sign-in. */
export const SESSION_MODE_HEADER = 'x-elysium-session';

/**
 * What the customers subgraph hands the gateway when it starts, renews or ends a session (response
 * extension `elysiumSession`). In cookie mode the gateway turns it into cookies; JavaScript never
 * sees the tokens.
 */
export type SessionChange =
  { accessToken: string; accessTokenExpiresAt: string; refreshToken: string; refreshTokenExpiresAt: string } | { clear: true };

export function isSessionChange(value: unknown): value is SessionChange {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return v.clear === true || (typeof v.accessToken === 'string' && typeof v.refreshToken === 'string');
}

/** Cookie values by name from a Cookie header (first value wins, as browsers send the most specific first). */
export function parseCookies(header: string | undefined): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) continue;
    const name = part.slice(0, at).trim();
    if (!(name in cookies)) cookies[name] = decodeURIComponent(part.slice(at + 1).trim());
  }
  return cookies;
}

function cookie(name: string, value: string, options: { path: string; expires: Date; sameSite: 'Lax' | 'Strict' }): string {
  return [
    `${name}=${encodeURIComponent(value)}`,
    `Path=${options.path}`,
    `Expires=${options.expires.toUTCString()}`,
    'HttpOnly',
    'Secure',
    `SameSite=${options.sameSite}`,
  ].join('; ');
}

/**
 * Set-Cookie headers for a session change. The access cookie goes with every GraphQL request (Lax,
 * so a link into the shop arrives signed in); the refresh cookie is Strict and used only to renew.
 */
export function sessionCookies(change: SessionChange, path: string): string[] {
  if ('clear' in change) {
    const past = new Date(0);
    return [
      cookie(ACCESS_COOKIE, '', { path, expires: past, sameSite: 'Lax' }),
      cookie(REFRESH_COOKIE, '', { path, expires: past, sameSite: 'Strict' }),
    ];
  }
  return [
    cookie(ACCESS_COOKIE, change.accessToken, { path, expires: new Date(change.accessTokenExpiresAt), sameSite: 'Lax' }),
    cookie(REFRESH_COOKIE, change.refreshToken, { path, expires: new Date(change.refreshTokenExpiresAt), sameSite: 'Strict' }),
  ];
}
