import os from 'node:os';
import { CONFIGURATOR_VIEW_SELECTION, firstOfferedChoice, type ConfiguratorView } from '@elysium/catalog';
import { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS, DEMO_CUSTOMERS } from '@elysium/demo';
import { internalCallHeaders, mintBearerToken } from '@elysium/subgraph-kit/core';
import { benchCheckout } from './bench-checkout';
import { benchGateways } from './bench-gateways';
import { benchNpmStart } from './bench-start';
import { benchInventory } from './bench-inventory';
import { benchStorefront } from './bench-web';
import {
  CONCURRENCY,
  WARMUP_MS,
  drive,
  machineReferenceMs,
  fmt,
  IDENTITY_SECRET,
  memoryOf,
  printMemory,
  workOf,
  type Operation,
} from './bench-measure';
import { toolsEnv } from './env';
import { launchMeasuredGraph, scratchDatabase } from './measured-graph';

/**
 * `npm run bench`: starts the graph as `npm start` does (separate processes, real HTTP, Postgres),
 * then drives representative operations through the gateway and straight at the owning subgraph,
 * printing throughput, latency, the gateway's overhead and the work each operation costs.
 * The load generator shares the machine's cores with the graph, so figures are conservative.
 */

const MEASURE_MS = 5000;
// The development default the launched gateway uses.
const JWT_SECRET = 'dev-only-jwt-change-me';

/** Gives the demo client an address book, a wishlist and a consent, through the graph, for `me` to read. */
async function seedClientLists(gatewayUrl: string, headers: Record<string, string>): Promise<void> {
  const mutations = [
    `mutation { addAddress(input: { recipientName: "Charlotte Ashworth", line1: "12 Cadogan Square", city: "London", postcode: "SW1X 0JT", countryCode: "GB" }) { __typename } }`,
    `mutation { addAddress(input: { recipientName: "Charlotte Ashworth", line1: "3 Rue de Rivoli", city: "Paris", postcode: "75004", countryCode: "FR" }) { __typename } }`,
    ...['product-aurelia-solitaire', 'product-belgravia-sapphire-pendant', 'product-cadogan-diamond-line-bracelet'].map(
      (id) => `mutation { addToWishlist(input: { productId: "${id}" }) { __typename } }`,
    ),
    `mutation { recordConsent(input: { channel: EMAIL, purpose: EVENTS, granted: true, policyVersion: "2026-11" }) { __typename } }`,
  ];
  for (const query of mutations) {
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (body.errors) throw new Error(`seeding the client's lists failed: ${JSON.stringify(body.errors).slice(0, 300)}`);
  }
}

/** A bespoke choice the demo engagement-ring configurator accepts, read from the graph itself. */
async function bespokeChoice(gatewayUrl: string): Promise<Record<string, string>> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `{ configurator(productId: "product-aurelia-solitaire") ${CONFIGURATOR_VIEW_SELECTION} }` }),
  });
  const { configurator } = ((await response.json()) as { data: { configurator: ConfiguratorView } }).data;
  return { ...firstOfferedChoice('product-aurelia-solitaire', configurator), engraving: 'Always' };
}

async function main(): Promise<void> {
  // BENCH_ONLY picks sections when working on one figure; the full run prints them all.
  const runs = (section: 'reads' | 'gateways' | 'signin' | 'inventory' | 'checkout' | 'web' | 'growth' | 'start') =>
    !toolsEnv.BENCH_ONLY || toolsEnv.BENCH_ONLY.has(section);
  const database = await scratchDatabase('bench');
  // The load comes from one address; production's per-IP budget would (rightly) throttle it. The
  // limits still run on every request: they are part of what is measured.
  const unlimited = { RATE_LIMIT_IP_POINTS: '1000000000', RATE_LIMIT_IDENTITY_POINTS: '1000000000' };
  const { graph, readyMs } = await launchMeasuredGraph(
    database.url,
    { gateway: unlimited, 'hive-gateway': unlimited },
    { hiveGateway: runs('gateways') },
  );
  const idleMemory = memoryOf(graph);
  try {
    const client = DEMO_CUSTOMERS[0];
    const staffToken = await mintBearerToken({ subject: 'bench-staff', role: 'staff' }, JWT_SECRET);
    const clientToken = await mintBearerToken({ subject: client.id, role: 'customer' }, JWT_SECRET);
    const LISTING_FIELDS = 'id slug title price { amount currency formatted } image { url(width: 600) alt width height }';
    const listing = (first: number, withAvailability = true) =>
      `{ products(first: ${first}) { nodes { ${LISTING_FIELDS}${withAvailability ? ' availability { status quantityAvailable }' : ''} } } }`;
    const PRODUCT_PAGE = `{ product(slug: "aurelia-solitaire") { id title description price { formatted } images { url(width: 1200) alt }
      variants { sku metal size price { formatted } } collections { title } stones { title carat colour clarity lab certificateNumber price { formatted } } configurable } }`;
    const PRICE = `query ($input: ConfigurationInput!) { priceConfiguration(input: $input) { __typename ... on ConfigurationQuote { token breakdown { total { formatted } } } } }`;
    const quoteInput = await bespokeChoice(graph.gatewayUrl);
    const operations: Operation[] = [
      {
        name: 'storefront listing (first: 20), price, image, availability',
        query: listing(20),
        owner: 'catalog',
        directQuery: listing(20, false),
        auth: 'none',
      },
      {
        name: 'product page: images, variants, stones, prices',
        query: PRODUCT_PAGE,
        owner: 'catalog',
        directQuery: PRODUCT_PAGE,
        auth: 'none',
      },
      {
        name: 'bespoke quote (priceConfiguration)',
        query: PRICE,
        variables: { input: quoteInput },
        owner: 'catalog',
        directQuery: PRICE,
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
      {
        name: 'me: profile, addresses, wishlist, consents (client)',
        query: `{ me { givenName phone addresses { line1 postcode } wishlist { addedAt product { title } } consents { channel granted } } }`,
        owner: 'customers',
        directQuery: `{ me { givenName phone addresses { line1 postcode } wishlist { addedAt } consents { channel granted } } }`,
        auth: 'client',
      },
    ];

    console.log(`\nELYSIUM bench: ${os.cpus().length} cores, ${CONCURRENCY} concurrent clients, ${MEASURE_MS / 1000} s per figure`);
    console.log(
      `This machine today: ${(await machineReferenceMs()).toFixed(0)} ms per argon2id hash (64 MiB, 3 passes); figures from days with another reference scale with it.\n`,
    );
    console.log(
      `${'operation'.padEnd(58)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)} | ${'direct'.padStart(8)} ${'p50 ms'.padStart(8)} | ${'p50 ratio'.padStart(9)} | ${'1-client p50 gw/direct'.padStart(22)} | ${'SQL/op'.padStart(6)} ${'GROQ/op'.padStart(7)} ${'cold GROQ'.padStart(9)} | ${'cached req/s'.padStart(12)} ${'p50 ms'.padStart(8)}`,
    );
    // Signed-in requests always run in full (the gateway caches anonymous answers only), so the main
    // figures are the real cost of each operation; "cached" is the same operation asked anonymously.
    const signedIn = { authorization: `Bearer ${staffToken}` };
    const asClient = { authorization: `Bearer ${clientToken}` };
    await seedClientLists(graph.gatewayUrl, asClient);
    /** Each operation's caller through the gateway, and the identity the gateway would sign for its subgraph. */
    const callerOf = (operation: Operation) => ({
      headers: operation.auth === 'client' ? asClient : signedIn,
      directIdentity:
        operation.auth === 'staff'
          ? ({ subject: 'bench-staff', role: 'staff' } as const)
          : operation.auth === 'client'
            ? ({ subject: client.id, role: 'customer' } as const)
            : null,
    });
    for (const operation of runs('reads') ? operations : []) {
      const { headers: callerHeaders, directIdentity } = callerOf(operation);
      // A call signed for the owning subgraph, as the gateway signs it (valid for 30 s: made per operation).
      const directHeaders = directIdentity
        ? internalCallHeaders(operation.owner, IDENTITY_SECRET, directIdentity, 'bench', {
            query: operation.directQuery,
            variables: operation.variables,
          })
        : {};
      const body = JSON.stringify({ query: operation.query, variables: operation.variables });
      const directBody = JSON.stringify({ query: operation.directQuery, variables: operation.variables });
      const directUrl = graph.subgraphUrls[operation.owner];
      await drive(graph.gatewayUrl, body, callerHeaders, WARMUP_MS);
      await drive(directUrl, directBody, directHeaders, WARMUP_MS);
      const viaGateway = await drive(graph.gatewayUrl, body, callerHeaders, MEASURE_MS);
      const direct = await drive(directUrl, directBody, directHeaders, MEASURE_MS);
      // One client at a time: latency without queueing, i.e. what the gateway's hop itself adds.
      const alone = await drive(graph.gatewayUrl, body, callerHeaders, MEASURE_MS / 2, 1);
      const directAlone = await drive(directUrl, directBody, directHeaders, MEASURE_MS / 2, 1);
      const cached = operation.auth === 'none' ? await drive(graph.gatewayUrl, body, {}, MEASURE_MS) : null;
      const { warm, cold } = await workOf(graph, operation, callerHeaders, database.url);
      console.log(
        `${operation.name.padEnd(58)} ${fmt(viaGateway.requestsPerSecond)} ${fmt(viaGateway.p50, 2)} ${fmt(viaGateway.p99, 2)} | ${fmt(direct.requestsPerSecond)} ${fmt(direct.p50, 2)} | ${fmt(viaGateway.p50 / direct.p50, 2).padStart(9)} | ${`${alone.p50.toFixed(2)} / ${directAlone.p50.toFixed(2)} = ${(alone.p50 / directAlone.p50).toFixed(2)}`.padStart(22)} | ${fmt(warm.sql).slice(2)} ${fmt(warm.groq).slice(1)} ${fmt(cold.groq).padStart(9)} | ${cached ? `${fmt(cached.requestsPerSecond).padStart(12)} ${fmt(cached.p50, 2)}` : 'signed-in only'.padStart(21)}`,
      );
    }

    console.log('\n"direct" is the owning subgraph alone, answering its own part of the operation (no other subgraph).');
    console.log(
      'Main figures are signed-in requests, which always run in full; "cached" asks anonymously, which the gateway may answer from its response cache.',
    );
    console.log('"cold GROQ" is measured right after a content webhook emptied the catalog cache.');
    if (runs('gateways')) {
      const compared = operations.filter((operation) => !operation.name.startsWith('bespoke') && !operation.name.startsWith('me:'));
      await benchGateways(
        graph,
        compared.map((operation) => ({ ...operation, ...callerOf(operation) })),
        MEASURE_MS,
      );
    }
    // Sign-in is deliberately slow: argon2id with 64 MiB and 3 passes per attempt.
    const [demoClient] = DEMO_ACCOUNTS.filter((a) => a.role === 'customer');
    const signIn = JSON.stringify({
      query: 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename ... on SessionTokens { accessToken } } }',
      variables: { e: demoClient.email, p: DEMO_ACCOUNT_PASSWORD },
    });
    if (runs('signin')) {
      const signIns = await drive(graph.gatewayUrl, signIn, {}, MEASURE_MS, 2);
      console.log(
        `\nsignIn through the gateway (argon2id, 64 MiB, 3 passes, 1 lane; 2 concurrent): ${signIns.requestsPerSecond.toFixed(1)}/s, p50 ${signIns.p50.toFixed(1)} ms, p99 ${signIns.p99.toFixed(1)} ms`,
      );
    }
    if (runs('inventory')) await benchInventory(graph, signedIn, MEASURE_MS);
    if (runs('checkout')) await benchCheckout(graph, database.url, staffToken, MEASURE_MS);
    if (runs('web')) await benchStorefront(graph, 'aurelia-solitaire');
    if (runs('start')) await benchNpmStart(10_000);
    console.log(
      `\nThe compiled graph (npm run build; node dist/…, a process per app, as production runs) was ready ${(readyMs / 1000).toFixed(1)} s after launch.`,
    );
    console.log('Resident memory (MiB):');
    printMemory('idle after start', idleMemory);
    printMemory('after the load', memoryOf(graph));
    console.log('\nSQL statements and GROQ requests per listing as the page grows (must stay flat):');
    for (const first of runs('growth') ? [1, 20, 100] : []) {
      const { warm, cold } = await workOf(
        graph,
        { name: '', query: listing(first), owner: 'catalog', directQuery: '', auth: 'none' },
        signedIn,
        database.url,
      );
      const response = await fetch(graph.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: listing(first) }),
      });
      const items = ((await response.json()) as { data: { products: { nodes: unknown[] } } }).data.products.nodes.length;
      console.log(
        `  products(first: ${String(first).padStart(3)}): ${String(items).padStart(3)} items, ${warm.sql} SQL, ${cold.groq} GROQ cold, ${warm.groq} GROQ warm`,
      );
    }
  } finally {
    await graph.stop();
    await database.drop();
  }
}

main().catch((error: Error) => {
  console.error(`bench failed: ${error.message}`);
  process.exit(1);
});
