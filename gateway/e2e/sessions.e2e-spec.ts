import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { verifyBearerToken } from '@elysium/subgraph-kit/core';
import { launchTestGraph, type TestGraph } from '@elysium/tools';

// The development default the launched processes use.
const JWT_SECRET = 'dev-only-jwt-change-me';

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    __typename
    ... on SessionTokens { accessToken refreshToken accessTokenExpiresAt account { email role } }
    ... on ErrorResult { code message }
  }
}`;
const REFRESH = `mutation ($refreshToken: String) { refreshSession(refreshToken: $refreshToken) { __typename ... on SessionTokens { accessToken refreshToken } } }`;
const SIGN_OUT = `mutation { signOut { endedSessions } }`;
const WHO_AM_I = `{ myAccount { email role sessions { current } } me { id email } }`;

interface Answer {
  status: number;
  body: {
    data?: Record<string, any> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
  setCookies: string[];
}

/** Sign-in, cookies and revocation through the real gateway, with every subgraph in its own process. */
describe('sessions through the gateway', () => {
  let graph: TestGraph;
  const client = { id: randomUUID(), email: `sessions-${randomUUID()}@example.com`, password: 'a ruby for the fortieth anniversary' };

  async function post(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: (await response.json()) as Answer['body'], setCookies: response.headers.getSetCookie() };
  }

  /** The value of a cookie the gateway set, and its attributes. */
  function cookie(answer: Answer, name: string): { value: string; attributes: string } {
    const line = answer.setCookies.find((c) => c.startsWith(`${name}=`));
    expect(line).toBeDefined();
    const [pair, ...attributes] = line!.split('; ');
    return { value: decodeURIComponent(pair.slice(name.length + 1)), attributes: attributes.join('; ') };
  }

  beforeAll(async () => {
    graph = await launchTestGraph('sessions');
    // Given a client with a confirmed account of their own (the subgraphs have migrated by now).
    const sql = new Client({ connectionString: graph.databaseUrl });
    await sql.connect();
    try {
      await sql.query('INSERT INTO customers.customer (id, email, given_name, family_name) VALUES ($1, $2, $3, $4)', [
        client.id,
        client.email,
        'Session',
        'Tester',
      ]);
      await sql.query(
        `INSERT INTO customers.account (id, email, password_hash, role, email_verified_at, password_changed_at) VALUES ($1, $2, $3, 'customer', now(), now())`,
        [client.id, client.email, await hash(client.password)],
      );
    } finally {
      await sql.end();
    }
  }, 120_000);

  afterAll(async () => {
    await graph?.stop();
  });

  it('keeps a browser’s session in httpOnly cookies, and refuses its access token within 5 s of signing out', async () => {
    // when a browser signs in asking for cookies
    const signIn = await post(SIGN_IN, { email: client.email, password: client.password }, { 'x-elysium-session': 'cookie' });
    // then the answer holds no token, and the tokens arrive as httpOnly cookies only
    expect(signIn.status).toBe(200);
    expect(signIn.body.data!.signIn).toMatchObject({
      __typename: 'SessionTokens',
      accessToken: null,
      refreshToken: null,
      account: { email: client.email, role: 'CUSTOMER' },
    });
    expect(signIn.body.extensions?.elysiumSession).toBeUndefined();
    expect(JSON.stringify(signIn.body)).not.toMatch(/eyJ/); // no JWT anywhere in what JavaScript can read
    const access = cookie(signIn, 'elysium_access');
    const refresh = cookie(signIn, 'elysium_refresh');
    expect(access.attributes).toMatch(/HttpOnly/);
    expect(access.attributes).toMatch(/SameSite=Lax/);
    expect(refresh.attributes).toMatch(/HttpOnly/);
    expect(refresh.attributes).toMatch(/SameSite=Strict/);
    const identity = await verifyBearerToken(`Bearer ${access.value}`, JWT_SECRET);
    expect(identity).toMatchObject({ subject: client.id, role: 'customer', sessionId: expect.any(String) });

    // when the browser asks who it is with the cookie, and without it
    const withCookie = await post(WHO_AM_I, {}, { cookie: `elysium_access=${encodeURIComponent(access.value)}` });
    const without = await post(WHO_AM_I);
    // then only the cookie signs it in
    expect(withCookie.status).toBe(200);
    expect(withCookie.body.data).toEqual({
      myAccount: { email: client.email, role: 'CUSTOMER', sessions: [{ current: true }] },
      me: { id: client.id, email: client.email },
    });
    expect(without.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    // when the browser renews with its refresh cookie
    const renewed = await post(REFRESH, {}, { cookie: `elysium_refresh=${encodeURIComponent(refresh.value)}` });
    // then new cookies replace the old ones, again with no token in the answer
    expect(renewed.body.data!.refreshSession).toEqual({ __typename: 'SessionTokens', accessToken: null, refreshToken: null });
    const renewedAccess = cookie(renewed, 'elysium_access');
    expect(await verifyBearerToken(`Bearer ${renewedAccess.value}`, JWT_SECRET)).toMatchObject({ sessionId: identity!.sessionId });
    expect(cookie(renewed, 'elysium_refresh').value).not.toBe(refresh.value); // the refresh token rotates

    // when the browser signs out
    const signOut = await post(SIGN_OUT, {}, { cookie: `elysium_access=${encodeURIComponent(renewedAccess.value)}` });
    // then the session ends and the cookies are cleared
    expect(signOut.body.data).toEqual({ signOut: { endedSessions: 1 } });
    expect(cookie(signOut, 'elysium_access')).toMatchObject({ value: '', attributes: expect.stringContaining('Expires=Thu, 01 Jan 1970') });
    expect(cookie(signOut, 'elysium_refresh').value).toBe('');

    // and a copy of the access token kept by anyone stops working within 5 seconds (cookie or bearer)
    const started = Date.now();
    let refused: Answer | undefined;
    while (Date.now() - started < 6_000) {
      const attempt = await post(WHO_AM_I, {}, { cookie: `elysium_access=${encodeURIComponent(renewedAccess.value)}` });
      if (attempt.status === 401) {
        refused = attempt;
        break;
      }
      expect(attempt.body.data?.myAccount?.email).toBe(client.email); // still the cached "active" until then
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(refused?.body.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(Date.now() - started).toBeLessThan(6_000);
    expect((await post(WHO_AM_I, {}, { authorization: `Bearer ${renewedAccess.value}` })).status).toBe(401);
  }, 30_000);

  it('gives an app its tokens in the answer, sets no cookie, and keeps _activeSessions out of the public API', async () => {
    // when an app signs in (no cookie header)
    const signIn = await post(SIGN_IN, { email: client.email, password: client.password });
    // then the tokens are in the answer and no cookie is set
    const tokens = signIn.body.data!.signIn as { accessToken: string; refreshToken: string };
    expect(tokens.accessToken).toMatch(/^eyJ/);
    expect(tokens.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signIn.setCookies).toEqual([]);
    const me = await post(WHO_AM_I, {}, { authorization: `Bearer ${tokens.accessToken}` });
    expect(me.body.data?.me).toEqual({ id: client.id, email: client.email });
    // and the internal revocation field cannot even be asked for through the gateway
    const internal = await post('query ($ids: [ID!]!) { _activeSessions(ids: $ids) }', { ids: [randomUUID()] });
    expect(internal.body.data ?? null).toBeNull();
    expect(internal.body.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // and a wrong password through the gateway is the same refusal as an unknown address
    const wrong = await post(SIGN_IN, { email: client.email, password: 'certainly not the password' });
    const unknown = await post(SIGN_IN, { email: `nobody-${randomUUID()}@example.com`, password: 'certainly not the password' });
    expect(wrong.body.data).toEqual(unknown.body.data);
    expect(wrong.body.data!.signIn.__typename).toBe('InvalidCredentialsError');
  }, 30_000);
});
