import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { Pool } from 'pg';
import { mintBearerToken } from '@elysium/subgraph-kit/core';
import { readMetric } from '@elysium/subgraph-kit/testing';
import { graphqlPost, IDENTITY_SECRET, WARMUP_MS, cpuOf, fmt, machineBusyMs, postgresCpuMs } from './bench-measure';
import type { LaunchedGraph } from './launch-graph';
import { integrityCounts } from './measured-graph';

/**
 * Checkout's figures, through the gateway as the storefront drives it: paid orders per second
 * (cart → placeOrder → the card confirmed at Stripe (the double) → webhook → payments → outbox →
 * orders commits the stock → PAID), with latency from placeOrder to PAID; oversells after the run;
 * and a 20-line cart read with its SQL statements and subgraph calls.
 */

const JWT_SECRET = 'dev-only-jwt-change-me';
/**
 * Buyers checking out at once. A checkout spends most of its time waiting (for Stripe, the webhook and
 * the outbox), so a throughput figure needs more buyers in flight than the read figures' clients.
 */
const CHECKOUT_BUYERS = 16;

const gql = <T>(url: string, query: string, variables: Record<string, unknown>, token?: string) =>
  graphqlPost<T>(url, query, variables, token ? { authorization: `Bearer ${token}` } : {});

const PLACE = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on PlacedOrder { paymentClientSecret order { id } } } }`;
const ADD = `mutation ($sku: String!) { addToCart(input: { sku: $sku }) { __typename } }`;
const DELIVERY = {
  method: 'UK_NEXT_DAY_INSURED',
  address: { recipientName: 'Bench Client', line1: '1 Mount Street', city: 'London', postcode: 'W1K 2RN', countryCode: 'GB' },
};

export async function benchCheckout(graph: LaunchedGraph, databaseUrl: string, staffToken: string, ms: number): Promise<void> {
  const url = new URL(graph.stripeUrl);
  const stripe = new Stripe('sk_test_bench', { host: url.hostname, port: Number(url.port), protocol: 'http' });
  // A pool: the buyers wait on their orders side by side.
  const sql = new Pool({ connectionString: databaseUrl, max: 4 });
  try {
    // Pieces under £5,000 (no 3-D Secure challenge), each with stock enough for the run.
    const { products } = await gql<{
      products: { nodes: Array<{ leadTimeWeeks: number | null; variants: Array<{ sku: string; price: { amount: number } }> }> };
    }>(graph.gatewayUrl, '{ products(first: 100) { nodes { leadTimeWeeks variants { sku price { amount } } } } }', {}, staffToken);
    const skus = products.nodes
      .filter((p) => p.leadTimeWeeks === null)
      .flatMap((p) => p.variants.filter((v) => v.price.amount < 500_000).map((v) => v.sku))
      .slice(0, 20);
    for (const sku of skus) {
      await gql(
        graph.gatewayUrl,
        'mutation ($sku: String!) { receiveStock(input: { sku: $sku, locationId: "vault", quantity: 1000 }) { __typename } }',
        { sku },
        staffToken,
      );
    }

    const subgraphs = ['orders', 'payments', 'inventory'] as const;
    const statements = async () =>
      Object.fromEntries(
        await Promise.all(
          subgraphs.map(
            async (name) =>
              [name, await readMetric(graph.subgraphUrls[name], 'elysium_sql_statements_total', IDENTITY_SECRET).catch(() => 0)] as const,
          ),
        ),
      ) as Record<(typeof subgraphs)[number], number>;
    // Every 20 ms one statement reads the status of every order still waiting, so watching costs the
    // database the same however many buyers there are.
    const waiting = new Map<string, () => void>();
    const watcher = setInterval(() => {
      if (!waiting.size) return;
      void sql
        .query(`SELECT id FROM orders."order" WHERE id = ANY($1) AND status <> 'PENDING_PAYMENT'`, [[...waiting.keys()]])
        .then(({ rows }) => {
          for (const { id } of rows as Array<{ id: string }>) {
            waiting.get(id)?.();
            waiting.delete(id);
          }
        });
    }, 20);
    const settled = (orderId: string) =>
      new Promise<void>((resolve, reject) => {
        const stuck = setTimeout(() => reject(new Error(`order ${orderId} still PENDING_PAYMENT after 30 s`)), 30_000);
        waiting.set(orderId, () => {
          clearTimeout(stuck);
          resolve();
        });
      });

    /** Buyers check out side by side until `ms` has passed; each checkout's phases are timed. */
    const checkouts = async (ms: number) => {
      const phases = { total: [] as number[], placeOrder: [] as number[], confirm: [] as number[], paidAfterConfirm: [] as number[] };
      const deadline = performance.now() + ms;
      await Promise.all(
        Array.from({ length: CHECKOUT_BUYERS }, async () => {
          while (performance.now() < deadline) {
            const token = await mintBearerToken({ subject: randomUUID(), role: 'customer' }, JWT_SECRET);
            await gql(graph.gatewayUrl, ADD, { sku: skus[Math.floor(Math.random() * skus.length)] }, token);
            const t0 = performance.now();
            const { placeOrder } = await gql<{ placeOrder: { __typename: string; paymentClientSecret: string; order: { id: string } } }>(
              graph.gatewayUrl,
              PLACE,
              { input: { idempotencyKey: `bench-${randomUUID()}`, contactEmail: 'bench@example.com', delivery: DELIVERY } },
              token,
            );
            if (placeOrder.__typename !== 'PlacedOrder') throw new Error(`placeOrder answered ${placeOrder.__typename}`);
            const t1 = performance.now();
            await stripe.paymentIntents.confirm(placeOrder.paymentClientSecret.split('_secret_')[0], { payment_method: 'pm_card_visa' });
            const t2 = performance.now();
            await settled(placeOrder.order.id);
            const t3 = performance.now();
            phases.total.push(t3 - t0);
            phases.placeOrder.push(t1 - t0);
            phases.confirm.push(t2 - t1);
            phases.paidAfterConfirm.push(t3 - t2);
          }
        }),
      );
      return phases;
    };
    // As every other figure, after a warm-up: the first checkouts pay for the JIT in five processes.
    await checkouts(WARMUP_MS);
    const sqlBefore = await statements();
    const cpuBefore = cpuOf(graph);
    const busyBefore = machineBusyMs();
    const postgresBefore = postgresCpuMs();
    const driverBefore = process.cpuUsage();
    const started = performance.now();
    const phases = await checkouts(ms);
    clearInterval(watcher);
    const latencies = phases.total;
    const paid = latencies.length;
    const elapsed = (performance.now() - started) / 1000;
    const cpuAfter = cpuOf(graph);
    const busy = machineBusyMs() - busyBefore;
    const postgres = postgresCpuMs() - postgresBefore;
    const driverUsage = process.cpuUsage(driverBefore);
    const driver = (driverUsage.user + driverUsage.system) / 1000;
    // Let the last outcomes and mails settle, then count what the paid orders cost in SQL.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const sqlAfter = await statements();
    const at = (q: number, values = latencies) => {
      const sorted = [...values].sort((a, b) => a - b);
      return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    };
    const { oversold, chargedWithoutOrder } = await integrityCounts(sql);
    console.log('\nCheckout through the gateway (cart → placeOrder → card confirmed at Stripe → webhook → PAID):');
    const perOrder = subgraphs.map((name) => `${name} ${((sqlAfter[name] - sqlBefore[name]) / Math.max(1, paid)).toFixed(1)}`).join(', ');
    console.log(
      `  paid orders: ${fmt(paid / elapsed)}/s (${CHECKOUT_BUYERS} buyers, ${paid} orders), placeOrder→PAID p50 ${at(0.5).toFixed(0)} ms, p99 ${at(0.99).toFixed(0)} ms; oversold counts ${oversold}; charged without an order ${chargedWithoutOrder}`,
    );
    console.log(
      `  p50 by phase: placeOrder ${at(0.5, phases.placeOrder).toFixed(0)} ms, card confirmed at Stripe ${at(0.5, phases.confirm).toFixed(0)} ms, webhook to PAID ${at(0.5, phases.paidAfterConfirm).toFixed(0)} ms`,
    );
    console.log(
      `  CPU ms per paid order by process: ${Object.keys(cpuAfter)
        .map((name) => `${name} ${((cpuAfter[name] - cpuBefore[name]) / Math.max(1, paid)).toFixed(1)}`)
        .join(
          ', ',
        )}; Postgres ${(postgres / Math.max(1, paid)).toFixed(1)}; the buyers (this process) ${(driver / Math.max(1, paid)).toFixed(1)}; the whole machine ${(busy / Math.max(1, paid)).toFixed(1)}`,
    );
    console.log(`  SQL statements per paid order (cart, checkout, webhooks, outcome, mail; queue polling included): ${perOrder}`);

    // A 20-line cart read: what the cart costs to show.
    const reader = await mintBearerToken({ subject: randomUUID(), role: 'customer' }, JWT_SECRET);
    for (const sku of skus.slice(0, 20)) await gql(graph.gatewayUrl, ADD, { sku }, reader);
    const CART =
      '{ cart { itemCount subtotal { formatted } lines { title quantity unitPrice { formatted } priceChanged product { title image { url(width: 300) } } } } }';
    const before = await readMetric(graph.subgraphUrls.orders, 'elysium_sql_statements_total', IDENTITY_SECRET);
    const groqBefore = await readMetric(graph.subgraphUrls.catalog, 'elysium_groq_requests_total', IDENTITY_SECRET);
    const rounds = 20;
    const t0 = performance.now();
    for (let i = 0; i < rounds; i++) await gql(graph.gatewayUrl, CART, {}, reader);
    const perRead = (performance.now() - t0) / rounds;
    const sqlPerRead = ((await readMetric(graph.subgraphUrls.orders, 'elysium_sql_statements_total', IDENTITY_SECRET)) - before) / rounds;
    const groqPerRead =
      ((await readMetric(graph.subgraphUrls.catalog, 'elysium_groq_requests_total', IDENTITY_SECRET)) - groqBefore) / rounds;
    console.log(
      `  cart of 20 lines with titles, prices and images: ${perRead.toFixed(2)} ms a read, ${sqlPerRead} SQL statement(s) in orders, 1 call orders→catalog for prices, ${groqPerRead} GROQ request(s) (cache warm)`,
    );
  } finally {
    await sql.end();
  }
}
