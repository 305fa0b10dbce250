import { cookies } from 'next/headers';
import type { TypedDocumentString } from '@/gql/graphql';
import { webEnv } from './env';

/** A GraphQL error as the gateway sends it: a message, and a code in extensions. */
export interface GraphError {
  message: string;
  extensions?: { code?: string };
}

export class GraphRequestError extends Error {
  constructor(readonly errors: GraphError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

/** Cookies the gateway sets in cookie mode, which the storefront carries for the browser. */
const SESSION_COOKIES = /^elysium_(access|refresh)/;
/** The guest's cart token, kept by the storefront in an httpOnly cookie of its own. */
export const CART_COOKIE = 'elysium_cart';

/** Keeps a guest's new cart token (addToCart's answer) for the guest's next visits: two weeks, as the cart. */
export async function keepCartToken(token: string | null | undefined): Promise<void> {
  if (token) (await cookies()).set(CART_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 14 * 86_400 });
}

/**
 * Runs one of the storefront's operations at the gateway, from the server: the browser's session
 * cookies go with it (cookie mode), and any the gateway sets come back to the browser; no token is
 * ever visible to JavaScript in the browser. Only the document's id travels: the gateway can then
 * refuse any other document from the public (PERSISTED_DOCUMENTS=required).
 */
export async function graph<R, V>(document: TypedDocumentString<R, V>, variables: V, options: { relayCookies?: boolean } = {}): Promise<R> {
  const jar = await cookies();
  const sessionCookies = jar
    .getAll()
    .filter((c) => SESSION_COOKIES.test(c.name))
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const hash = (document as unknown as { __meta__?: { hash?: string } }).__meta__?.hash;
  const response = await fetch(webEnv.gatewayUrl, {
    method: 'POST',
    cache: 'no-store',
    headers: {
      'content-type': 'application/json',
      'x-elysium-session': 'cookie',
      'apollographql-client-name': 'elysium-web',
      ...(sessionCookies ? { cookie: sessionCookies } : {}),
    },
    // The document by its id in the manifest codegen writes (the gateway holds the same manifest).
    body: JSON.stringify(hash ? { documentId: hash, variables } : { query: document.toString(), variables }),
  });
  if (options.relayCookies) {
    for (const header of response.headers.getSetCookie()) relayCookie(jar, header);
  }
  const body = (await response.json()) as { data?: R; errors?: GraphError[] };
  if (body.errors?.length) throw new GraphRequestError(body.errors);
  if (!body.data) throw new GraphRequestError([{ message: `The gateway answered ${response.status} without data.` }]);
  return body.data;
}

type Jar = Awaited<ReturnType<typeof cookies>>;

/**
 * Sets a session cookie the gateway sent on the storefront's own origin: httpOnly, its SameSite and
 * expiry as the gateway chose them, for every page of the site (the gateway scopes its own to /graphql).
 */
function relayCookie(jar: Jar, header: string): void {
  const [pair, ...attributes] = header.split(';').map((part) => part.trim());
  const split = pair.indexOf('=');
  const name = pair.slice(0, split);
  if (!SESSION_COOKIES.test(name)) return;
  const options: { path: string; httpOnly: boolean; secure?: boolean; sameSite?: 'lax' | 'strict'; expires?: Date; maxAge?: number } = {
    path: '/',
    httpOnly: true,
  };
  for (const attribute of attributes) {
    const at = attribute.indexOf('=');
    const key = (at < 0 ? attribute : attribute.slice(0, at)).toLowerCase();
    const value = at < 0 ? '' : attribute.slice(at + 1);
    if (key === 'max-age') options.maxAge = Number(value);
    else if (key === 'expires') options.expires = new Date(value);
    else if (key === 'secure') options.secure = true;
    else if (key === 'samesite') options.sameSite = value.toLowerCase() === 'strict' ? 'strict' : 'lax';
  }
  jar.set(name, decodeURIComponent(pair.slice(split + 1)), options);
}
