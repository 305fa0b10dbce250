import { readdirSync, readFileSync } from 'node:fs';
import { hash } from '@node-rs/argon2';
import { Client } from 'pg';
import { postJson, SANITY_SIGNATURE_HEADER, signWebhook } from '@elysium/subgraph-kit/core';
import { readMetric } from '@elysium/subgraph-kit/testing';
import type { LaunchedGraph } from './launch-graph';
import type { SubgraphName } from './subgraphs';

/** The bench's instruments: a closed-loop load driver, work counters, memory, and the queues' idleness. */

// The development defaults the launched processes use.
export const CONCURRENCY = 8;
/** Untimed load before each figure, so the JIT has compiled the paths being measured. */
export const WARMUP_MS = 1500;
export const IDENTITY_SECRET = 'dev-only-identity-change-me';
const WEBHOOK_SECRET = 'dev-only-sanity-webhook-change-me';

/**
 * A GraphQL call from the load generator: its data, or a thrown error. The generator shares the two
 * cores with the graph, so it posts with undici's `request` (as the services do), not fetch.
 */
export async function graphqlPost<T>(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<T> {
  const answer = await postJson(url, JSON.stringify({ query, variables }), headers, 30_000);
  const body = JSON.parse(answer.text) as { data?: T; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 300)}`);
  return body.data;
}

export interface Operation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The subgraph that owns the operation, and the query to send it directly (same data it serves). */
  owner: SubgraphName;
  directQuery: string;
  auth: 'none' | 'staff' | 'client';
}

export interface Run {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  count: number;
}

export async function drive(
  url: string,
  body: string,
  headers: Record<string, string>,
  ms: number,
  concurrency = CONCURRENCY,
): Promise<Run> {
  const latencies: number[] = [];
  const deadline = performance.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const json = JSON.parse((await postJson(url, body, headers, 30_000)).text) as { errors?: unknown[] };
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

export async function counters(graph: LaunchedGraph): Promise<{ sql: number; groq: number }> {
  let sql = 0;
  let groq = 0;
  for (const url of Object.values(graph.subgraphUrls)) {
    sql += await readMetric(url, 'elysium_sql_statements_total', IDENTITY_SECRET);
    groq += await readMetric(url, 'elysium_groq_requests_total', IDENTITY_SECRET);
  }
  return { sql, groq };
}

/**
 * Resident memory of each process of the graph, in MiB (Linux /proc). The bench's second gateway
 * (Hive, for the side-by-side) is not part of the graph a user runs, so only `all` counts it.
 */
export function memoryOf(graph: LaunchedGraph, which: 'graph' | 'all' = 'graph'): Record<string, number> {
  return Object.fromEntries(
    Object.entries(graph.processes)
      .filter(([name]) => which === 'all' || name !== 'hive-gateway')
      .map(([name, child]) => {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
        return [name, kib / 1024];
      }),
  );
}

/** CPU time (user + system, ms) each graph process has used so far, from /proc. */
export function cpuOf(graph: LaunchedGraph): Record<string, number> {
  const tickMs = 1000 / 100; // USER_HZ is 100 on Linux
  return Object.fromEntries(
    Object.entries(graph.processes).map(([name, child]) => {
      const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
      // utime and stime are fields 14 and 15 of stat; after the command's closing parenthesis they are 12 and 13.
      return [name, (Number(fields[11]) + Number(fields[12])) * tickMs];
    }),
  );
}

/**
 * How fast this machine is today, in a unit that means something here: one argon2id hash with the
 * accounts' parameters (64 MiB, 3 passes; memory- and CPU-bound, single-threaded), median of five.
 * Shared two-core machines differ from day to day by a factor of two; figures from different days
 * compare only next to this reference.
 */
export async function machineReferenceMs(): Promise<number> {
  const options = { memoryCost: 65_536, timeCost: 3, parallelism: 1 };
  await hash('warm-up', options);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await hash(`reference-${i}`, options);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[2];
}

/** CPU time (ms) used so far by every Postgres server process on this machine (the local or embedded server). */
export function postgresCpuMs(): number {
  let ms = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (!stat.includes('(postgres)')) continue;
      const fields = stat.split(') ')[1].split(' ');
      ms += (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // the process ended between the listing and the read
    }
  }
  return ms;
}

/** CPU time (ms) the whole machine has been busy so far: every process, Postgres and the load generator included. */
export function machineBusyMs(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, , , irq, softirq, steal] = ticks.map(Number);
  return (user + nice + system + irq + softirq + steal) * 10;
}

export function printMemory(label: string, mib: Record<string, number>): void {
  const total = Object.values(mib).reduce((a, b) => a + b, 0);
  console.log(
    `  ${label.padEnd(22)} ${Object.entries(mib)
      .map(([name, v]) => `${name} ${v.toFixed(0)}`)
      .join(', ')}; total ${total.toFixed(0)} MiB`,
  );
}

/** Empties the catalog's cache the way Sanity does: a signed content webhook. */
async function clearCatalogCache(graph: LaunchedGraph): Promise<void> {
  const body = JSON.stringify({ ids: { all: [] } });
  const response = await fetch(new URL('/webhooks/sanity', graph.subgraphUrls.catalog), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SANITY_SIGNATURE_HEADER]: signWebhook(body, WEBHOOK_SECRET) },
    body,
  });
  if (!response.ok) throw new Error(`catalog refused the cache-clearing webhook: ${response.status}`);
}

/**
 * Waits until no job that is due is pending or running, so that SQL counted for an operation is the
 * operation's own and not the audit or mail consumers catching up on earlier load. Jobs due later
 * (reservation expiries) are not waiting: they are scheduled.
 */
async function queuesDrained(databaseUrl: string): Promise<void> {
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  try {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const { rows } = await sql.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active') AND start_after <= now()`,
      );
      if (rows[0].n === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await sql.end();
  }
}

/**
 * SQL statements and GROQ requests of one execution through the gateway: warm (what the bench load
 * costs, catalog cache on) and cold (right after a content change emptied the cache).
 */
export async function workOf(graph: LaunchedGraph, operation: Operation, headers: Record<string, string>, databaseUrl: string) {
  const body = JSON.stringify({ query: operation.query, variables: operation.variables });
  const send = () => fetch(graph.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const runs = 10;
  await send();
  await queuesDrained(databaseUrl);
  let before = await counters(graph);
  for (let i = 0; i < runs; i++) await send();
  // A staff read's audit entry is written by the consumer afterwards: it is part of the read's cost.
  await queuesDrained(databaseUrl);
  let after = await counters(graph);
  const warm = { sql: (after.sql - before.sql) / runs, groq: (after.groq - before.groq) / runs };
  const coldTotal = { sql: 0, groq: 0 };
  for (let i = 0; i < runs; i++) {
    await clearCatalogCache(graph);
    before = await counters(graph);
    await send();
    await queuesDrained(databaseUrl);
    after = await counters(graph);
    coldTotal.sql += after.sql - before.sql;
    coldTotal.groq += after.groq - before.groq;
  }
  const cold = { sql: coldTotal.sql / runs, groq: coldTotal.groq / runs };
  return { warm, cold };
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits).padStart(8);
