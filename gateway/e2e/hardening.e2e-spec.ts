import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Client } from 'pg';
import {
  devSecret,
  internalCallHeaders,
  mintBearerToken,
  parseEnv,
  REQUEST_ID_HEADER,
  SUBGRAPH_NAMES,
  subgraphUrlVariable,
} from '@elysium/subgraph-kit/core';
import { graphqlRequest, readMetric } from '@elysium/subgraph-kit/testing';
import { launchTestGraph, type TestGraph } from '@elysium/tools';
import { gatewayEnv } from '../src/env';
import { startGateway } from '../src/server';

// The development defaults the launched processes use.
const JWT_SECRET = 'dev-only-jwt-change-me';
const IDENTITY_SECRET = 'dev-only-identity-change-me';
const SUBGRAPH_TIMEOUT_MS = 1500;

const LISTING = '{ products(first: 10) { nodes { id title availability { status } } } }';
const noTrace = (body: unknown) => expect(JSON.stringify(body)).not.toMatch(/stacktrace|\bat .*\.(ts|js):\d+|node_modules/);

/**
 * The graph as an attacker and an outage meet it: separate processes, real HTTP, a fresh database
 * with two clients of its own. Fault tests (a subgraph hung, killed, its database gone) run last.
 */
describe('the graph under attack and faults', () => {
  let graph: TestGraph;
  const alice = { id: randomUUID(), email: `alice-${randomUUID()}@example.com` };
  const bob = { id: randomUUID(), email: `bob-${randomUUID()}@example.com` };
  const bobsOrder = randomUUID();
  let aliceToken: string;
  let staffToken: string;

  /** A second gateway in this process, in front of the same subgraphs, with its own settings. */
  const startTestGateway = (overrides: Record<string, string>) =>
    startGateway(
      parseEnv(gatewayEnv, {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: '0',
        ...Object.fromEntries(SUBGRAPH_NAMES.map((name) => [subgraphUrlVariable(name), graph.subgraphUrls[name]])),
        ...overrides,
      }),
    );

  const post = (body: string, headers: Record<string, string> = {}) =>
    fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  beforeAll(async () => {
    graph = await launchTestGraph('hardening', {
      serviceEnv: {
        gateway: { SUBGRAPH_TIMEOUT_MS: String(SUBGRAPH_TIMEOUT_MS), CIRCUIT_FAILURE_THRESHOLD: '3', CIRCUIT_OPEN_MS: '60000' },
      },
    });
    const sql = new Client({ connectionString: graph.databaseUrl });
    await sql.connect();
    try {
      for (const c of [alice, bob]) {
        await sql.query('INSERT INTO customers.customer (id, email, given_name, family_name) VALUES ($1, $2, $3, $4)', [
          c.id,
          c.email,
          'Test',
          'Client',
        ]);
      }
      await sql.query(
        `INSERT INTO orders."order" (id, customer_id, status, currency, total_amount, vat_amount) VALUES ($1, $2, 'PAID', 'GBP', 120000, 20000)`,
        [bobsOrder, bob.id],
      );
    } finally {
      await sql.end();
    }
    aliceToken = await mintBearerToken({ subject: alice.id, role: 'customer' }, JWT_SECRET);
    staffToken = await mintBearerToken({ subject: 'staff-hardening', role: 'staff' }, JWT_SECRET);
  }, 120_000);

  afterAll(async () => {
    await graph?.stop();
  });

  describe('operation limits', () => {
    it('answers a storefront listing and reports what it cost', async () => {
      const response = await graphqlRequest(graph.gatewayUrl, LISTING);
      expect(response.errors).toBeUndefined();
      expect((response.data as { products: { nodes: unknown[] } }).products.nodes).toHaveLength(10);
      expect(response.extensions?.cost).toMatchObject({ requestedQueryCost: 21, maximumAvailable: 2000 });
    });

    it('refuses 1,000 aliased listings before any subgraph is asked', async () => {
      const attack = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: products(first: 100) { nodes { availability { status } } }`).join(' ')} }`;
      const groqBefore = await readMetric(graph.subgraphUrls.catalog, 'elysium_groq_requests_total');
      const sqlBefore = await readMetric(graph.subgraphUrls.inventory, 'elysium_sql_statements_total');
      const response = await graphqlRequest(graph.gatewayUrl, attack);
      expect(response.status).toBe(400);
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_TOO_COMPLEX' });
      expect(await readMetric(graph.subgraphUrls.catalog, 'elysium_groq_requests_total')).toBe(groqBefore);
      expect(await readMetric(graph.subgraphUrls.inventory, 'elysium_sql_statements_total')).toBe(sqlBefore);
    });

    it('states the cost and the limit, and gives staff more room than the public, but not unbounded', async () => {
      const heavy = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: products(first: 100) { nodes { availability { status } } }`).join(' ')} }`;
      const asPublic = await graphqlRequest(graph.gatewayUrl, heavy);
      expect(asPublic.errors?.[0].extensions).toEqual({ code: 'OPERATION_TOO_COMPLEX', measure: 'cost', value: 4020, limit: 2000 });
      expect(asPublic.errors?.[0].message).toContain('4020');
      const asStaff = await graphqlRequest(graph.gatewayUrl, heavy, { token: staffToken });
      expect(asStaff.errors).toBeUndefined();
      const huge = `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: products(first: 100) { nodes { availability { status } } }`).join(' ')} }`;
      const tooMuchForStaff = await graphqlRequest(graph.gatewayUrl, huge, { token: staffToken });
      expect(tooMuchForStaff.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_TOO_COMPLEX', measure: 'cost', limit: 20000 });
    });

    it('refuses introspection multiplied by aliases, and documents padded with comments', async () => {
      const aliased = (prefix: string, field: string, fragment: string) =>
        Array.from({ length: 8 }, (_, i) => `${prefix}${i}: ${field} { ...${fragment} }`).join(' ');
      const bomb = `{ __schema { types { ...A } } }
        fragment A on __Type { name ${aliased('f', 'fields', 'B')} }
        fragment B on __Field { name ${aliased('t', 'type', 'C')} }
        fragment C on __Type { name kind }`;
      const introspection = await graphqlRequest(graph.gatewayUrl, bomb);
      expect(introspection.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_TOO_COMPLEX', measure: 'aliases' });
      const padded = await graphqlRequest(graph.gatewayUrl, `#${'x'.repeat(50_000)}\n{ __typename }`);
      expect(padded.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_TOO_COMPLEX', measure: 'characters' });
    });

    it('refuses orders nested 32 deep for a signed-in client', async () => {
      let selection = 'id';
      for (let i = 0; i < 16; i++) selection = `orders { customer { ${selection} } }`;
      const response = await graphqlRequest(graph.gatewayUrl, `{ me { ${selection} } }`, { token: aliceToken });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'OPERATION_TOO_COMPLEX', measure: 'depth', limit: 10 });
    });
  });

  describe('rate limits', () => {
    it('counts cost points per IP and answers 429 with Retry-After once they are spent', async () => {
      const gateway = await startTestGateway({ RATE_LIMIT_IP_POINTS: '30' });
      try {
        const send = () =>
          fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LISTING }) });
        expect((await send()).status).toBe(200); // 1 at the door + 20: 21 of 30 points
        const refused = await send();
        expect(refused.status).toBe(429);
        expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
        const body = (await refused.json()) as { errors: Array<{ extensions: Record<string, unknown> }> };
        expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED' });
      } finally {
        await gateway.stop();
      }
    });
  });

  describe('identity between the gateway and subgraphs', () => {
    it('refuses a captured call header at another subgraph, for another request, and without one', async () => {
      // Given a proxy in front of the catalog that keeps the headers the gateway signs for it.
      let captured: http.IncomingHttpHeaders | undefined;
      const catalog = new URL(graph.subgraphUrls.catalog);
      const proxy = http.createServer((req, res) => {
        captured = req.headers;
        const upstream = http.request(
          { host: catalog.hostname, port: catalog.port, path: req.url, method: req.method, headers: req.headers },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        req.pipe(upstream);
      });
      await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
      const gateway = await startTestGateway({ CATALOG_URL: `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql` });
      try {
        // (A client's W3C trace continues into the subgraph call, as a new span of the same trace.)
        const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
        const traced = await graphqlRequest(gateway.url, '{ products(first: 1) { totalCount } }', {
          token: staffToken,
          headers: { traceparent: `00-${traceId}-00f067aa0ba902b7-01` },
        });
        expect(traced.errors).toBeUndefined();
        expect(captured?.traceparent).toMatch(new RegExp(`^00-${traceId}-(?!00f067aa0ba902b7)[0-9a-f]{16}-01$`));
        const stolen = Object.fromEntries(
          ['x-elysium-call', 'x-elysium-call-signature', REQUEST_ID_HEADER].map((name) => [name, String(captured?.[name])]),
        );
        expect(stolen['x-elysium-call']).not.toBe('undefined');

        // When it is replayed at the customers subgraph, it names no one there.
        const atCustomers = await graphqlRequest(graph.subgraphUrls.customers, `{ customer(id: "${bob.id}") { email } }`, {
          headers: stolen,
        });
        expect(atCustomers.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
        // At the catalog itself it holds only for the operation it was signed with: not for another
        // (the whole schema), and not with another request id.
        const sdl = '{ _service { sdl } }';
        const forAnotherOperation = await graphqlRequest(graph.subgraphUrls.catalog, sdl, { headers: stolen });
        expect(forAnotherOperation.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(forAnotherOperation.status).toBe(403);
        const signedForIt = internalCallHeaders('catalog', IDENTITY_SECRET, null, 'tools', { query: sdl });
        expect((await graphqlRequest(graph.subgraphUrls.catalog, sdl, { headers: signedForIt })).errors).toBeUndefined();
        const otherRequest = await graphqlRequest(graph.subgraphUrls.catalog, sdl, {
          headers: { ...signedForIt, [REQUEST_ID_HEADER]: randomUUID() },
        });
        expect(otherRequest.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        // Unsigned, the schema stays closed however the operation reaches it.
        for (const hidden of [sdl, '{ ... on Query { _service { sdl } } }', '{ __schema { queryType { name } } }']) {
          expect((await graphqlRequest(graph.subgraphUrls.customers, hidden)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
        }
        expect((await fetch(new URL('/metrics', graph.subgraphUrls.orders))).status).toBe(403);
        expect(
          (await fetch(new URL('/metrics', graph.subgraphUrls.orders), { headers: internalCallHeaders('orders', IDENTITY_SECRET) })).status,
        ).toBe(200);
      } finally {
        await gateway.stop();
        await new Promise((resolve) => proxy.close(resolve));
      }
    });
  });

  describe('client mistakes are client errors', () => {
    it('gives a bad token 401 UNAUTHENTICATED', async () => {
      for (const authorization of ['Bearer not-a-jwt', 'Basic abc', `Bearer ${aliceToken.slice(0, -2)}xx`]) {
        const response = await post(JSON.stringify({ query: LISTING }), { authorization });
        expect(response.status).toBe(401);
        const body = await response.json();
        expect(body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
        noTrace(body);
      }
    });

    it('gives malformed ids BAD_USER_INPUT naming the field, to anyone', async () => {
      for (const [query, token] of [
        [`{ order(id: "x'") { number } }`, undefined],
        [`{ order(id: "x'") { number } }`, aliceToken],
        [`{ customer(id: "1 OR 1=1") { email } }`, staffToken],
      ] as const) {
        const response = await graphqlRequest(graph.gatewayUrl, query, { token });
        expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
        noTrace(response);
      }
    });

    it("answers someone else's order, client and payment exactly as missing ones", async () => {
      const ask = (query: string) =>
        graphqlRequest(graph.gatewayUrl, query, { token: aliceToken }).then(({ status, data, errors }) => ({ status, data, errors }));
      expect(await ask(`{ order(id: "${bobsOrder}") { number } }`)).toEqual(await ask(`{ order(id: "${randomUUID()}") { number } }`));
      expect(await ask(`{ customer(id: "${bob.id}") { email } }`)).toEqual(await ask(`{ customer(id: "${randomUUID()}") { email } }`));
      expect(await ask(`{ order(id: "${bobsOrder}") { number } }`)).toEqual({ status: 200, data: { order: null }, errors: undefined });
      // Staff see it.
      const asStaff = await graphqlRequest(graph.gatewayUrl, `{ order(id: "${bobsOrder}") { customer { email } } }`, { token: staffToken });
      expect(asStaff.data).toEqual({ order: { customer: { email: bob.email } } });
    });

    it('answers unreadable requests with a 4xx JSON error and no trace', async () => {
      const cases: Array<[Promise<Response>, number, string]> = [
        [post('{"query": "{ __typename'), 400, 'BAD_REQUEST'],
        [post(JSON.stringify({ query: 'query A { __typename } query B { __typename }' })), 400, 'BAD_REQUEST'],
        [post(JSON.stringify({ query: '{ __typename }', operationName: 'Nope' })), 400, 'BAD_REQUEST'],
        [post(JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(300_000) } })), 413, 'PAYLOAD_TOO_LARGE'],
        [
          fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{ __typename }' }),
          415,
          'UNSUPPORTED_MEDIA_TYPE',
        ],
      ];
      for (const [request, status, code] of cases) {
        const response = await request;
        expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({
          status,
          type: expect.stringContaining('json'),
        });
        const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
        expect(body.errors[0].extensions.code).toBe(code);
        noTrace(body);
      }
    });

    it('answers operations the graph cannot run, odd variables and unknown paths with 4xx JSON', async () => {
      const subscription = await graphqlRequest(graph.gatewayUrl, 'subscription { products { totalCount } }');
      expect({ status: subscription.status, code: subscription.errors?.[0].extensions?.code }).toEqual({
        status: 400,
        code: 'BAD_REQUEST',
      });
      // A variable nested 5,000 deep (written by hand: JSON.stringify cannot).
      const nested = await post(`{"query":"{ __typename }","variables":{"x":${'['.repeat(5000)}1${']'.repeat(5000)}}}`);
      expect(nested.status).toBeLessThan(500);
      const unknown = await fetch(new URL(`/${'a'.repeat(5000)}`, graph.gatewayUrl));
      expect(unknown.status).toBe(404);
      expect((await unknown.text()).length).toBeLessThan(300);
    });

    it('never echoes a huge input back whole', async () => {
      const response = await graphqlRequest(graph.gatewayUrl, 'query ($sort: ProductSort!) { products(sort: $sort) { totalCount } }', {
        variables: { sort: 'Z'.repeat(200_000) },
      });
      expect(response.status).toBe(400);
      expect(JSON.stringify(response).length).toBeLessThan(2_000);
    });

    it('puts security headers on every answer', async () => {
      const response = await post(JSON.stringify({ query: '{ __typename }' }), { origin: 'https://evil.example' });
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
      const allowed = await post(JSON.stringify({ query: '{ __typename }' }), { origin: 'http://localhost:3000' });
      expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    });
  });

  describe('metrics (prom-client, GET /metrics, for signed callers only)', () => {
    /** The value of one series: `name` with every label in `labels` (others allowed), or 0 when absent. */
    const seriesValue = (body: string, name: string, labels: Record<string, string>) => {
      const line = body
        .split('\n')
        .find((l) => l.startsWith(`${name}{`) && Object.entries(labels).every(([k, v]) => l.includes(`${k}="${v}"`)));
      return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
    };
    const metricsOf = async (serviceUrl: string, audience: string) => {
      const response = await fetch(new URL('/metrics', serviceUrl), { headers: internalCallHeaders(audience, devSecret('identity')) });
      expect(response.status).toBe(200);
      return response.text();
    };

    it('counts requests by operation, their latency, errors by code and each subgraph call', async () => {
      const before = await metricsOf(graph.gatewayUrl, 'gateway');
      const named = await graphqlRequest(
        graph.gatewayUrl,
        'query MetricsListing { products(first: 2) { nodes { id availability { status } } } }',
        {
          token: staffToken,
        },
      );
      expect(named.errors).toBeUndefined();
      await graphqlRequest(graph.gatewayUrl, '{ noSuchField }');
      const after = await metricsOf(graph.gatewayUrl, 'gateway');
      const delta = (name: string, labels: Record<string, string>) => seriesValue(after, name, labels) - seriesValue(before, name, labels);
      expect(delta('elysium_graphql_requests_total', { operation: 'MetricsListing' })).toBe(1);
      expect(delta('elysium_graphql_request_duration_seconds_count', { operation: 'MetricsListing' })).toBe(1);
      expect(delta('elysium_graphql_errors_total', { code: 'GRAPHQL_VALIDATION_FAILED' })).toBe(1);
      expect(delta('elysium_subgraph_request_duration_seconds_count', { subgraph: 'catalog', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
      expect(delta('elysium_subgraph_request_duration_seconds_count', { subgraph: 'inventory', outcome: 'ok' })).toBeGreaterThanOrEqual(1);
      // The process's own figures come with them.
      expect(after).toMatch(/^elysium_process_resident_memory_bytes\{service="gateway"\} \d+/m);
      expect(after).toMatch(/^elysium_nodejs_eventloop_lag_p99_seconds\{service="gateway"\} /m);
    });

    it("shows each subgraph's pool, its job queues' depth and age, and the catalog's cache", async () => {
      const orders = await metricsOf(graph.subgraphUrls.orders, 'orders');
      expect(seriesValue(orders, 'elysium_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
      expect(orders).toMatch(/^elysium_jobs_waiting\{queue="orders\.[\w.-]+",service="orders"\} \d+/m);
      expect(orders).toMatch(/^elysium_jobs_oldest_waiting_seconds\{queue="orders\.[\w.-]+",service="orders"\} [\d.]+/m);
      await graphqlRequest(graph.gatewayUrl, '{ products(first: 1) { nodes { id } } }', { token: staffToken });
      await graphqlRequest(graph.gatewayUrl, '{ products(first: 1) { nodes { id } } }', { token: staffToken });
      const catalog = await metricsOf(graph.subgraphUrls.catalog, 'catalog');
      expect(seriesValue(catalog, 'elysium_cache_lookups_total', { cache: 'groq', result: 'hit' })).toBeGreaterThanOrEqual(1);
    });

    it('refuses an unsigned scrape', async () => {
      expect((await fetch(new URL('/metrics', graph.gatewayUrl))).status).toBe(403);
      expect((await fetch(new URL('/metrics', graph.subgraphUrls.orders))).status).toBe(403);
    });
  });

  describe('production posture', () => {
    it('keeps introspection for staff and serves no landing page', async () => {
      const jwtSecret = 'a-production-jwt-secret-of-some-length';
      const gateway = await startTestGateway({
        NODE_ENV: 'production',
        AUTH_JWT_SECRET: jwtSecret,
        IDENTITY_SECRET: 'a-production-identity-secret-value',
        SANITY_WEBHOOK_SECRET: 'a-production-sanity-webhook-secret',
      });
      try {
        const introspection = '{ __schema { queryType { name } } }';
        const anonymous = await graphqlRequest(gateway.url, introspection);
        expect({ status: anonymous.status, code: anonymous.errors?.[0].extensions?.code }).toEqual({ status: 403, code: 'FORBIDDEN' });
        const staff = await mintBearerToken({ subject: 'staff-prod', role: 'staff' }, jwtSecret);
        expect((await graphqlRequest(gateway.url, introspection, { token: staff })).data).toEqual({
          __schema: { queryType: { name: 'Query' } },
        });
        const page = await fetch(gateway.url, { headers: { accept: 'text/html' } });
        expect(page.headers.get('content-type') ?? '').not.toContain('text/html');
      } finally {
        await gateway.stop();
      }
    });
  });

  describe('faults (run last: they stop parts of the graph)', () => {
    const listingWithin = async (ms: number) => {
      const started = Date.now();
      const response = await graphqlRequest<{ products: { nodes: Array<{ title: string; availability: unknown }> } }>(
        graph.gatewayUrl,
        LISTING,
        {
          token: staffToken,
        },
      );
      expect(Date.now() - started).toBeLessThan(ms);
      return response;
    };

    it('with inventory hung, answers the listing with its other fields and a coded error within the timeout', async () => {
      const inventory = graph.processes.inventory;
      inventory.kill('SIGSTOP');
      try {
        const response = await listingWithin(SUBGRAPH_TIMEOUT_MS + 2_000);
        expect(response.status).toBe(200);
        expect(response.data!.products.nodes).toHaveLength(10);
        expect(response.data!.products.nodes.every((n) => n.title && n.availability === null)).toBe(true);
        expect(response.errors).toEqual([
          expect.objectContaining({
            extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: 'inventory' },
            path: ['products', 'nodes', '@'],
          }),
        ]);
      } finally {
        inventory.kill('SIGCONT');
      }
    });

    it('with inventory killed, answers at once, and its circuit opens', async () => {
      const inventory = graph.processes.inventory;
      inventory.kill('SIGKILL');
      await new Promise((resolve) => inventory.once('exit', resolve));
      for (let i = 0; i < 4; i++) {
        const response = await listingWithin(SUBGRAPH_TIMEOUT_MS);
        expect(response.data!.products.nodes).toHaveLength(10);
        expect(response.errors?.[0].extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', serviceName: 'inventory' });
      }
    });

    it('with the database refusing connections, a client read is UPSTREAM_UNAVAILABLE, not an internal error', async () => {
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      const name = new URL(graph.databaseUrl).pathname.slice(1);
      try {
        await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`);
        await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
        const response = await graphqlRequest(graph.gatewayUrl, `{ customer(id: "${alice.id}") { email } }`, { token: staffToken });
        expect(response.errors?.[0].extensions).toMatchObject({ code: 'UPSTREAM_UNAVAILABLE', serviceName: 'customers' });
        noTrace(response);
      } finally {
        await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`);
        await admin.end();
      }
    });
  });
});
