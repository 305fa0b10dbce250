import { randomBytes, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { mintBearerToken } from '@elysium/subgraph-kit/core';
import { graphqlRequest } from '@elysium/subgraph-kit/testing';
import { launchTestGraph, type TestGraph } from '@elysium/tools';

const JWT_SECRET = 'dev-only-jwt-change-me';

type ExportView = { id: string; status: 'PENDING' | 'READY'; receivedParts: string[]; data: Record<string, unknown> | null };
const EXPORT_FIELDS = 'id status receivedParts data';

/**
 * GDPR across the graph: an export gathers a part from every subgraph over the event backbone (and
 * waits for one that is down), and erasure leaves none of the client's personal data anywhere.
 */
describe('GDPR export and erasure through the gateway', () => {
  let graph: TestGraph;
  let sql: Client;
  const unique = randomBytes(4).toString('hex');
  const client = {
    id: randomUUID(),
    email: `gdpr-${unique}@example.com`,
    givenName: `Zephyrine${unique}`,
    familyName: `Quillfeather${unique}`,
    phone: `+4477009${String(parseInt(unique, 16) % 100000).padStart(5, '0')}`,
  };
  const orderId = randomUUID();
  let clientToken: string;
  let adminToken: string;

  const exportAs = async (token: string, id: string) =>
    (await graphqlRequest<{ dataExport: ExportView }>(graph.gatewayUrl, `{ dataExport(id: "${id}") { ${EXPORT_FIELDS} } }`, { token }))
      .data!.dataExport;
  const waitUntilReady = async (id: string, ms = 20_000) => {
    const deadline = Date.now() + ms;
    let view = await exportAs(clientToken, id);
    while (view.status !== 'READY' && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      view = await exportAs(clientToken, id);
    }
    return view;
  };

  beforeAll(async () => {
    graph = await launchTestGraph('gdpr');
    sql = new Client({ connectionString: graph.databaseUrl });
    await sql.connect();
    await sql.query('INSERT INTO customers.customer (id, email, given_name, family_name, phone) VALUES ($1, $2, $3, $4, $5)', [
      client.id,
      client.email,
      client.givenName,
      client.familyName,
      client.phone,
    ]);
    await sql.query(
      `INSERT INTO orders."order" (id, customer_id, status, currency, total_amount, vat_amount) VALUES ($1, $2, 'PAID', 'GBP', 3000000, 500000)`,
      [orderId, client.id],
    );
    await sql.query(
      `INSERT INTO orders.order_line (order_id, position, product_id, title, quantity, unit_price_amount, currency) VALUES ($1, 0, 'product-x', 'Solitaire', 1, 3000000, 'GBP')`,
      [orderId],
    );
    await sql.query(
      `INSERT INTO payments.payment (order_id, customer_id, stripe_payment_intent_id, status, amount_value, currency, card_brand, card_last4)
       VALUES ($1, $2, $3, 'SUCCEEDED', 3000000, 'GBP', 'visa', '4242')`,
      [orderId, client.id, `pi_${unique}`],
    );
    clientToken = await mintBearerToken({ subject: client.id, role: 'customer' }, JWT_SECRET);
    adminToken = await mintBearerToken({ subject: `admin-${unique}`, role: 'admin' }, JWT_SECRET);
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await graph?.stop();
  });

  it("exports the client's data from customers, orders and payments as one JSON document", async () => {
    const started = await graphqlRequest<{ requestDataExport: ExportView }>(
      graph.gatewayUrl,
      `mutation { requestDataExport { ${EXPORT_FIELDS} } }`,
      {
        token: clientToken,
      },
    );
    expect(started.errors).toBeUndefined();
    expect(started.data!.requestDataExport).toMatchObject({ status: 'PENDING', data: null });
    const ready = await waitUntilReady(started.data!.requestDataExport.id);
    expect(ready.receivedParts).toEqual(['customers', 'orders', 'payments']);
    const data = ready.data as {
      customers: { customer: Array<{ email: string }> };
      orders: { orders: Array<{ id: string; total: { amount: number } }> };
      payments: { payments: Array<{ card: { last4: string } }> };
    };
    expect(data.customers.customer[0].email).toBe(client.email);
    expect(data.orders.orders).toEqual([expect.objectContaining({ id: orderId, total: expect.objectContaining({ amount: 3_000_000 }) })]);
    expect(data.payments.payments[0].card.last4).toBe('4242');
    expect(JSON.stringify(data)).not.toMatch(/password_hash|token_hash/);
  });

  it("keeps someone else's export from a client, as if it did not exist", async () => {
    const other = await mintBearerToken({ subject: randomUUID(), role: 'customer' }, JWT_SECRET);
    const started = await graphqlRequest<{ requestDataExport: ExportView }>(graph.gatewayUrl, `mutation { requestDataExport { id } }`, {
      token: clientToken,
    });
    const id = started.data!.requestDataExport.id;
    expect(await exportAs(other, id)).toBeNull();
    expect(await exportAs(other, randomUUID())).toBeNull();
    const forOther = await graphqlRequest(graph.gatewayUrl, `mutation { requestDataExport(customerId: "${client.id}") { id } }`, {
      token: other,
    });
    expect(forOther.data).toEqual({ requestDataExport: null });
  });

  it('finishes an export when a subgraph that was down comes back', async () => {
    const orders = graph.processes.orders;
    orders.kill('SIGSTOP');
    let id: string;
    try {
      const started = await graphqlRequest<{ requestDataExport: ExportView }>(graph.gatewayUrl, `mutation { requestDataExport { id } }`, {
        token: clientToken,
      });
      id = started.data!.requestDataExport.id;
      await new Promise((r) => setTimeout(r, 3000));
      const waiting = await exportAs(clientToken, id);
      expect(waiting.status).toBe('PENDING');
      expect(waiting.receivedParts).not.toContain('orders');
    } finally {
      orders.kill('SIGCONT');
    }
    expect((await waitUntilReady(id!)).receivedParts).toEqual(['customers', 'orders', 'payments']);
  }, 40_000);

  it('erases the client: no email, name or phone is left in any column of any table, and financial records stay', async () => {
    const asClient = await graphqlRequest(graph.gatewayUrl, `mutation { eraseCustomer(customerId: "${client.id}") }`, {
      token: clientToken,
    });
    expect(asClient.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (let i = 0; i < 2; i++) {
      const erased = await graphqlRequest(graph.gatewayUrl, `mutation { eraseCustomer(customerId: "${client.id}") }`, {
        token: adminToken,
      });
      expect(erased.data).toEqual({ eraseCustomer: true });
    }
    // Payments blank the card once their consumer has run.
    const deadline = Date.now() + 20_000;
    const cardLeft = async () =>
      (await sql.query('SELECT card_last4 FROM payments.payment WHERE customer_id = $1', [client.id])).rows[0].card_last4;
    while ((await cardLeft()) !== null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(await cardLeft()).toBeNull();

    // The erasure confirmation's job holds the address until the mail has gone (then it is removed).
    const jobsWithAddress = async () =>
      (await sql.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE data::text ILIKE $1`, [`%${client.email}%`])).rows[0].n;
    while ((await jobsWithAddress()) > 0 && Date.now() < deadline + 20_000) await new Promise((r) => setTimeout(r, 250));

    const tables = (
      await sql.query(
        `SELECT table_schema, table_name FROM information_schema.tables
          WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
      )
    ).rows as Array<{ table_schema: string; table_name: string }>;
    expect(tables.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const { table_schema, table_name } of tables) {
      for (const needle of [client.email, client.givenName, client.familyName, client.phone]) {
        const { rows } = await sql.query(`SELECT count(*)::int AS n FROM "${table_schema}"."${table_name}" t WHERE t::text ILIKE $1`, [
          `%${needle}%`,
        ]);
        if (rows[0].n > 0) found.push(`${table_schema}.${table_name} holds ${needle}`);
      }
    }
    expect(found).toEqual([]);
    const order = await sql.query('SELECT total_amount, vat_amount FROM orders."order" WHERE id = $1', [orderId]);
    expect(order.rows).toEqual([{ total_amount: 3_000_000, vat_amount: 500_000 }]);
    const payment = await sql.query('SELECT amount_value FROM payments.payment WHERE customer_id = $1', [client.id]);
    expect(payment.rows).toEqual([{ amount_value: 3_000_000 }]);
  }, 60_000);
});
