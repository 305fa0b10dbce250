import { randomBytes, randomUUID } from 'node:crypto';
import pino from 'pino';
import {
  bodyDigest,
  freePort,
  parseEnv,
  signCall,
  startPostgresSubgraph,
  transactionRunner,
  verifyBearerToken,
  type EventMessage,
  type Identity,
  type RunningSubgraph,
} from '@elysium/subgraph-kit';
import { createTestDatabase, graphqlRequest, type TestDatabase } from '@elysium/subgraph-kit/testing';
import { DEMO_CUSTOMERS } from '@elysium/demo';
import { startMailSink, type SunkMessage } from '@elysium/mail-sink';
import { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS, seedDemoAccounts } from '../src/account/account.seed';
import { seedCustomers } from '../src/seed';
import { accountEventHandlers } from '../src/account/account.module';
import type { CustomersServices } from '../src/services';
import { customersEnv, type CustomersEnv } from '../src/customers-env';
import { customersSubgraph } from '../src/subgraph';

const SECRET = 'customers-account-e2e-identity-secret';
const STOREFRONT = 'https://shop.elysium.test';
const MAX_FAILURES_PER_ACCOUNT = 3;
const MAX_FAILURES_PER_IP = 5;
// Long enough that a loaded CI machine makes its attempts inside one window.
const THROTTLE_SECONDS = 6;

const TOKENS = `accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt account { id email role verified }`;
const OUTCOME = `__typename ... on ErrorResult { code message }`;
const FIELDS = `... on InputValidationError { fieldErrors { field message } }`;
const WAIT = `... on TooManyAttemptsError { retryAfterSeconds }`;
const REGISTER = `mutation ($input: RegisterInput!) { register(input: $input) { ${OUTCOME} ${FIELDS} ${WAIT} ... on RegistrationReceived { email message } } }`;
const VERIFY = `mutation ($token: String!) { verifyEmail(token: $token) { ${OUTCOME} ... on EmailVerified { email } } }`;
const SIGN_IN = `mutation ($email: String!, $password: String!, $guestToken: String) {
  signIn(email: $email, password: $password, guestToken: $guestToken) { ${OUTCOME} ${FIELDS} ${WAIT} ... on SessionTokens { ${TOKENS} } } }`;
const REFRESH = `mutation ($refreshToken: String) { refreshSession(refreshToken: $refreshToken) { ${OUTCOME} ... on SessionTokens { ${TOKENS} } } }`;
const SIGN_OUT = `mutation { signOut { endedSessions } }`;
const SIGN_OUT_EVERYWHERE = `mutation { signOutEverywhere { endedSessions } }`;
const ACTIVE = `query ($ids: [ID!]!) { _activeSessions(ids: $ids) }`;
const MY_ACCOUNT = `{ myAccount { id email role verified sessions { id current createdAt lastUsedAt } } }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) { ${OUTCOME} ${FIELDS} ${WAIT} ... on PasswordResetRequested { message } } }`;
const RESET = `mutation ($token: String!, $password: String!) { resetPassword(token: $token, newPassword: $password) { ${OUTCOME} ${FIELDS} ... on PasswordChanged { endedSessions } } }`;
const CHANGE = `mutation ($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) { ${OUTCOME} ${FIELDS} ${WAIT} ... on PasswordChanged { endedSessions } } }`;
const REQUEST_EMAIL_CHANGE = `mutation ($email: String!, $password: String!) { requestEmailChange(newEmail: $email, password: $password) { ${OUTCOME} ${FIELDS} ${WAIT} ... on EmailChangeRequested { newEmail } } }`;
const CONFIRM_EMAIL_CHANGE = `mutation ($token: String!) { confirmEmailChange(token: $token) { ${OUTCOME} ... on EmailChanged { email } } }`;
const CREATE_STAFF = `mutation ($input: CreateStaffAccountInput!) { createStaffAccount(input: $input) { ${OUTCOME} ${FIELDS} ... on Account { id email role verified } } }`;

type Outcome = {
  __typename: string;
  code?: string;
  message?: string;
  fieldErrors?: Array<{ field: string; message: string }>;
  retryAfterSeconds?: number;
  [field: string]: unknown;
};
type Tokens = Outcome & {
  accessToken: string | null;
  refreshToken: string | null;
  accessTokenExpiresAt: string;
  refreshTokenExpiresAt: string;
  account: { id: string; email: string; role: string; verified: boolean };
};

interface CallOptions {
  identity?: Identity | null;
  ip?: string;
  transport?: 'cookie' | 'bearer';
  refreshToken?: string;
  /** Send no signed call at all (someone bypassing the gateway). */
  unsigned?: boolean;
}

/** The account slice over HTTP on its own database, its mail caught by a mail sink in this process. */
describe('accounts and sessions (customers subgraph)', () => {
  let database: TestDatabase;
  let sink: Awaited<ReturnType<typeof startMailSink>>;
  let customers: RunningSubgraph<CustomersServices>;
  let settings: CustomersEnv;

  /** A fresh client-side address for each test, so tests never share accounts or mail. */
  const address = (label: string) => `${label}-${randomUUID()}@example.com`;
  /** A fresh IP for each test, so throttling in one test never touches another. */
  const ip = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;

  /** The headers the gateway would send with this operation: a call signed for it alone. */
  const call = (options: CallOptions, operation: { query: string; variables?: unknown }) =>
    options.unsigned
      ? {}
      : signCall(
          {
            audience: 'customers',
            requestId: randomUUID(),
            identity: options.identity ?? null,
            clientIp: options.ip ?? '203.0.113.7',
            session: { transport: options.transport ?? 'bearer', ...(options.refreshToken ? { refreshToken: options.refreshToken } : {}) },
            body: bodyDigest(operation.query, operation.variables),
          },
          SECRET,
        );

  async function gql<T = Record<string, Outcome>>(query: string, variables: Record<string, unknown> = {}, options: CallOptions = {}) {
    return graphqlRequest<T>(customers.url, query, { variables, headers: (operation) => call(options, operation) });
  }

  /** The one result field of a mutation, failing loudly on a GraphQL error. */
  async function outcome<T extends Outcome = Outcome>(query: string, variables: Record<string, unknown> = {}, options: CallOptions = {}) {
    const response = await gql<Record<string, T>>(query, variables, options);
    expect(response.errors).toBeUndefined();
    return Object.values(response.data!)[0];
  }

  const identityOf = async (accessToken: string | null) => (await verifyBearerToken(`Bearer ${accessToken}`, settings.AUTH_JWT_SECRET))!;

  const inbox = async (to: string): Promise<SunkMessage[]> =>
    (await (await fetch(`${sink.url}/api/messages?to=${encodeURIComponent(to)}`)).json()) as SunkMessage[];

  /** Waits for the `count`-th mail to `to` with this subject (the outbox relays within a second or two). */
  async function mailTo(to: string, subject: string, count = 1): Promise<SunkMessage> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const found = (await inbox(to)).filter((m) => m.subject === subject);
      if (found.length >= count) return found[0];
      if (Date.now() > deadline)
        throw new Error(`no mail "${subject}" to ${to}; got ${JSON.stringify((await inbox(to)).map((m) => m.subject))}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }

  const linkToken = (mail: SunkMessage) => {
    const match = /#token=([A-Za-z0-9_-]{43})/.exec(mail.text ?? '');
    expect(match).not.toBeNull();
    expect(mail.text).toContain(`${STOREFRONT}/account/`);
    return match![1];
  };

  const activeSessions = async (ids: string[]) => (await gql<{ _activeSessions: string[] }>(ACTIVE, { ids })).data!._activeSessions;

  /** A client who registered and confirmed their address, through the API and the mail. */
  async function confirmedClient(label: string, password = 'garnet ring for a july birthday') {
    const email = address(label);
    const received = await outcome(REGISTER, { input: { email, password, givenName: 'Test', familyName: 'Client' } }, { ip: ip() });
    expect(received.__typename).toBe('RegistrationReceived');
    const verified = await outcome(VERIFY, { token: linkToken(await mailTo(email, 'Please confirm your email address')) });
    expect(verified).toEqual({ __typename: 'EmailVerified', email });
    return { email, password };
  }

  async function signIn(email: string, password: string, options: CallOptions = {}) {
    return outcome<Tokens>(SIGN_IN, { email, password }, { ip: ip(), ...options });
  }

  async function signedIn(email: string, password: string) {
    const tokens = await signIn(email, password);
    expect(tokens.__typename).toBe('SessionTokens');
    return { tokens, identity: await identityOf(tokens.accessToken) };
  }

  beforeAll(async () => {
    database = await createTestDatabase('customers_account');
    sink = await startMailSink({ host: '127.0.0.1', port: await freePort(), smtpPort: 0, log: pino({ level: 'silent' }) });
    // The customers subgraph as it runs, configured through its environment like the app.
    settings = parseEnv(customersEnv, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: '6',
      IDENTITY_SECRET: SECRET,
      SMTP_URL: sink.smtpUrl,
      STOREFRONT_URL: STOREFRONT,
      SIGN_IN_MAX_FAILURES_PER_ACCOUNT: String(MAX_FAILURES_PER_ACCOUNT),
      SIGN_IN_MAX_FAILURES_PER_IP: String(MAX_FAILURES_PER_IP),
      SIGN_IN_THROTTLE_SECONDS: String(THROTTLE_SECONDS),
      ACCOUNT_MAIL_REQUESTS_PER_IP: '5',
    });
    customers = await startPostgresSubgraph(customersSubgraph, settings);
  }, 60_000);

  afterAll(async () => {
    await customers?.stop();
    await sink?.stop();
    await database?.drop();
  });

  it('registers, confirms by mail, signs in, rotates refresh tokens, and ends the session when an old one is reused', async () => {
    // given a new client who registers
    const email = address('charlotte');
    const password = 'sapphire cluster for our anniversary';
    const received = await outcome(REGISTER, {
      input: { email: ` ${email.toUpperCase()} `, password, givenName: 'Charlotte', familyName: 'Ashworth' },
    });
    expect(received).toMatchObject({ __typename: 'RegistrationReceived', email });
    const [customer] = await customers.dataSource.query(
      `SELECT c.given_name, a.id AS account_id, c.id FROM customer c JOIN account a ON a.id = c.id WHERE a.email = $1`,
      [email],
    );
    expect(customer).toMatchObject({ given_name: 'Charlotte' });
    // when they sign in before confirming
    expect((await signIn(email, password)).__typename).toBe('EmailNotVerifiedError');
    // then the confirmation mail is in their inbox, and its link confirms the address, once
    const mail = await mailTo(email, 'Please confirm your email address');
    expect(mail.from).toBe('ELYSIUM <client.services@elysium.example>');
    expect(mail.html).toContain('Dear Charlotte Ashworth');
    const token = linkToken(mail);
    expect(await outcome(VERIFY, { token })).toEqual({ __typename: 'EmailVerified', email });
    expect((await outcome(VERIFY, { token })).__typename).toBe('InvalidTokenError');
    // the job tables hold ids only: no address, name or token
    const jobs: Array<{ data: unknown }> = await customers.dataSource.query(
      `SELECT data FROM pgboss.job WHERE name = 'customers.send-mail'`,
    );
    expect(jobs.length).toBeGreaterThan(0);
    expect(JSON.stringify(jobs)).not.toMatch(new RegExp(`${email}|Charlotte|${token}`));

    // when they sign in (bearer mode: an app)
    const first = await signIn(email, password);
    // then they get both tokens, the gateway gets them too, and a "new sign-in" mail is sent
    expect(first).toMatchObject({ __typename: 'SessionTokens', account: { id: customer.id, email, role: 'CUSTOMER', verified: true } });
    expect(first.accessToken).toEqual(expect.any(String));
    expect(first.refreshToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const lifetime = Date.parse(first.accessTokenExpiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(9 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(10 * 60_000);
    const identity = await identityOf(first.accessToken);
    expect(identity).toMatchObject({ subject: customer.id, role: 'customer', sessionId: expect.any(String) });
    await mailTo(email, 'New sign-in to your ELYSIUM account');
    expect(await activeSessions([identity.sessionId!, randomUUID(), 'not-a-uuid'])).toEqual([identity.sessionId]);
    const me = await gql<{ myAccount: { email: string; sessions: Array<{ id: string; current: boolean }> } }>(MY_ACCOUNT, {}, { identity });
    expect(me.data!.myAccount).toMatchObject({ email, sessions: [{ id: identity.sessionId, current: true }] });

    // when the app renews with its refresh token
    const second = await outcome<Tokens>(REFRESH, { refreshToken: first.refreshToken });
    // then it gets a new pair for the same session
    expect(second.__typename).toBe('SessionTokens');
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect((await identityOf(second.accessToken)).sessionId).toBe(identity.sessionId);

    // when the first refresh token is presented again (it was copied)
    const reused = await gql<Record<string, Outcome>>(REFRESH, { refreshToken: first.refreshToken });
    // then the session ends for everyone: the newer token fails too, and the gateway hears it is gone
    expect(reused.data!.refreshSession.__typename).toBe('SessionEndedError');
    expect(reused.extensions?.elysiumSession).toEqual({ clear: true });
    expect((await outcome(REFRESH, { refreshToken: second.refreshToken })).__typename).toBe('SessionEndedError');
    expect(await activeSessions([identity.sessionId!])).toEqual([]);
  });

  it('in cookie mode hands the tokens to the gateway only, and renews from the cookie', async () => {
    // given a confirmed client whose browser asks for cookies
    const { email, password } = await confirmedClient('cookie');
    // when they sign in
    const response = await gql<{ signIn: Tokens }>(SIGN_IN, { email, password }, { transport: 'cookie', ip: ip() });
    // then the answer holds no token, the gateway's extension holds both
    expect(response.data!.signIn).toMatchObject({ __typename: 'SessionTokens', accessToken: null, refreshToken: null, account: { email } });
    const session = response.extensions!.elysiumSession as { accessToken: string; refreshToken: string; accessTokenExpiresAt: string };
    expect(session).toMatchObject({ accessToken: expect.any(String), refreshToken: expect.any(String) });
    expect(session.accessTokenExpiresAt).toBe(response.data!.signIn.accessTokenExpiresAt);
    // when the browser renews with no argument (the gateway forwards the refresh cookie)
    const renewed = await gql<{ refreshSession: Tokens }>(REFRESH, {}, { transport: 'cookie', refreshToken: session.refreshToken });
    // then the session goes on, again without tokens in the answer
    expect(renewed.data!.refreshSession).toMatchObject({ __typename: 'SessionTokens', accessToken: null, refreshToken: null });
    expect((renewed.extensions!.elysiumSession as { refreshToken: string }).refreshToken).not.toBe(session.refreshToken);
    // and an unsigned caller gets no extension at all
    const unsigned = await gql(SIGN_IN, { email, password }, { unsigned: true });
    expect(unsigned.extensions?.elysiumSession).toBeUndefined();
  });

  it('signs out this session only, or everywhere', async () => {
    // given a client signed in on three devices
    const { email, password } = await confirmedClient('signout');
    const [a, b, c] = [await signedIn(email, password), await signedIn(email, password), await signedIn(email, password)];
    const ids = [a, b, c].map((s) => s.identity.sessionId!);
    expect((await activeSessions(ids)).sort()).toEqual([...ids].sort());
    // when the first signs out
    const out = await gql<{ signOut: { endedSessions: number } }>(SIGN_OUT, {}, { identity: a.identity });
    // then only that session ends, and the gateway is told to clear its cookies
    expect(out.data!.signOut.endedSessions).toBe(1);
    expect(out.extensions?.elysiumSession).toEqual({ clear: true });
    expect((await activeSessions(ids)).sort()).toEqual([ids[1], ids[2]].sort());
    expect((await outcome(REFRESH, { refreshToken: a.tokens.refreshToken })).__typename).toBe('SessionEndedError');
    // when the second signs out everywhere
    const everywhere = await gql<{ signOutEverywhere: { endedSessions: number } }>(SIGN_OUT_EVERYWHERE, {}, { identity: b.identity });
    // then every session has ended
    expect(everywhere.data!.signOutEverywhere.endedSessions).toBe(2);
    expect(await activeSessions(ids)).toEqual([]);
    // and signing out everywhere needs someone signed in
    expect((await gql(SIGN_OUT_EVERYWHERE)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('resets a password once, within the hour, ending every session', async () => {
    // given a signed-in client who forgot their password
    const { email, password } = await confirmedClient('reset');
    const { identity } = await signedIn(email, password);
    expect(await outcome(REQUEST_RESET, { email }, { ip: ip() })).toMatchObject({ __typename: 'PasswordResetRequested' });
    const token = linkToken(await mailTo(email, 'Choose a new password'));
    const [row] = await customers.dataSource.query(
      `SELECT extract(epoch FROM t.expires_at - t.created_at)::int AS seconds FROM one_time_token t JOIN account a ON a.id = t.account_id WHERE a.email = $1 AND t.purpose = 'RESET_PASSWORD'`,
      [email],
    );
    expect(row.seconds).toBe(3600);
    // when they choose a weak password, the link still works afterwards
    expect(await outcome(RESET, { token, password: 'password1234' })).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'newPassword', message: expect.stringMatching(/commonly used/) }],
    });
    // when they choose a good one
    const newPassword = 'opal pendant from the camden market';
    expect(await outcome(RESET, { token, password: newPassword })).toEqual({ __typename: 'PasswordChanged', endedSessions: 1 });
    // then the old session has ended, the link is spent, and only the new password works
    expect(await activeSessions([identity.sessionId!])).toEqual([]);
    expect((await outcome(RESET, { token, password: 'another fine new password' })).__typename).toBe('InvalidTokenError');
    expect((await signIn(email, password)).__typename).toBe('InvalidCredentialsError');
    expect((await signIn(email, newPassword)).__typename).toBe('SessionTokens');
    await mailTo(email, 'Your password was changed');
    // when a later link is older than an hour
    await outcome(REQUEST_RESET, { email }, { ip: ip() });
    const late = linkToken(await mailTo(email, 'Choose a new password', 2));
    expect(late).not.toBe(token);
    await customers.dataSource.query(
      `UPDATE one_time_token SET expires_at = now() - interval '1 second' WHERE used_at IS NULL AND purpose = 'RESET_PASSWORD'`,
    );
    // then it no longer works
    expect((await outcome(RESET, { token: late, password: 'yet another fine new password' })).__typename).toBe('InvalidTokenError');
    // and a link used twice at the same moment sets one password
    await outcome(REQUEST_RESET, { email }, { ip: ip() });
    const raced = linkToken(await mailTo(email, 'Choose a new password', 3));
    const results = await Promise.all(
      ['first racing password', 'second racing password'].map((racing) => outcome(RESET, { token: raced, password: racing })),
    );
    expect(results.map((r) => r.__typename).sort()).toEqual(['InvalidTokenError', 'PasswordChanged']);
  });

  it('changes the password from a signed-in session, ending the others', async () => {
    const { email, password } = await confirmedClient('change');
    const here = await signedIn(email, password);
    const elsewhere = await signedIn(email, password);
    // when both fields are wrong, both are named
    const refused = await outcome(CHANGE, { current: 'not my password at all', next: 'qwertyuiop123' }, { identity: here.identity });
    expect(refused.fieldErrors?.map((e) => e.field)).toEqual(['currentPassword', 'newPassword']);
    // when they are right
    expect(await outcome(CHANGE, { current: password, next: 'moonstone drops for the wedding' }, { identity: here.identity })).toEqual({
      __typename: 'PasswordChanged',
      endedSessions: 1,
    });
    // then this session lives on and the other has ended
    expect(await activeSessions([here.identity.sessionId!, elsewhere.identity.sessionId!])).toEqual([here.identity.sessionId]);
  });

  it('throttles password guessing per address and per IP, and lets the owner in again after the window', async () => {
    const { email, password } = await confirmedClient('throttle');
    const from = ip();
    // a success clears the address's count
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT - 1; i++)
      expect((await signIn(email, 'wrong but long enough', { ip: from })).__typename).toBe('InvalidCredentialsError');
    expect((await signIn(email, password, { ip: from })).__typename).toBe('SessionTokens');
    // when the address gets as many failures as allowed
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++)
      expect((await signIn(email, 'wrong but long enough', { ip: ip() })).__typename).toBe('InvalidCredentialsError');
    // then even the right password is refused, from any IP, until the window passes
    const locked = await signIn(email, password, { ip: ip() });
    expect(locked).toMatchObject({ __typename: 'TooManyAttemptsError' });
    expect(locked.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(THROTTLE_SECONDS);
    await new Promise((resolve) => setTimeout(resolve, THROTTLE_SECONDS * 1000 + 200));
    expect((await signIn(email, password, { ip: ip() })).__typename).toBe('SessionTokens');
    // when one IP tries many addresses
    const guesser = ip();
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++)
      expect((await signIn(address('nobody'), 'a guess that is long', { ip: guesser })).__typename).toBe('InvalidCredentialsError');
    // then that IP is refused for any address, and other IPs are not
    expect((await signIn(email, password, { ip: guesser })).__typename).toBe('TooManyAttemptsError');
    expect((await signIn(email, password, { ip: ip() })).__typename).toBe('SessionTokens');
  });

  it('answers the same, in about the same time, whether or not an address has an account', async () => {
    const { email, password } = await confirmedClient('known');
    const unknown = address('unknown');
    const timed = async <T>(work: () => Promise<T>) => {
      const started = performance.now();
      const result = await work();
      return { result, ms: performance.now() - started };
    };
    const median = (values: number[]) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];

    // sign-in: a wrong password and an unknown address
    const wrong: number[] = [];
    const missing: number[] = [];
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const a = await timed(() => signIn(email, 'not the password, sorry'));
      const b = await timed(() => signIn(unknown, 'not the password, sorry'));
      expect(a.result).toEqual(b.result);
      expect(a.result.__typename).toBe('InvalidCredentialsError');
      wrong.push(a.ms);
      missing.push(b.ms);
    }
    // Both verify a hash; an unknown address that skipped it would answer some twenty times faster.
    expect(median(missing) / median(wrong)).toBeGreaterThan(1 / 3);
    expect(median(missing) / median(wrong)).toBeLessThan(3);

    // registration: a known address gets the new-address answer and a mail saying so
    const input = (e: string) => ({ input: { email: e, password: 'lapis lazuli cufflinks', givenName: 'Someone', familyName: 'Else' } });
    // (medians of five each, taken in turn: one sample on a busy machine says little. A leak would be
    // a path that skips the password hash, some twenty times faster: a factor of 3 still catches it,
    // where a factor of 2 failed on noise alone when the whole suite shares two cores.)
    const known: number[] = [];
    const fresh: number[] = [];
    for (let i = 0; i < 5; i++) {
      const a = await timed(() => outcome(REGISTER, input(email), { ip: ip() }));
      const b = await timed(() => outcome(REGISTER, input(i === 0 ? unknown : address(`fresh-${i}`)), { ip: ip() }));
      expect({ ...a.result, email: 'x' }).toEqual({ ...b.result, email: 'x' });
      known.push(a.ms);
      fresh.push(b.ms);
    }
    expect(median(known) / median(fresh)).toBeGreaterThan(1 / 3);
    expect(median(known) / median(fresh)).toBeLessThan(3);
    await mailTo(email, 'Someone tried to register with your address');
    await new Promise((resolve) => setTimeout(resolve, THROTTLE_SECONDS * 1000)); // the failures above locked the address
    expect((await signIn(email, password)).__typename).toBe('SessionTokens'); // the first password still stands
    const [{ n }] = await customers.dataSource.query(`SELECT count(*)::int AS n FROM customer WHERE email = $1`, [email]);
    expect(n).toBe(1);

    // password reset: the same answer
    expect(await outcome(REQUEST_RESET, { email }, { ip: ip() })).toEqual(
      await outcome(REQUEST_RESET, { email: address('nobody') }, { ip: ip() }),
    );
  });

  it('names every bad field, password policy included', async () => {
    const refused = await outcome(
      REGISTER,
      { input: { email: 'not-an-address', password: 'short', givenName: ' ', familyName: 'Ok' } },
      { ip: ip() },
    );
    expect(refused.__typename).toBe('InputValidationError');
    expect(refused.fieldErrors).toEqual([
      { field: 'input.email', message: expect.stringMatching(/email address/) },
      { field: 'input.givenName', message: expect.stringMatching(/empty/) },
      { field: 'input.password', message: expect.stringMatching(/at least 12 characters/) },
    ]);
    const email = address('policy');
    const own = await outcome(
      REGISTER,
      { input: { email, password: `${email.split('@')[0]}!`, givenName: 'Pat', familyName: 'Policy' } },
      { ip: ip() },
    );
    expect(own.fieldErrors).toEqual([{ field: 'input.password', message: expect.stringMatching(/name or email/) }]);
    const common = await outcome(
      REGISTER,
      { input: { email, password: 'iloveyou1234', givenName: 'Pat', familyName: 'Policy' } },
      { ip: ip() },
    );
    expect(common.fieldErrors).toEqual([{ field: 'input.password', message: expect.stringMatching(/commonly used/) }]);
    // nothing was created
    expect(await customers.dataSource.query(`SELECT 1 FROM account WHERE email = $1`, [email])).toEqual([]);
  });

  it('limits mail-sending requests per IP', async () => {
    const from = ip();
    for (let i = 0; i < 5; i++)
      expect((await outcome(REQUEST_RESET, { email: address('flood') }, { ip: from })).__typename).toBe('PasswordResetRequested');
    expect((await outcome(REQUEST_RESET, { email: address('flood') }, { ip: from })).__typename).toBe('TooManyAttemptsError');
  });

  it('sends a mail once when its job is delivered twice', async () => {
    // given a job for a real account
    const { email } = await confirmedClient('twice');
    const [account] = await customers.dataSource.query(`SELECT id FROM account WHERE email = $1`, [email]);
    const message: EventMessage = {
      id: randomUUID(),
      name: 'customers.send-mail',
      data: { template: 'password-changed', accountId: account.id },
      publishedAt: new Date().toISOString(),
    };
    const [handler] = accountEventHandlers(customers.services);
    // when the bus delivers it twice
    const first = await customers.bus.deliverOnce(customers.dataSource, handler, message);
    const second = await customers.bus.deliverOnce(customers.dataSource, handler, message);
    // then one mail went out, with the id derived from the job
    expect([first, second]).toEqual([true, false]);
    const sent = (await inbox(email)).filter((m) => m.messageId === `<${message.id}@elysium.example>`);
    expect(sent).toHaveLength(1);
    expect(sent[0].subject).toBe('Your password was changed');
  });

  it('changes the address only from the link mailed to the new one', async () => {
    const { email, password } = await confirmedClient('move');
    const { identity } = await signedIn(email, password);
    const newEmail = address('moved');
    expect((await outcome(REQUEST_EMAIL_CHANGE, { email: newEmail, password: 'not my password' }, { identity })).fieldErrors).toEqual([
      { field: 'password', message: expect.any(String) },
    ]);
    expect(await outcome(REQUEST_EMAIL_CHANGE, { email: newEmail, password }, { identity })).toEqual({
      __typename: 'EmailChangeRequested',
      newEmail,
    });
    const token = linkToken(await mailTo(newEmail, 'Please confirm your new email address'));
    expect(await outcome(CONFIRM_EMAIL_CHANGE, { token })).toEqual({ __typename: 'EmailChanged', email: newEmail });
    expect((await signIn(email, password)).__typename).toBe('InvalidCredentialsError');
    expect((await signIn(newEmail, password)).account).toMatchObject({ email: newEmail, verified: true });
    const [client] = await customers.dataSource.query(`SELECT email FROM customer WHERE id = $1`, [identity.subject]);
    expect(client.email).toBe(newEmail);
  });

  it('lets only ADMIN create staff accounts, who choose their own password from the invitation', async () => {
    const email = address('atelier');
    const input = { email, role: 'ATELIER' };
    const asStaff = await gql(CREATE_STAFF, { input }, { identity: { subject: randomUUID(), role: 'staff' } });
    expect(asStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const admin: Identity = { subject: randomUUID(), role: 'admin' };
    expect((await outcome(CREATE_STAFF, { input: { email, role: 'CUSTOMER' } }, { identity: admin })).fieldErrors).toEqual([
      { field: 'input.role', message: expect.any(String) },
    ]);
    const created = await outcome(CREATE_STAFF, { input }, { identity: admin });
    expect(created).toMatchObject({ __typename: 'Account', email, role: 'ATELIER', verified: false });
    expect((await outcome(CREATE_STAFF, { input }, { identity: admin })).__typename).toBe('EmailTakenError');
    // no password yet: nobody can sign in, the administrator included
    expect((await signIn(email, 'any password you like')).__typename).toBe('InvalidCredentialsError');
    const token = linkToken(await mailTo(email, 'Your ELYSIUM staff account'));
    const password = 'bench vice and a loupe, please';
    expect((await outcome(RESET, { token, password })).__typename).toBe('PasswordChanged');
    const tokens = await signIn(email, password, { ip: ip() });
    expect(tokens.account).toMatchObject({ role: 'ATELIER', verified: true });
    expect(await identityOf(tokens.accessToken)).toMatchObject({ role: 'atelier' });
    expect(await customers.dataSource.query(`SELECT 1 FROM customer WHERE id = $1`, [created.id])).toEqual([]);
  });

  it('never signs in an erased account, and forgets its sessions and address', async () => {
    const { email, password } = await confirmedClient('erased');
    const { identity, tokens } = await signedIn(email, password);
    // when erasure ends its sessions and erases the account, in one transaction
    const live = await transactionRunner(
      customers.dataSource,
      customers.bus,
    )(async (tx) => {
      const ended = await customers.services.account.revokeAllSessions(tx, identity.subject);
      await customers.services.account.eraseAccount(tx, identity.subject);
      return ended;
    });
    expect(live).toBe(1);
    // then nothing it held works any more, and it keeps no address or password
    expect(await activeSessions([identity.sessionId!])).toEqual([]);
    expect((await signIn(email, password)).__typename).toBe('InvalidCredentialsError');
    expect((await outcome(REFRESH, { refreshToken: tokens.refreshToken })).__typename).toBe('SessionEndedError');
    const [account] = await customers.dataSource.query(`SELECT status, email, password_hash FROM account WHERE id = $1`, [
      identity.subject,
    ]);
    expect(account).toEqual({ status: 'ERASED', email: `erased-${identity.subject}@erased.invalid`, password_hash: null });
    expect(await customers.dataSource.query(`SELECT ip FROM session WHERE account_id = $1 AND ip IS NOT NULL`, [identity.subject])).toEqual(
      [],
    );
  });

  it('keeps _activeSessions for signed service calls, at most 100 ids', async () => {
    expect((await gql(ACTIVE, { ids: [randomUUID()] }, { unsigned: true })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(
      (await gql(ACTIVE, { ids: [randomUUID()] }, { identity: { subject: randomUUID(), role: 'customer' } })).errors?.[0].extensions?.code,
    ).toBe('FORBIDDEN');
    const many = Array.from({ length: 101 }, () => randomUUID());
    expect((await gql(ACTIVE, { ids: many })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    expect((await gql(ACTIVE, { ids: many.slice(0, 100) })).data).toEqual({ _activeSessions: [] });
  });

  it('moves a guest’s lists into the account at sign-in, and is not stopped by a stale guest token', async () => {
    // given a visitor with a guest session who then signs in with its token
    const { email, password } = await confirmedClient('guest');
    const started = await gql<{ startGuestSession: { guestToken: string } }>(`mutation { startGuestSession { guestToken } }`);
    const guestToken = started.data!.startGuestSession.guestToken;
    const guestSession = `query ($t: String!) { guestSession(guestToken: $t) { createdAt } }`;
    expect((await gql<{ guestSession: unknown }>(guestSession, { t: guestToken })).data!.guestSession).not.toBeNull();
    expect((await outcome<Tokens>(SIGN_IN, { email, password, guestToken }, { ip: ip() })).__typename).toBe('SessionTokens');
    // then the guest session was merged into the client's lists (and so no longer exists)
    expect((await gql<{ guestSession: unknown }>(guestSession, { t: guestToken })).data!.guestSession).toBeNull();
    // and a token that opens nothing does not stop anyone signing in
    const stale = randomBytes(32).toString('base64url');
    expect((await outcome<Tokens>(SIGN_IN, { email, password, guestToken: stale }, { ip: ip() })).__typename).toBe('SessionTokens');
  });

  it('refuses malformed and oversized tokens without a query', async () => {
    expect((await outcome(VERIFY, { token: 'x' })).__typename).toBe('InvalidTokenError');
    expect((await outcome(REFRESH, { refreshToken: 'x' })).__typename).toBe('SessionEndedError');
    expect((await gql(VERIFY, { token: 'x'.repeat(65) })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'token' });
  });

  it('seeds one demo account per role, Charlotte’s on her client record, idempotently', async () => {
    // given the demo client's record (what npm start seeds first), seeded twice
    await seedCustomers(customers.dataSource, [DEMO_CUSTOMERS[0]]);
    await seedDemoAccounts(customers.dataSource);
    await seedDemoAccounts(customers.dataSource);
    // then each demo account signs in with the demo password, in its role
    expect(DEMO_ACCOUNTS.map((a) => a.role)).toEqual(['customer', 'staff', 'atelier', 'admin']);
    for (const account of DEMO_ACCOUNTS) {
      const tokens = await signIn(account.email, DEMO_ACCOUNT_PASSWORD);
      expect(tokens.account).toMatchObject({ id: account.id, role: account.role.toUpperCase(), verified: true });
    }
    expect(DEMO_ACCOUNTS[0]).toMatchObject({ id: DEMO_CUSTOMERS[0].id, email: DEMO_CUSTOMERS[0].email });
  });
});
