import { randomUUID } from 'node:crypto';
import { signedCall, type EventHandler, type RunningSubgraph } from '@elysium/subgraph-kit';
import { createTestDatabase, graphqlRequest, type TestDatabase } from '@elysium/subgraph-kit/testing';
import { seedCustomers } from '../src/seed';
import { startCustomers } from './start-customers';
import type { CustomersServices } from '../src/services';

const SECRET = 'customers-audit-e2e-secret';
const as = (subject: string, role: 'customer' | 'staff' | 'admin') => signedCall('customers', SECRET, { subject, role });

/** The audit log: staff reads land in it, only ADMIN reads it, and nobody changes it. */
describe('audit log', () => {
  let database: TestDatabase;
  let customers: RunningSubgraph<CustomersServices>;
  const client = { id: randomUUID(), email: `audit-${randomUUID()}@example.com`, givenName: 'Ada', familyName: 'Audit', phone: null };
  const staffId = `staff-${randomUUID()}`;

  const entriesFor = (targetId: string) =>
    customers.dataSource.query(`SELECT actor_id, actor_role, action, target_type FROM customers.audit_log WHERE target_id = $1`, [
      targetId,
    ]);
  const waitForEntries = async (targetId: string, count: number) => {
    const deadline = Date.now() + 15_000;
    while ((await entriesFor(targetId)).length < count && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    return entriesFor(targetId);
  };

  beforeAll(async () => {
    database = await createTestDatabase('customers_audit');
    customers = await startCustomers(database.url, SECRET);
    await seedCustomers(customers.dataSource, [client]);
  }, 60_000);

  afterAll(async () => {
    await customers?.stop();
    await database?.drop();
  });

  it("records a staff read of a client's record, once per request, and not the client's own", async () => {
    const query = `{ a: customer(id: "${client.id}") { email } b: customer(id: "${client.id}") { givenName } }`;
    expect((await graphqlRequest(customers.url, query, { headers: as(staffId, 'staff') })).errors).toBeUndefined();
    expect((await graphqlRequest(customers.url, query, { headers: as(client.id, 'customer') })).errors).toBeUndefined();
    expect(await waitForEntries(client.id, 1)).toHaveLength(1);
    await new Promise((r) => setTimeout(r, 1500)); // nothing more arrives
    expect(await entriesFor(client.id)).toEqual([
      { actor_id: staffId, actor_role: 'staff', action: 'customer.read', target_type: 'Customer' },
    ]);
  });

  it('is readable by ADMIN only, newest first, a page at a time', async () => {
    for (let i = 0; i < 3; i++) {
      await graphqlRequest(customers.url, `{ customer(id: "${client.id}") { email } }`, { headers: as(`pager-${i}`, 'staff') });
      await waitForEntries(client.id, 2 + i);
    }
    const page = `query ($after: String) { auditLog(first: 2, after: $after, filter: { targetId: "${client.id}" }) { entries { actorId action } endCursor hasNextPage } }`;
    const asStaff = await graphqlRequest(customers.url, page, { headers: as(staffId, 'staff') });
    expect(asStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    type Page = { auditLog: { entries: Array<{ actorId: string }>; endCursor: string; hasNextPage: boolean } };
    const first = await graphqlRequest<Page>(customers.url, page, { headers: as('admin-1', 'admin') });
    expect(first.data!.auditLog.entries.map((e) => e.actorId)).toEqual(['pager-2', 'pager-1']);
    expect(first.data!.auditLog.hasNextPage).toBe(true);
    const second = await graphqlRequest<Page>(customers.url, page, {
      headers: as('admin-1', 'admin'),
      variables: { after: first.data!.auditLog.endCursor },
    });
    expect(second.data!.auditLog.entries.map((e) => e.actorId)).toEqual(['pager-0', staffId]);
    expect(second.data!.auditLog.hasNextPage).toBe(false);
  });

  it('lets client service find a client by email, name or phone, and audits every client found', async () => {
    const found = {
      id: randomUUID(),
      email: `marguerite-${randomUUID()}@example.com`,
      givenName: 'Marguerite',
      familyName: 'Fairweather',
      phone: '+447700900321',
    };
    await seedCustomers(customers.dataSource, [found]);
    const search = (text: string, role: 'staff' | 'customer' = 'staff') =>
      graphqlRequest<{ searchCustomers: Array<{ id: string }> }>(
        customers.url,
        'query ($t: String!) { searchCustomers(text: $t) { id } }',
        {
          headers: as(staffId, role),
          variables: { t: text },
        },
      );
    for (const text of [found.email.slice(0, 14), 'rguerite fair', '07700 900321']) {
      expect((await search(text)).data!.searchCustomers.map((c) => c.id)).toEqual([found.id]);
    }
    expect((await search('100%_')).data!.searchCustomers).toEqual([]);
    expect((await search('Marguerite', 'customer')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await search('x')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(await waitForEntries(found.id, 3)).toHaveLength(3);
  });

  it('cannot be updated, deleted or truncated, and a redelivered entry adds nothing', async () => {
    for (const statement of [
      `UPDATE customers.audit_log SET actor_id = 'someone-else'`,
      `DELETE FROM customers.audit_log`,
      `TRUNCATE customers.audit_log`,
    ]) {
      await expect(customers.dataSource.query(statement)).rejects.toThrow(/append-only/);
    }
    const message = {
      id: randomUUID(),
      name: 'audit.recorded',
      publishedAt: new Date().toISOString(),
      data: {
        actor: 'x',
        role: 'staff',
        action: 'customer.read',
        targetType: 'Customer',
        targetId: 'redelivered',
        requestId: 'r',
        service: 'customers',
      },
    };
    const handler: EventHandler = { queue: 'customers.audit-log', handle: (m, tx) => customers.services.audit.append(tx, m) };
    await customers.bus.deliverOnce(customers.dataSource, handler, message);
    await customers.bus.deliverOnce(customers.dataSource, handler, message);
    expect(await entriesFor('redelivered')).toHaveLength(1);
  });
});
