import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_CUSTOMERS } from '@elysium/demo';
import { mintBearerToken } from '@elysium/subgraph-kit/core';
import { launchTestGraph, type TestGraph } from '@elysium/tools';

const JWT_SECRET = 'dev-only-jwt-change-me';
const METRICS_TOKEN = randomBytes(24).toString('base64url');

interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  attributes: Record<string, unknown>;
}

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean };
type OtlpAttributes = Array<{ key: string; value: OtlpValue }>;
type OtlpTraces = {
  resourceSpans: Array<{
    resource: { attributes: OtlpAttributes };
    scopeSpans: Array<{
      spans: Array<{ traceId: string; spanId: string; parentSpanId?: string; name: string; attributes?: OtlpAttributes }>;
    }>;
  }>;
};

const valuesOf = (attributes: OtlpAttributes = []) =>
  Object.fromEntries(attributes.map(({ key, value }) => [key, value.stringValue ?? value.intValue ?? value.boolValue]));

/** An OTLP/HTTP (JSON) collector: what an OpenTelemetry backend would receive from the graph. */
async function startCollector(): Promise<{ url: string; spans: ReceivedSpan[]; close(): Promise<void> }> {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpTraces;
        for (const resourceSpans of body.resourceSpans) {
          const service = String(valuesOf(resourceSpans.resource.attributes)['service.name']);
          for (const scope of resourceSpans.scopeSpans) {
            for (const span of scope.spans) {
              spans.push({ service, ...span, parentSpanId: span.parentSpanId ?? '', attributes: valuesOf(span.attributes) });
            }
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function until<T>(read: () => T | undefined, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting for spans');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * The graph as an on-call engineer would run it: OTEL_EXPORTER_OTLP_ENDPOINT set (one trace from the
 * caller across every hop) and METRICS_TOKEN set (Prometheus scrapes with a bearer token).
 */
describe('OpenTelemetry traces and Prometheus scrapes', () => {
  let graph: TestGraph;
  let collector: Awaited<ReturnType<typeof startCollector>>;

  beforeAll(async () => {
    collector = await startCollector();
    graph = await launchTestGraph('tracing', {
      seedDemoData: true,
      env: { OTEL_EXPORTER_OTLP_ENDPOINT: collector.url, OTEL_BSP_SCHEDULE_DELAY: '100', METRICS_TOKEN },
    });
  }, 120_000);

  afterAll(async () => {
    await graph?.stop();
    await collector?.close();
  });

  const post = (query: string, traceparent: string, token?: string, variables: Record<string, unknown> = {}) =>
    fetch(graph.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', traceparent, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    }).then((response) => response.json() as Promise<{ data?: unknown; errors?: unknown[] }>);

  it("continues the caller's trace through the gateway, each subgraph and Postgres", async () => {
    const traceId = randomBytes(16).toString('hex');
    const callerSpan = randomBytes(8).toString('hex');
    const client = DEMO_CUSTOMERS[0];
    const token = await mintBearerToken({ subject: client.id, role: 'customer' }, JWT_SECRET);
    const answer = await post(
      '{ products(first: 3, sort: PRICE_DESC) { nodes { title availability { status } } } me { givenName orders { number } } }',
      `00-${traceId}-${callerSpan}-01`,
      token,
    );
    expect(answer.errors).toBeUndefined();

    const ofTrace = () => collector.spans.filter((span) => span.traceId === traceId);
    const services = ['gateway', 'catalog', 'inventory', 'customers', 'orders'];
    // Each app exports in batches of its own: wait until every hop's span has arrived.
    const gatewayIds = (spans: ReceivedSpan[]) => new Set(spans.filter((span) => span.service === 'gateway').map((span) => span.spanId));
    const serverSpanOf = (spans: ReceivedSpan[], service: string) =>
      spans.find((span) => span.service === service && gatewayIds(spans).has(span.parentSpanId));
    const spans = await until(() => {
      const found = ofTrace();
      return found.some((span) => span.service === 'gateway' && span.parentSpanId === callerSpan) &&
        services.slice(1).every((service) => serverSpanOf(found, service)) &&
        ['customers', 'inventory', 'orders'].every((service) =>
          found.some((span) => span.service === service && span.name.startsWith('pg.query')),
        )
        ? found
        : undefined;
    });
    // The gateway's request is a child of the caller's span, and every subgraph's request span is a
    // child of a span of the gateway (its call to that subgraph): the conditions waited for above.
    for (const service of services.slice(1)) expect(serverSpanOf(spans, service)?.traceId).toBe(traceId);
    // Postgres statements are spans of the subgraph that ran them, without their values.
    const statements = spans.filter((span) => span.name.startsWith('pg.query'));
    expect([...new Set(statements.map((span) => span.service))].sort()).toEqual(['customers', 'inventory', 'orders']);
    expect(
      statements.every((span) => typeof span.attributes['db.query.text'] === 'string' && !('db.postgresql.values' in span.attributes)),
    ).toBe(true);
    // Health and metrics probes are not traced.
    expect(
      collector.spans.some((span) =>
        /\/(health|ready|metrics)/.test(String(span.attributes['url.path'] ?? span.attributes['http.target'] ?? '')),
      ),
    ).toBe(false);
  });

  it('records the catalogue reading Sanity (GROQ), payments calling Stripe, and a queued job continuing the trace that queued it', async () => {
    const traceId = randomBytes(16).toString('hex');
    const unique = randomUUID().slice(0, 8);
    const answer = await post(
      `mutation ($input: RegisterInput!) { register(input: $input) { __typename } }`,
      `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      undefined,
      {
        input: { email: `traced-${unique}@example.com`, password: `a long enough ${unique} pass`, givenName: 'Ada', familyName: 'Traced' },
      },
    );
    expect(answer.errors).toBeUndefined();
    const job = await until(() =>
      collector.spans.find((span) => span.traceId === traceId && span.attributes['messaging.system'] === 'pg-boss'),
    );
    expect(job).toMatchObject({ service: 'customers', name: expect.stringMatching(/^process customers\./) });

    // A query the catalog has not cached goes to the content lake: a `groq` span with its HTTP call beneath.
    const groqTrace = randomBytes(16).toString('hex');
    await post(
      `{ products(first: 1, filter: { search: "trace ${unique}" }) { totalCount } }`,
      `00-${groqTrace}-${randomBytes(8).toString('hex')}-01`,
    );
    const groq = await until(() => collector.spans.find((span) => span.traceId === groqTrace && span.name === 'groq'));
    expect(groq.service).toBe('catalog');
    await until(() => collector.spans.find((span) => span.traceId === groqTrace && span.parentSpanId === groq.spanId));

    // Payments' calls to Stripe (here the demo data's payment intents, made at start) are client spans.
    const stripePort = Number(new URL(graph.stripeUrl).port);
    const stripe = await until(() =>
      collector.spans.find((span) => span.service === 'payments' && span.attributes['server.port'] === stripePort),
    );
    expect(stripe.attributes['http.request.method']).toBe('POST');
  });

  it('lets Prometheus scrape every app with the metrics token, and no one with another', async () => {
    const scrape = (url: string, token: string) => fetch(new URL('/metrics', url), { headers: { authorization: `Bearer ${token}` } });
    for (const url of [graph.gatewayUrl, ...Object.values(graph.subgraphUrls)]) {
      const scraped = await scrape(url, METRICS_TOKEN);
      expect({ url, status: scraped.status }).toEqual({ url, status: 200 });
      expect(await scraped.text()).toContain('elysium_process_resident_memory_bytes');
      expect((await scrape(url, `${METRICS_TOKEN.slice(0, -1)}x`)).status).toBe(403);
    }
  });
});
