import { randomUUID } from 'node:crypto';
import { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS, DEMO_CUSTOMERS, DEMO_ORDERS } from '@elysium/demo';
import { graphqlRequest, readMetric } from '@elysium/subgraph-kit/testing';
import { mintBearerToken } from '@elysium/subgraph-kit/core';
import { launchTestGraph, type TestGraph } from '@elysium/tools';
import { graphql } from './gql';

const ClientOverview = graphql(`
  query ClientOverview($id: ID!) {
    products(first: 2) {
      nodes {
        title
        price {
          formatted
        }
        availability {
          status
        }
      }
    }
    customer(id: $id) {
      givenName
      orders {
        number
        total {
          amount
        }
        lines {
          product {
            title
          }
        }
        payment {
          status
          cardLast4
        }
      }
    }
  }
`);

// The gateway's development default, which the launched processes use too.
const JWT_SECRET = 'dev-only-jwt-change-me';

/**
 * The whole graph as `npm start` runs it (separate processes, real HTTP, a fresh database), once
 * behind @apollo/gateway and once behind Hive Gateway: the same supergraph, the same subgraphs, the
 * same answers.
 */
describe.each(['apollo', 'hive'] as const)('supergraph through the gateway (%s)', (engine) => {
  let graph: TestGraph;
  const client = DEMO_CUSTOMERS[0];
  let clientToken: string;
  let staffToken: string;

  beforeAll(async () => {
    graph = await launchTestGraph(`supergraph-${engine}`, { seedDemoData: true, serviceEnv: { gateway: { GATEWAY_ENGINE: engine } } });
    clientToken = await mintBearerToken({ subject: client.id, role: 'customer' }, JWT_SECRET);
    staffToken = await mintBearerToken({ subject: 'staff-1', role: 'staff' }, JWT_SECRET);
  }, 120_000);

  afterAll(async () => {
    await graph?.stop();
  });

  it('given a signed-in client, one query returns data from catalog, inventory, customers, orders and payments', async () => {
    const response = await graphqlRequest(graph.gatewayUrl, ClientOverview, { variables: { id: client.id }, token: clientToken });
    expect(response.errors).toBeUndefined();
    expect(response.data!.products.nodes).toEqual([
      { title: 'Aurelia Solitaire Engagement Ring', price: { formatted: '£14,500.00' }, availability: { status: 'LOW_STOCK' } },
      { title: 'Belgravia Sapphire Pendant', price: { formatted: '£11,800.00' }, availability: { status: 'LOW_STOCK' } },
    ]);
    const orders = response.data!.customer!.orders!;
    expect(orders).toHaveLength(DEMO_ORDERS.filter((o) => o.customerId === client.id).length);
    expect(orders[1]).toMatchObject({
      total: { amount: 1_450_000 },
      lines: [{ product: { title: 'Aurelia Solitaire Engagement Ring' } }],
      payment: { status: 'SUCCEEDED', cardLast4: '4242' },
    });
  });

  it("keeps one client's records from another client and from anonymous callers, without telling them what exists", async () => {
    const other = DEMO_CUSTOMERS[1].id;
    const someoneElsesOrder = DEMO_ORDERS.find((o) => o.customerId === other)!.id;
    const asClient = await graphqlRequest(graph.gatewayUrl, `{ customer(id: "${other}") { email } }`, { token: clientToken });
    expect(asClient.errors).toBeUndefined();
    expect(asClient.data).toEqual({ customer: null });
    // Someone else's order and an order that does not exist give the same answer.
    const ask = (id: string) => graphqlRequest(graph.gatewayUrl, `{ order(id: "${id}") { number } }`, { token: clientToken });
    const [theirs, missing] = await Promise.all([ask(someoneElsesOrder), ask(randomUUID())]);
    expect(theirs.data).toEqual({ order: null });
    expect({ ...theirs, extensions: undefined }).toEqual({ ...missing, extensions: undefined });
    const anonymous = await graphqlRequest(graph.gatewayUrl, `{ order(id: "${someoneElsesOrder}") { number } }`);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const asStaff = await graphqlRequest<{ order: { customer: { email: string } } }>(
      graph.gatewayUrl,
      `{ order(id: "${someoneElsesOrder}") { customer { email } } }`,
      { token: staffToken },
    );
    expect(asStaff.data?.order.customer.email).toBe(DEMO_CUSTOMERS[1].email);
  });

  it('never answers one client with what another asked at the same moment', async () => {
    const [first, second] = [DEMO_CUSTOMERS[0], DEMO_CUSTOMERS[1]];
    const secondToken = await mintBearerToken({ subject: second.id, role: 'customer' }, JWT_SECRET);
    const ask = (token: string) => graphqlRequest<{ me: { email: string } }>(graph.gatewayUrl, '{ me { email } }', { token });
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? ask(clientToken) : ask(secondToken))));
    expect(answers.map((answer) => answer.data?.me.email)).toEqual(
      Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? first.email : second.email)),
    );
  });

  it('signs a browser in with httpOnly cookies and keeps the tokens out of its answer', async () => {
    const staff = DEMO_ACCOUNTS.find((account) => account.role === 'staff')!;
    const response = await fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-elysium-session': 'cookie' },
      body: JSON.stringify({
        query:
          'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename ... on SessionTokens { accessToken } } }',
        variables: { e: staff.email, p: DEMO_ACCOUNT_PASSWORD },
      }),
    });
    const body = (await response.json()) as { data: unknown; extensions?: Record<string, unknown> };
    expect(body.data).toEqual({ signIn: { __typename: 'SessionTokens', accessToken: null } });
    expect(body.extensions?.elysiumSession).toBeUndefined();
    const cookies = response.headers.getSetCookie();
    expect(cookies.map((cookie) => cookie.split('=')[0]).sort()).toEqual(['elysium_access', 'elysium_refresh']);
    expect(cookies.every((cookie) => /; HttpOnly/.test(cookie))).toBe(true);
  });

  it('answers a malformed query and a bad token with a code and no stack trace', async () => {
    const malformed = await graphqlRequest(graph.gatewayUrl, '{ products(first: 2) { nodes { title }');
    expect(malformed.status).toBe(400);
    expect(malformed.errors?.[0].extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
    const badToken = await graphqlRequest(graph.gatewayUrl, '{ products { totalCount } }', { token: 'not-a-jwt' });
    expect(badToken.status).toBe(401);
    expect(badToken.errors?.[0].extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(JSON.stringify([malformed, badToken])).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('measures every operation before any subgraph is called: refuses one over the limits, reports the cost of the rest', async () => {
    const before = await readMetric(graph.subgraphUrls.catalog, 'elysium_graphql_requests_total');
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: products(first: 1) { totalCount }`).join(' ');
    const refused = await graphqlRequest(graph.gatewayUrl, `{ ${aliases} }`);
    expect(refused.status).toBe(400);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_TOO_COMPLEX', measure: 'aliases', value: 40, limit: 30 });
    expect(await readMetric(graph.subgraphUrls.catalog, 'elysium_graphql_requests_total')).toBe(before);
    const answered = await graphqlRequest(graph.gatewayUrl, '{ products(first: 3) { nodes { title } } }', { token: clientToken });
    expect(answered.extensions?.cost).toMatchObject({ requestedQueryCost: expect.any(Number), maximumAvailable: 2000 });
  });

  it("shows pieces with no stock but a lead time as made to order, with the catalog's weeks", async () => {
    const response = await graphqlRequest<{
      products: { nodes: Array<{ leadTimeWeeks: number | null; availability: { status: string; leadTimeWeeks: number | null } }> };
    }>(graph.gatewayUrl, '{ products(first: 100) { nodes { leadTimeWeeks availability { status quantityAvailable leadTimeWeeks } } } }');
    expect(response.errors).toBeUndefined();
    const madeToOrder = response.data!.products.nodes.filter((p) => p.availability.status === 'MADE_TO_ORDER');
    expect(madeToOrder.length).toBeGreaterThan(0);
    expect(madeToOrder.every((p) => p.leadTimeWeeks !== null && p.availability.leadTimeWeeks === p.leadTimeWeeks)).toBe(true);
  });

  it('answers a repeated anonymous listing from its cache, but always runs signed-in requests', async () => {
    const listing = '{ products(first: 7, sort: PRICE_ASC) { nodes { title availability { status } } } }';
    const send = (token?: string) =>
      fetch(graph.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: listing }),
      });
    const statements = () => readMetric(graph.subgraphUrls.inventory, 'elysium_sql_statements_total');

    const first = await send();
    const afterFirst = await statements();
    const second = await send();
    const [firstBody, secondBody] = (await Promise.all([first.json(), second.json()])) as Array<{ data: unknown }>;
    expect(secondBody.data).toEqual(firstBody.data);
    expect(second.headers.get('age')).not.toBeNull();
    expect(await statements()).toBe(afterFirst);

    expect(second.headers.get('cache-control')).toBe('max-age=5, public');
    const signedIn = await send(clientToken);
    await send(clientToken);
    expect((await statements()) - afterFirst).toBe(2);
    expect(signedIn.headers.get('cache-control')).not.toContain('public');
  });

  it('resolves availability for a whole page in one SQL statement', async () => {
    const before = await readMetric(graph.subgraphUrls.inventory, 'elysium_sql_statements_total');
    const response = await graphqlRequest(graph.gatewayUrl, '{ products(first: 12) { nodes { availability { quantityAvailable } } } }');
    expect(response.errors).toBeUndefined();
    expect((await readMetric(graph.subgraphUrls.inventory, 'elysium_sql_statements_total')) - before).toBe(1);
  });

  it('lets staff book stock in through the gateway, shows it on the storefront, and keeps reservations internal', async () => {
    // Given a made-to-order piece (found by what the graph says, not by title)
    const listing = await graphqlRequest<{
      products: { nodes: Array<{ id: string; variants: Array<{ sku: string }>; availability: { status: string } }> };
    }>(graph.gatewayUrl, '{ products(first: 100) { nodes { id variants { sku } availability { status } } } }', { token: clientToken });
    const piece = listing.data!.products.nodes.find((p) => p.availability.status === 'MADE_TO_ORDER' && p.variants.length > 0)!;
    // When staff receive two of its first variant into the showroom
    const received = await graphqlRequest<{ receiveStock: { __typename: string; onHand: number } }>(
      graph.gatewayUrl,
      'mutation ($sku: String!) { receiveStock(input: { sku: $sku, locationId: "showroom", quantity: 2 }) { __typename ... on LocationStock { onHand } } }',
      { token: staffToken, variables: { sku: piece.variants[0].sku } },
    );
    expect(received.data!.receiveStock).toEqual({ __typename: 'LocationStock', onHand: 2 });
    // Then a client sees it in stock, and where to see it in person
    const product = await graphqlRequest<{
      product: { availability: { status: string; quantityAvailable: number; viewingLocations: Array<{ name: string }> } };
    }>(graph.gatewayUrl, 'query ($id: ID!) { product(id: $id) { availability { status quantityAvailable viewingLocations { name } } } }', {
      token: clientToken,
      variables: { id: piece.id },
    });
    expect(product.data!.product.availability).toEqual({
      status: 'IN_STOCK',
      quantityAvailable: 2,
      viewingLocations: [{ name: 'Mount Street Showroom' }],
    });
    // And neither a client nor staff can reach checkout's reservation operations through the gateway
    const reserve = await graphqlRequest(
      graph.gatewayUrl,
      `mutation { reserveStock(input: { idempotencyKey: "gateway-${randomUUID()}", lines: [{ sku: "X" }] }) { __typename } }`,
      {
        token: staffToken,
      },
    );
    expect(reserve.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    // And stones carry their availability for the configurator
    const stones = await graphqlRequest<{ stones: Array<{ availability: { status: string } }> }>(
      graph.gatewayUrl,
      '{ stones(first: 5) { availability { status } } }',
    );
    expect(stones.data!.stones).toHaveLength(5);
    expect(stones.data!.stones.every((s) => ['LOW_STOCK', 'RESERVED', 'SOLD_OUT'].includes(s.availability.status))).toBe(true);
  });
});
