import { cookies } from 'next/headers';

/**
 * A visitor's guest session (their wishlist and recently viewed pieces, kept by the graph until they
 * sign in): its token lives in an httpOnly cookie of the storefront's, never seen by the page's scripts.
 */
export const GUEST_COOKIE = 'elysium_guest';

export async function guestSessionToken(): Promise<string | undefined> {
  return (await cookies()).get(GUEST_COOKIE)?.value;
}

/** Keeps a new guest token the graph handed out: 90 days, as the graph keeps the session. */
export async function keepGuestSessionToken(token: string | null | undefined): Promise<void> {
  if (token) (await cookies()).set(GUEST_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 90 * 86_400 });
}
