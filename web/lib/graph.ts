import { unstable_cache } from 'next/cache';
import { cookies, headers } from 'next/headers';
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
/** Whether the browser holds a session (the graph still decides whether it is a valid one). */
export async function hasSession(): Promise<boolean> {
  return (await cookies()).getAll().some((c) => SESSION_COOKIES.test(c.name));
}

/** Forgets every cookie of the storefront's in this browser: the session, the bag and the guest's lists. */
export async function forgetSession(): Promise<void> {
  const jar = await cookies();
  // With its path: a deletion without one would name the action's directory (say /account), another cookie.
  for (const c of jar.getAll()) if (c.name.startsWith('elysium_')) jar.delete({ name: c.name, path: '/' });
}

/** The guest's cart token, kept by the storefront in an httpOnly cookie of its own. */
export const CART_COOKIE = 'elysium_cart';

/** Keeps a guest's new cart token (addToCart's answer) for the guest's next visits: two weeks, as the cart. */
export async function keepCartToken(token: string | null | undefined): Promise<void> {
  if (token) (await cookies()).set(CART_COOKIE, token, { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 14 * 86_400 });
}

/**
 * Runs one of the storefront's operations at the gateway, from the server: the browser's session
 * cookies go with it (cookie mode), and any the gateway sets come back to the browser; no token is
 * ever visible to JavaScript in the browser.
 */
export async function graph<R, V>(document: TypedDocumentString<R, V>, variables: V, options: { relayCookies?: boolean } = {}): Promise<R> {
  const jar = await cookies();
  const sessionCookies = jar
    .getAll()
    .filter((c) => SESSION_COOKIES.test(c.name))
    .map((c) => `${c.name}=${c.value}`)
    .join('; ');
  const response = await post(document, variables, {
    ...(sessionCookies ? { cookie: sessionCookies } : {}),
    ...(await visitorAddress()),
  });
  if (options.relayCookies) {
    for (const header of response.headers.getSetCookie()) relayCookie(jar, header);
  }
  return answer(response);
}

/** How long a cached read may show stock figures: a sale is seen within this many seconds (checkout always checks). */
export const STOCK_SECONDS = 30;
/** How long a cached read of content alone is kept when no webhook comes (a missed delivery heals within it). */
export const CONTENT_SECONDS = 3600;

/**
 * The visitor's network address, as the proxy in front of the storefront gave it (Next adds the
 * socket's address when no proxy did). The gateway's per-network limits (sign-in failures, account
 * mail, cost points) then count each visitor rather than the storefront's one address, once its
 * TRUST_PROXY trusts the storefront's hop. Cached public reads send none: they are nobody's.
 */
async function visitorAddress(): Promise<Record<string, string>> {
  const forwardedFor = (await headers()).get('x-forwarded-for');
  return forwardedFor ? { 'x-forwarded-for': forwardedFor } : {};
}

/** What every page cached from the catalog is tagged with: the content lake's webhook revalidates it. */
export const CATALOG_TAG = 'catalog';

/**
 * Runs a public read (the same for every visitor, so no cookie goes with it) and keeps its answer
 * for every visitor: until the content lake's webhook says the catalogue changed (CATALOG_TAG), and
 * at most `revalidate` seconds, which bounds how stale live stock figures in it can be.
 */
export function publicGraph<R, V>(document: TypedDocumentString<R, V>, variables: V, options: { revalidate: number }): Promise<R> {
  const read = unstable_cache(
    async () => answer(await post(document, variables, {})),
    ['graph', documentId(document) ?? document.toString(), JSON.stringify(variables)],
    {
      tags: [CATALOG_TAG],
      revalidate: options.revalidate,
    },
  );
  return read() as Promise<R>;
}

/** The document's id in the manifest codegen writes (the gateway holds the same manifest). */
function documentId(document: { toString(): string }): string | undefined {
  return (document as unknown as { __meta__?: { hash?: string } }).__meta__?.hash;
}

/** Only the document's id travels: the gateway can then refuse any other document from the public (PERSISTED_DOCUMENTS=required). */
function post<R, V>(document: TypedDocumentString<R, V>, variables: V, headers: Record<string, string>): Promise<Response> {
  const id = documentId(document);
  return fetch(webEnv.gatewayUrl, {
    method: 'POST',
    cache: 'no-store',
    headers: {
      'content-type': 'application/json',
      'x-elysium-session': 'cookie',
      'apollographql-client-name': 'elysium-web',
      ...headers,
    },
    body: JSON.stringify(id ? { documentId: id, variables } : { query: document.toString(), variables }),
  });
}

async function answer<R>(response: Response): Promise<R> {
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
