import { randomUUID } from 'node:crypto';
import { signedCall, parseEnv, startPostgresSubgraph, type RunningSubgraph } from '@elysium/subgraph-kit';
import { ordersEnv } from '../src/orders-env';
import { createTestDatabase, graphqlRequest, type TestDatabase } from '@elysium/subgraph-kit/testing';
import { seedOrders } from '../src/seed';
import { ordersSubgraph } from '../src/subgraph';
import type { OrdersServices } from '../src/services';

const SECRET = 'orders-e2e-identity-secret';
const staff = signedCall('orders', SECRET, { subject: 'staff-1', role: 'staff' });

/** The orders subgraph over HTTP on its own fresh database. */
describe('orders subgraph', () => {
  let database: TestDatabase;
  let orders: RunningSubgraph<OrdersServices>;
  const customers = Array.from({ length: 100 }, () => randomUUID());

  beforeAll(async () => {
    database = await createTestDatabase('orders');
    orders = await startPostgresSubgraph(
      ordersSubgraph,
      parseEnv(ordersEnv, {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: '0',
        DATABASE_URL: database.url,
        DATABASE_POOL_SIZE: '4',
        IDENTITY_SECRET: SECRET,
      }),
    );
    // Given 100 clients with two orders of two lines each.
    await seedOrders(
      orders.dataSource,
      customers.flatMap((customerId, i) =>
        [0, 1].map((n) => ({
          id: randomUUID(),
          customerId,
          placedAt: new Date(Date.UTC(2026, 0, 1 + n, 0, i)).toISOString(),
          paid: n === 0,
          lines: [
            { productId: 'product-a', title: 'Ring', quantity: 1, unitPrice: 120_000 },
            { productId: 'product-b', title: 'Band', quantity: 2, unitPrice: 60_000 },
          ],
        })),
      ),
    );
  });

  afterAll(async () => {
    await orders?.stop();
    await database?.drop();
  });

  const entitiesQuery = `query ($representations: [_Any!]!) {
    _entities(representations: $representations) { ... on Customer { id orders(first: 5) { number total { amount } vat { amount } lines { quantity total { amount } product { id } } } } }
  }`;

  async function statementsFor(count: number): Promise<{ statements: number; orders: number }> {
    // The request's own statements (its header): queue work in the same process never counts.
    const response = await graphqlRequest<{ _entities: Array<{ orders: unknown[] }> }>(orders.url, entitiesQuery, {
      variables: { representations: customers.slice(0, count).map((id) => ({ __typename: 'Customer', id })) },
      headers: staff,
    });
    expect(response.errors).toBeUndefined();
    return {
      statements: response.sqlStatements!,
      orders: response.data!._entities.reduce((n, c) => n + c.orders.length, 0),
    };
  }

  it('when the gateway asks for the orders of 1 or 100 clients, it costs the same two SQL statements', async () => {
    const one = await statementsFor(1);
    const hundred = await statementsFor(100);
    expect(one).toEqual({ statements: 2, orders: 2 });
    expect(hundred).toEqual({ statements: 2, orders: 200 });
  });

  it('computes totals and VAT on the server in integer pence', async () => {
    const response = await graphqlRequest<{ _entities: Array<{ orders: Array<{ total: { amount: number }; vat: { amount: number } }> }> }>(
      orders.url,
      entitiesQuery,
      { variables: { representations: [{ __typename: 'Customer', id: customers[0] }] }, headers: staff },
    );
    expect(response.data!._entities[0].orders[0]).toMatchObject({ total: { amount: 240_000 }, vat: { amount: 40_000 } });
  });

  it('refuses another client, an identity not signed by the gateway, and one signed for another subgraph', async () => {
    const other = signedCall('orders', SECRET, { subject: randomUUID(), role: 'customer' });
    const forged = signedCall('orders', 'not-the-gateway-secret', { subject: 'x', role: 'staff' });
    const forAnotherSubgraph = signedCall('customers', SECRET, { subject: 'staff-1', role: 'staff' });
    const variables = { representations: [{ __typename: 'Customer', id: customers[0] }] };
    for (const [headers, code] of [
      [other, 'FORBIDDEN'],
      [forged, 'UNAUTHENTICATED'],
      [forAnotherSubgraph, 'UNAUTHENTICATED'],
    ] as const) {
      const response = await graphqlRequest(orders.url, entitiesQuery, { variables, headers });
      expect(response.errors?.[0].extensions?.code).toBe(code);
      expect(JSON.stringify(response)).not.toContain('stacktrace');
    }
  });

  it('gives a bad page size a BAD_USER_INPUT naming the argument', async () => {
    const response = await graphqlRequest(
      orders.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { orders(first: 500) { id } } } }`,
      {
        variables: { r: [{ __typename: 'Customer', id: customers[0] }] },
        headers: staff,
      },
    );
    expect(response.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
