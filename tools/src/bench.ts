import os from 'node:os';
import path from 'node:path';
import { DEMO_CUSTOMERS } from '@elysium/demo';
import { mintBearerToken, readCounter, signIdentity } from '@elysium/subgraph-kit';
import { createTestDatabase } from '@elysium/subgraph-kit/testing';
import { startEmbeddedPostgres } from './embedded-postgres';
import { toolsEnv } from './env';
import { launchGraph, type LaunchedGraph } from './launch-graph';
import { freePort } from './ports';
import type { SubgraphName } from './subgraphs';

/**
 * `npm run bench`: starts the graph as `npm start` does (separate processes, real HTTP, Postgres),
 * then drives representative operations through the gateway and straight at the owning subgraph,
 * printing throughput, latency, the gateway's overhead and the work each operation costs.
 * The load generator shares the machine's cores with the graph, so figures are conservative.
 */

const CONCURRENCY = 8;
const WARMUP_MS = 1500;
const MEASURE_MS = 5000;
// The development defaults the launched processes use.
const IDENTITY_SECRET = 'dev-only-identity-change-me';
const JWT_SECRET = 'dev-only-jwt-change-me';

interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The subgraph that owns the operation, and the query to send it directly (same data it serves). */
  owner: SubgraphName;
  directQuery: string;
  auth: 'none' | 'staff';
}

interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  count: number;
}

async function drive(url: string, body: string, headers: Record<string, string>, ms: number): Promise<Run> {
  const latencies: number[] = [];
  const deadline = performance.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
        const json = (await response.json()) as { errors?: unknown[] };
        if (json.errors) throw new Error(`${url} answered errors: ${JSON.stringify(json.errors).slice(0, 300)}`);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { requestsPerSecond: latencies.length / elapsed, p50: at(0.5), p99: at(0.99), count: latencies.length };
}

async function counters(graph: LaunchedGraph): Promise<{ sql: number; groq: number }> {
  let sql = 0;
  let groq = 0;
  for (const url of Object.values(graph.subgraphUrls)) {
    const body = await (await fetch(new URL('/metrics', url))).text();
    sql += readCounter(body, 'elysium_sql_statements_total');
    groq += readCounter(body, 'elysium_groq_requests_total');
  }
  return { sql, groq };
}

/** SQL statements and GROQ requests of one execution through the gateway. */
async function workOf(graph: LaunchedGraph, operation: Operation, headers: Record<string, string>) {
  const body = JSON.stringify({ query: operation.query, variables: operation.variables });
  const runs = 20;
  const before = await counters(graph);
  for (let i = 0; i < runs; i++) {
    await fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  }
  const after = await counters(graph);
  return { sql: (after.sql - before.sql) / runs, groq: (after.groq - before.groq) / runs };
}

const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8);

async function main(): Promise<void> {
  let stopPostgres: (() => Promise<void>) | undefined;
  let serverUrl = toolsEnv.DATABASE_URL;
  if (!serverUrl) {
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `elysium-bench-pg-${process.pid}`),
      port: await freePort(),
      persistent: false,
      database: 'postgres',
    });
    serverUrl = pg.url;
    stopPostgres = pg.stop;
  }
  const database = await createTestDatabase('bench', serverUrl);
  const graph = await launchGraph({
    databaseUrl: database.url,
    ports: 'ephemeral',
    seedDemoData: true,
    logLevel: 'warn',
    nodeEnv: 'test',
    onOutput: (name, line) => console.error(`${name}: ${line}`),
  });
  try {
    const client = DEMO_CUSTOMERS[0];
    const staffToken = await mintBearerToken({ subject: 'bench-staff', role: 'staff' }, JWT_SECRET);
    const staffIdentity = signIdentity(
      { subject: 'bench-staff', role: 'staff', exp: Math.floor(Date.now() / 1000) + 3600 },
      IDENTITY_SECRET,
    );
    const listing = (first: number) =>
      `{ products(first: ${first}) { nodes { id slug title price { amount currency formatted } availability { status quantityAvailable } } } }`;
    const operations: Operation[] = [
      {
        name: 'storefront listing (first: 20), price + availability',
        query: listing(20),
        owner: 'catalog',
        directQuery: `{ products(first: 20) { nodes { id slug title price { amount currency formatted } } } }`,
        auth: 'none',
      },
      {
        name: 'product page by slug',
        query: `{ product(slug: "aurelia-solitaire") { id title description price { formatted } collections { title } } }`,
        owner: 'catalog',
        directQuery: `{ product(slug: "aurelia-solitaire") { id title description price { formatted } collections { title } } }`,
        auth: 'none',
      },
      {
        name: 'client by id (staff)',
        query: `{ customer(id: "${client.id}") { id email givenName familyName } }`,
        owner: 'customers',
        directQuery: `{ customer(id: "${client.id}") { id email givenName familyName } }`,
        auth: 'staff',
      },
      {
        name: 'client with orders, lines, products, payments (staff)',
        query: `{ customer(id: "${client.id}") { givenName orders { number total { formatted } lines { title product { title } } payment { status } } } }`,
        owner: 'customers',
        directQuery: `{ customer(id: "${client.id}") { givenName } }`,
        auth: 'staff',
      },
    ];

    console.log(`\nELYSIUM bench: ${os.cpus().length} cores, ${CONCURRENCY} concurrent clients, ${MEASURE_MS / 1000} s per figure\n`);
    console.log(
      `${'operation'.padEnd(58)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} | ${'direct'.padStart(8)} ${'p50 ms'.padStart(8)} | ${'p50 ratio'.padStart(9)} | ${'SQL/op'.padStart(6)} ${'GROQ/op'.padStart(7)}`,
    );
    for (const operation of operations) {
      const gatewayHeaders: Record<string, string> = operation.auth === 'staff' ? { authorization: `Bearer ${staffToken}` } : {};
      const directHeaders = operation.auth === 'staff' ? staffIdentity : {};
      const body = JSON.stringify({ query: operation.query });
      const directBody = JSON.stringify({ query: operation.directQuery });
      const directUrl = graph.subgraphUrls[operation.owner];
      await drive(graph.gatewayUrl, body, gatewayHeaders, WARMUP_MS);
      await drive(directUrl, directBody, directHeaders, WARMUP_MS);
      const viaGateway = await drive(graph.gatewayUrl, body, gatewayHeaders, MEASURE_MS);
      const direct = await drive(directUrl, directBody, directHeaders, MEASURE_MS);
      const work = await workOf(graph, operation, gatewayHeaders);
      console.log(
        `${operation.name.padEnd(58)} ${fmt(viaGateway.requestsPerSecond)} ${fmt(viaGateway.p50, 2)} ${fmt(viaGateway.p99, 2)} | ${fmt(direct.requestsPerSecond)} ${fmt(direct.p50, 2)} | ${fmt(viaGateway.p50 / direct.p50, 2).padStart(9)} | ${fmt(work.sql).slice(2)} ${fmt(work.groq).slice(1)}`,
      );
    }

    console.log('\n"direct" is the owning subgraph alone, answering its own part of the operation (no other subgraph).');
    console.log('\nSQL statements and GROQ requests per listing as the page grows (must stay flat):');
    for (const first of [1, 20, 100]) {
      const work = await workOf(graph, { name: '', query: listing(first), owner: 'catalog', directQuery: '', auth: 'none' }, {});
      const body = (await (
        await fetch(graph.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: listing(first) }),
        })
      ).json()) as {
        data: { products: { nodes: unknown[] } };
      };
      console.log(
        `  products(first: ${String(first).padStart(3)}): ${String(body.data.products.nodes.length).padStart(3)} items, ${work.sql} SQL, ${work.groq} GROQ`,
      );
    }
  } finally {
    await graph.stop();
    await database.drop();
    await stopPostgres?.();
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
