import { randomUUID } from 'node:crypto';
import { internalCallHeaders } from '@elysium/subgraph-kit/core';
import { readMetric } from '@elysium/subgraph-kit/testing';
import { CONCURRENCY, IDENTITY_SECRET, fmt, graphqlPost } from './bench-measure';
import type { LaunchedGraph } from './launch-graph';

/**
 * Inventory's figures: reservations per second with every buyer on one hot SKU (one row, every
 * transaction queued on its lock) and spread over every SKU in the catalogue, the race for a single
 * piece, and availability for 100 products with its SQL cost. Reservations are internal: they go
 * straight to the inventory subgraph, signed as checkout (orders) signs them.
 */

const RESERVE = `mutation ($input: ReserveStockInput!) { reserveStock(input: $input) { __typename } }`;

const graphql = graphqlPost;

/** One reservation, signed as checkout signs it. */
function reserve(inventoryUrl: string, lines: Array<Record<string, unknown>>): Promise<{ reserveStock: { __typename: string } }> {
  const variables = { input: { idempotencyKey: `bench-${randomUUID()}`, lines, ttlSeconds: 900 } };
  return graphql(
    inventoryUrl,
    RESERVE,
    variables,
    internalCallHeaders('inventory', IDENTITY_SECRET, null, 'orders', { query: RESERVE, variables }),
  );
}

/** Reservations for `ms` from CONCURRENCY buyers; counts the ones that held stock. */
async function driveReservations(inventoryUrl: string, linesFor: () => Array<Record<string, unknown>>, ms: number) {
  const latencies: number[] = [];
  let held = 0;
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const { reserveStock } = await reserve(inventoryUrl, linesFor());
        latencies.push(performance.now() - t0);
        if (reserveStock.__typename === 'Reservation') held++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    perSecond: held / ((performance.now() - started) / 1000),
    p50: latencies[Math.floor(latencies.length / 2)],
    held,
    asked: latencies.length,
  };
}

export async function benchInventory(graph: LaunchedGraph, staffHeaders: Record<string, string>, ms: number): Promise<void> {
  const inventoryUrl = graph.subgraphUrls.inventory;
  const { products } = await graphql<{ products: { nodes: Array<{ id: string; variants: Array<{ sku: string }> }> } }>(
    graph.gatewayUrl,
    '{ products(first: 100) { nodes { id variants { sku } } } }',
    {},
    staffHeaders,
  );
  const skus = products.nodes.flatMap((p) => p.variants.map((v) => v.sku));
  const receive = (sku: string, quantity: number) =>
    graphql(
      graph.gatewayUrl,
      'mutation ($sku: String!, $q: Int!) { receiveStock(input: { sku: $sku, locationId: "vault", quantity: $q }) { __typename } }',
      { sku, q: quantity },
      staffHeaders,
    );
  // Stock enough that no buyer is turned away while measuring: one hot SKU, and every other SKU.
  const [hot, race, ...spread] = skus;
  for (let i = 0; i < 30; i++) await receive(hot, 1000);
  for (const sku of spread) await receive(sku, 200);
  await receive(race, 1);

  console.log('\nInventory (reservations straight to the inventory subgraph, signed as checkout):');
  const contended = await driveReservations(inventoryUrl, () => [{ sku: hot, quantity: 1 }], ms);
  console.log(
    `  reserve, one hot SKU (${CONCURRENCY} buyers on one row):       ${fmt(contended.perSecond)}/s held, p50 ${contended.p50.toFixed(2)} ms`,
  );
  const uncontended = await driveReservations(
    inventoryUrl,
    () => [{ sku: spread[Math.floor(Math.random() * spread.length)], quantity: 1 }],
    ms,
  );
  console.log(
    `  reserve, spread over ${String(spread.length).padStart(3)} SKUs:                     ${fmt(uncontended.perSecond)}/s held, p50 ${uncontended.p50.toFixed(2)} ms`,
  );
  const racers = await Promise.all(Array.from({ length: 200 }, () => reserve(inventoryUrl, [{ sku: race, quantity: 1 }])));
  const won = racers.filter((r) => r.reserveStock.__typename === 'Reservation').length;
  const refused = racers.filter((r) => r.reserveStock.__typename === 'OutOfStockError').length;
  const { stockLedgerCheck } = await graphql<{ stockLedgerCheck: unknown[] }>(
    graph.gatewayUrl,
    '{ stockLedgerCheck { id } }',
    {},
    staffHeaders,
  );
  console.log(
    `  200 buyers race for one piece: ${won} reserved, ${refused} told out of stock, oversold ${Math.max(0, won - 1)}; ledger discrepancies ${stockLedgerCheck.length}`,
  );

  const ids = products.nodes.map((p) => p.id);
  const AVAILABILITY = `{ products(first: 100) { nodes { availability { status quantityAvailable } } } }`;
  const before = await readMetric(inventoryUrl, 'elysium_sql_statements_total', IDENTITY_SECRET);
  const rounds = 20;
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) await graphql(graph.gatewayUrl, AVAILABILITY, {}, staffHeaders);
  const perRequest = (performance.now() - t0) / rounds;
  const sql = ((await readMetric(inventoryUrl, 'elysium_sql_statements_total', IDENTITY_SECRET)) - before) / rounds;
  console.log(
    `  availability of ${ids.length} products through the gateway (signed in): ${perRequest.toFixed(2)} ms a request, ${sql} SQL statement(s) a request`,
  );
}
