import { randomUUID } from 'node:crypto';
import { signedCall, type Identity, type RunningSubgraph } from '@elysium/subgraph-kit';
import { createTestDatabase, graphqlRequest, type TestDatabase } from '@elysium/subgraph-kit/testing';
import { seedCustomers } from '../src/seed';
import { startCustomers } from './start-customers';
import type { CustomersServices } from '../src/services';

const SECRET = 'customers-consent-e2e-identity-secret';
const as = (identity: Identity | null) => signedCall('customers', SECRET, identity);
const client = (id: string): Identity => ({ subject: id, role: 'customer' });
const staff: Identity = { subject: 'staff-consent', role: 'staff' };

const RECORD = `mutation ($input: RecordConsentInput!) {
  recordConsent(input: $input) {
    __typename
    ... on ErrorResult { code message }
    ... on InputValidationError { fieldErrors { field } }
    ... on ConsentRecord { id channel purpose granted source policyVersion recordedByStaff recordedBy recordedAt }
  }
}`;
const CONSENTS = `query ($id: ID!) { customer(id: $id) { consents { channel purpose granted source policyVersion } } }`;
const HISTORY = `query ($id: ID!, $first: Int!, $after: String) {
  customer(id: $id) { consentHistory(first: $first, after: $after) {
    edges { cursor node { id channel purpose granted } } nodes { id } pageInfo { hasNextPage endCursor } } }
}`;

type Recorded = {
  __typename: string;
  code?: string;
  fieldErrors?: Array<{ field: string }>;
  id?: string;
  source?: string;
  recordedByStaff?: boolean;
  recordedBy?: string | null;
};
type Consent = { channel: string; purpose: string; granted: boolean; source: string; policyVersion: string };
type History = {
  customer: {
    consentHistory: {
      edges: Array<{ cursor: string; node: { id: string; channel: string; purpose: string; granted: boolean } }>;
      nodes: Array<{ id: string }>;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  } | null;
};

/** Consent: an append-only log of every answer, the current state derived from it. */
describe('consent', () => {
  let database: TestDatabase;
  let customers: RunningSubgraph<CustomersServices>;

  const newClient = async () => {
    const id = randomUUID();
    await seedCustomers(customers.dataSource, [
      { id, email: `consent-${id}@example.com`, givenName: 'Cora', familyName: 'Consent', phone: null },
    ]);
    return id;
  };
  const record = async (identity: Identity | null, input: Record<string, unknown>) => {
    const response = await graphqlRequest<{ recordConsent: Recorded }>(customers.url, RECORD, {
      headers: as(identity),
      variables: { input },
    });
    return response;
  };
  const answer = (channel: string, purpose: string, granted: boolean, extra: Record<string, unknown> = {}) => ({
    channel,
    purpose,
    granted,
    policyVersion: '2026-01',
    ...extra,
  });
  const consents = async (id: string, identity: Identity = client(id)) =>
    (
      await graphqlRequest<{ customer: { consents: Consent[] } | null }>(customers.url, CONSENTS, {
        headers: as(identity),
        variables: { id },
      })
    ).data!.customer;
  const history = (id: string, first: number, after: string | null = null, identity: Identity = client(id)) =>
    graphqlRequest<History>(customers.url, HISTORY, { headers: as(identity), variables: { id, first, after } });
  const logSize = async (id: string) =>
    (await customers.dataSource.query(`SELECT count(*)::int AS n FROM consent_event WHERE customer_id = $1`, [id]))[0].n as number;
  const byPair = (list: Consent[]) => [...list].sort((a, b) => `${a.channel}/${a.purpose}`.localeCompare(`${b.channel}/${b.purpose}`));

  beforeAll(async () => {
    database = await createTestDatabase('customers_consent');
    customers = await startCustomers(database.url, SECRET);
  }, 60_000);

  afterAll(async () => {
    await customers?.stop();
    await database?.drop();
  });

  it("records a client's own answers from the storefront and derives the current state from the latest entry per channel and purpose", async () => {
    const me = await newClient();
    const granted = await record(client(me), answer('EMAIL', 'MARKETING', true));
    expect(granted.data!.recordConsent).toMatchObject({
      __typename: 'ConsentRecord',
      source: 'STOREFRONT',
      recordedByStaff: false,
      recordedBy: null,
    });
    await record(client(me), answer('SMS', 'MARKETING', true));
    await record(client(me), answer('EMAIL', 'MARKETING', false, { policyVersion: '2026-02' }));
    await record(client(me), answer('EMAIL', 'EVENTS', true));
    await record(client(me), answer('SMS', 'MARKETING', false));
    await record(client(me), answer('SMS', 'MARKETING', true));

    expect(byPair((await consents(me))!.consents)).toEqual([
      { channel: 'EMAIL', purpose: 'EVENTS', granted: true, source: 'STOREFRONT', policyVersion: '2026-01' },
      { channel: 'EMAIL', purpose: 'MARKETING', granted: false, source: 'STOREFRONT', policyVersion: '2026-02' },
      { channel: 'SMS', purpose: 'MARKETING', granted: true, source: 'STOREFRONT', policyVersion: '2026-01' },
    ]);
    // Nothing was edited in place: every answer is still in the log.
    expect(await logSize(me)).toBe(6);
  });

  it('pages the history newest first with opaque cursors', async () => {
    const me = await newClient();
    const ids: string[] = [];
    for (const purpose of ['MARKETING', 'EVENTS', 'CLIENTELING_REMINDERS', 'MARKETING', 'EVENTS']) {
      ids.push((await record(client(me), answer('POST', purpose, true))).data!.recordConsent.id!);
    }
    const newestFirst = [...ids].reverse();
    const seen: string[] = [];
    let after: string | null = null;
    const pages: boolean[] = [];
    do {
      const page: History = (await history(me, 2, after)).data!;
      const connection = page.customer!.consentHistory;
      expect(connection.nodes.map((n) => n.id)).toEqual(connection.edges.map((e) => e.node.id));
      seen.push(...connection.nodes.map((n) => n.id));
      pages.push(connection.pageInfo.hasNextPage);
      after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(newestFirst);
    expect(pages).toEqual([true, true, false]);
    // A page that ends exactly at the oldest entry says so.
    const whole = (await history(me, 5)).data!.customer!.consentHistory;
    expect(whole.nodes.map((n) => n.id)).toEqual(newestFirst);
    expect(whole.pageInfo.hasNextPage).toBe(false);

    const forged = await history(me, 2, Buffer.from('offset:3').toString('base64url'));
    expect(forged.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const tooMany = await history(me, 101);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it("lets staff record any client's answer as CLIENT_SERVICE, and audits it", async () => {
    const c = await newClient();
    const recorded = await record(staff, answer('PHONE', 'CLIENTELING_REMINDERS', true, { customerId: c }));
    expect(recorded.data!.recordConsent).toMatchObject({
      __typename: 'ConsentRecord',
      source: 'CLIENT_SERVICE',
      recordedByStaff: true,
      recordedBy: staff.subject,
    });
    // The client sees that staff recorded it, not who.
    const own = await history(c, 5);
    expect(own.data!.customer!.consentHistory.nodes).toHaveLength(1);
    const seenByClient = await graphqlRequest<{
      customer: { consentHistory: { nodes: Array<{ recordedBy: string | null; recordedByStaff: boolean }> } };
    }>(customers.url, `query ($id: ID!) { customer(id: $id) { consentHistory(first: 1) { nodes { recordedBy recordedByStaff } } } }`, {
      headers: as(client(c)),
      variables: { id: c },
    });
    expect(seenByClient.data!.customer.consentHistory.nodes).toEqual([{ recordedBy: null, recordedByStaff: true }]);

    const [job] = await customers.dataSource.query(
      `SELECT data->'data' AS data FROM pgboss.job WHERE name = 'customers.audit-log' AND data->'data'->>'action' = 'consent.recorded' AND data->'data'->>'targetId' = $1`,
      [c],
    );
    expect(job.data).toMatchObject({
      actor: staff.subject,
      role: 'staff',
      action: 'consent.recorded',
      targetType: 'Customer',
      targetId: c,
    });
    expect(job.data.requestId).toEqual(expect.any(String));

    // A client's own answer is not a staff action: no audit event.
    await record(client(c), answer('PHONE', 'CLIENTELING_REMINDERS', false));
    const jobs = await customers.dataSource.query(
      `SELECT 1 FROM pgboss.job WHERE name = 'customers.audit-log' AND data->'data'->>'action' = 'consent.recorded' AND data->'data'->>'targetId' = $1`,
      [c],
    );
    expect(jobs).toHaveLength(1);
  });

  it('names every bad field at once', async () => {
    const refused = await record(staff, answer('EMAIL', 'MARKETING', true, { policyVersion: 'v 1; drop table' }));
    expect(refused.data!.recordConsent).toMatchObject({
      __typename: 'InputValidationError',
      fieldErrors: [{ field: 'input.customerId' }, { field: 'input.policyVersion' }],
    });
    const me = await newClient();
    expect((await record(client(me), answer('EMAIL', 'MARKETING', true, { policyVersion: '' }))).data!.recordConsent).toMatchObject({
      fieldErrors: [{ field: 'input.policyVersion' }],
    });
    expect(await logSize(me)).toBe(0);
    const badId = await record(staff, answer('EMAIL', 'MARKETING', true, { customerId: 'not-a-uuid' }));
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.customerId' });
  });

  it("gives client A the same answer for client B's consents as for a client that does not exist, and records nothing for B", async () => {
    const a = await newClient();
    const b = await newClient();
    await record(client(b), answer('EMAIL', 'MARKETING', true));
    const missing = randomUUID();

    const writeB = await record(client(a), answer('EMAIL', 'MARKETING', false, { customerId: b }));
    const writeMissing = await record(client(a), answer('EMAIL', 'MARKETING', false, { customerId: missing }));
    expect(writeB.data!.recordConsent).toEqual({ __typename: 'ConsentClientNotFoundError', code: 'NOT_FOUND', message: 'No such client.' });
    expect(writeB).toEqual(writeMissing);
    expect(await logSize(b)).toBe(1);
    expect(await logSize(a)).toBe(0);

    const readB = await graphqlRequest(customers.url, CONSENTS, { headers: as(client(a)), variables: { id: b } });
    const readMissing = await graphqlRequest(customers.url, CONSENTS, { headers: as(client(a)), variables: { id: missing } });
    expect(readB.data).toEqual({ customer: null });
    expect(readB).toEqual(readMissing);
    const historyB = await history(b, 5, null, client(a));
    expect(historyB.data).toEqual({ customer: null });

    expect((await record(null, answer('EMAIL', 'MARKETING', true))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await record(staff, answer('EMAIL', 'MARKETING', true, { customerId: missing }))).toMatchObject({
      data: { recordConsent: { __typename: 'ConsentClientNotFoundError' } },
    });
  });

  it('refuses UPDATE, DELETE and TRUNCATE on the log, even straight in SQL, and lets erasure of the client take it', async () => {
    const me = await newClient();
    await record(client(me), answer('EMAIL', 'MARKETING', true));
    const refused = { driverError: { code: '42501' } };
    await expect(customers.dataSource.query(`UPDATE consent_event SET granted = false WHERE customer_id = $1`, [me])).rejects.toMatchObject(
      refused,
    );
    await expect(customers.dataSource.query(`DELETE FROM consent_event WHERE customer_id = $1`, [me])).rejects.toMatchObject(refused);
    await expect(customers.dataSource.query(`TRUNCATE consent_event`)).rejects.toMatchObject(refused);
    expect((await consents(me))!.consents).toMatchObject([{ channel: 'EMAIL', purpose: 'MARKETING', granted: true }]);
    expect(await logSize(me)).toBe(1);

    // Erasing the client (ON DELETE CASCADE) is the one way rows leave.
    await customers.dataSource.query(`DELETE FROM customer WHERE id = $1`, [me]);
    expect(await logSize(me)).toBe(0);
  });

  it('costs the same SQL statements for the consents of 1 and 50 clients', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push(await newClient());
    await customers.dataSource.query(
      `INSERT INTO consent_event (customer_id, channel, purpose, granted, source, policy_version, actor_subject, actor_role)
       SELECT c, 'EMAIL', p, true, 'IMPORT', '2025-12', 'import', 'system'
         FROM unnest($1::uuid[]) c, unnest(ARRAY['MARKETING', 'EVENTS']) p`,
      [ids],
    );
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { consents { purpose } consentHistory(first: 1) { nodes { id } } } } }`;
    const statementsFor = async (count: number) => {
      // The request's own statements: each staff read is audited through the queue, whose work lands in
      // the same process at any moment, so the process-wide counter would count it too.
      const response = await graphqlRequest<{ _entities: Array<{ consents: unknown[]; consentHistory: { nodes: unknown[] } }> }>(
        customers.url,
        query,
        { headers: as(staff), variables: { r: ids.slice(0, count).map((id) => ({ __typename: 'Customer', id })) } },
      );
      expect(response.errors).toBeUndefined();
      expect(response.sqlStatements).toBeGreaterThan(0);
      return {
        statements: response.sqlStatements,
        consents: response.data!._entities.reduce((n, c) => n + c.consents.length + c.consentHistory.nodes.length, 0),
      };
    };
    const one = await statementsFor(1);
    const fifty = await statementsFor(50);
    expect(one.consents).toBe(3);
    expect(fifty.consents).toBe(150);
    expect(fifty.statements).toBe(one.statements);
  });
});
