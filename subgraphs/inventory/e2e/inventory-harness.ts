import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createClient, type SanityClient } from '@sanity/client';
import pino from 'pino';
import { CATALOG_NDJSON } from '@elysium/demo';
import { startContentLake } from '@elysium/content-lake';
import { startMailSink } from '@elysium/mail-sink';
import { freePort, parseEnv, signedCall, startPostgresSubgraph, type Identity, type RunningSubgraph } from '@elysium/subgraph-kit';
import { createTestDatabase, graphqlRequest, type TestDatabase } from '@elysium/subgraph-kit/testing';
import { catalogEnv, startCatalog } from '@elysium/catalog';
import { inventoryEnv } from '../src/inventory-env';
import { verifyLedger, type LedgerDiscrepancy } from '../src/ledger/ledger-check';
import type { InventoryServices } from '../src/services';
import { inventorySubgraph } from '../src/subgraph';

const SECRET = 'inventory-e2e-identity-secret';
const LAKE_TOKEN = 'inventory-e2e-lake-token';

type Doc = Record<string, unknown> & { _id: string; _type: string };

/** What reserveStock answers, whichever member of its union. */
export interface ReserveAnswer {
  __typename: string;
  id?: string;
  status?: string;
  code?: string;
  message?: string;
  lines?: Array<{
    line: number;
    sku: string | null;
    productId: string | null;
    unitId: string | null;
    locationId: string;
    quantity: number;
  }>;
  shortLines?: Array<{
    line: number;
    sku: string | null;
    productId: string | null;
    unitId: string | null;
    requested: number;
    available: number;
  }>;
}

/** A catalogue document of `type` from the demo export, as a template for a test's own documents. */
function template(type: string): Doc {
  const line = readFileSync(CATALOG_NDJSON, 'utf8')
    .split('\n')
    .find((l) => l.includes(`"_type":"${type}"`) && l.startsWith('{"_id":"' + type));
  if (!line) throw new Error(`no ${type} in the demo catalogue`);
  return JSON.parse(line) as Doc;
}

/**
 * Inventory over HTTP on its own fresh database, with the real catalog (reading a local content
 * lake) behind it and a mail sink for its alerts. Each test makes its own products, stones and
 * stock through `newProduct`, `newStone` and the staff operations.
 */
export async function startInventoryHarness(label: string, options: { poolSize?: number } = {}) {
  const database: TestDatabase = await createTestDatabase(label);
  const silent = pino({ level: 'silent' });
  const lake = await startContentLake({
    host: '127.0.0.1',
    port: 0,
    dataset: 'production',
    token: LAKE_TOKEN,
    seedFile: CATALOG_NDJSON,
    log: silent,
  });
  const mail = await startMailSink({ host: '127.0.0.1', port: 0, smtpPort: 0, log: silent });
  const catalog = await startCatalog(
    parseEnv(catalogEnv, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: String(await freePort()),
      CONTENT_LAKE_URL: lake.apiHost,
      SANITY_API_TOKEN: LAKE_TOKEN,
      IDENTITY_SECRET: SECRET,
      CATALOG_CACHE_TTL_SECONDS: '0',
    }),
  );
  const inventory: RunningSubgraph<InventoryServices> = await startPostgresSubgraph(
    inventorySubgraph,
    parseEnv(inventoryEnv, {
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      PORT: '0',
      DATABASE_URL: database.url,
      DATABASE_POOL_SIZE: String(options.poolSize ?? 6),
      IDENTITY_SECRET: SECRET,
      CATALOG_URL: catalog.url,
      SMTP_URL: mail.smtpUrl,
    }),
  );
  const editor: SanityClient = createClient({
    projectId: 'local',
    dataset: 'production',
    apiHost: lake.apiHost,
    useProjectHostname: false,
    useCdn: false,
    apiVersion: '2025-02-19',
    token: LAKE_TOKEN,
  });

  const signer = {
    /** Checkout, as the orders service signs it. */
    orders: signedCall('inventory', SECRET, null, 'orders'),
    /** The gateway forwarding a signed-in person. */
    gatewayAs: (identity: Identity | null) => signedCall('inventory', SECRET, identity, 'gateway'),
    staff: signedCall('inventory', SECRET, { subject: 'staff-inventory-e2e', role: 'staff' }, 'gateway'),
    atelier: signedCall('inventory', SECRET, { subject: 'atelier-inventory-e2e', role: 'atelier' }, 'gateway'),
    customer: signedCall('inventory', SECRET, { subject: randomUUID(), role: 'customer' }, 'gateway'),
  };

  const call = <T>(
    headers: (op: { query: string; variables?: unknown }) => Record<string, string>,
    query: string,
    variables?: Record<string, unknown>,
  ) => graphqlRequest<T>(inventory.url, query, { variables, headers });

  /** A product of the test's own, with `variants` SKUs, published in the lake. */
  async function newProduct(variants = 2): Promise<{ id: string; skus: string[] }> {
    const base = template('product');
    const tag = randomUUID().slice(0, 8).toUpperCase();
    const id = `product-test-${tag.toLowerCase()}`;
    const skus = Array.from({ length: variants }, (_, i) => `TEST-${tag}-${i + 1}`);
    const baseVariants = base.variants as Array<Record<string, unknown>>;
    await editor.createOrReplace({
      ...base,
      _id: id,
      slug: { _type: 'slug', current: id },
      stones: [],
      variants: skus.map((sku, i) => ({ ...baseVariants[0], _key: `v${i}`, sku })),
    });
    return { id, skus };
  }

  /** A certified stone of the test's own. */
  async function newStone(): Promise<{ id: string; lab: string; certificateNumber: string }> {
    const base = template('stone');
    const id = `stone-test-${randomUUID().slice(0, 8)}`;
    const certificateNumber = String(Math.floor(Math.random() * 1e10)).padStart(10, '7');
    await editor.createOrReplace({ ...base, _id: id, lab: 'GIA', certificateNumber });
    return { id, lab: 'GIA', certificateNumber };
  }

  const RECEIVE = `mutation ($input: ReceiveStockInput!) { receiveStock(input: $input) { __typename ... on LocationStock { id onHand reserved available } ... on ErrorResult { code message } } }`;
  const RECEIVE_UNIT = `mutation ($input: ReceiveUnitInput!) { receiveUnit(input: $input) { __typename ... on StockUnit { id serialNumber status locationId } ... on ErrorResult { code message } } }`;

  /** Books counted stock in through the staff operation; fails the test unless it took. */
  async function receive(sku: string, quantity: number, locationId = 'vault'): Promise<{ id: string; onHand: number }> {
    const response = await call<{ receiveStock: { __typename: string; id: string; onHand: number; message?: string } }>(
      signer.staff,
      RECEIVE,
      {
        input: { sku, locationId, quantity },
      },
    );
    if (response.data?.receiveStock.__typename !== 'LocationStock') throw new Error(`receiveStock: ${JSON.stringify(response)}`);
    return response.data.receiveStock;
  }

  /** Books a one-of-one piece in as a serialised unit. */
  async function receivePiece(productId: string, locationId = 'vault'): Promise<{ id: string; serialNumber: string }> {
    const serialNumber = `T-${randomUUID().slice(0, 12)}`;
    const response = await call<{ receiveUnit: { __typename: string; id: string; serialNumber: string } }>(signer.staff, RECEIVE_UNIT, {
      input: { serialNumber, productId, locationId },
    });
    if (response.data?.receiveUnit.__typename !== 'StockUnit') throw new Error(`receiveUnit: ${JSON.stringify(response)}`);
    return response.data.receiveUnit;
  }

  const RESERVE = `mutation ($input: ReserveStockInput!) {
    reserveStock(input: $input) {
      __typename
      ... on Reservation { id status expiresAt lines { line sku productId unitId locationId quantity } }
      ... on OutOfStockError { code message shortLines { line sku productId unitId requested available } }
      ... on ErrorResult { code message }
    }
  }`;

  async function reserve(
    lines: Array<Record<string, unknown>>,
    options: { key?: string; ttlSeconds?: number } = {},
  ): Promise<ReserveAnswer> {
    const response = await call<{ reserveStock: ReserveAnswer }>(signer.orders, RESERVE, {
      input: { idempotencyKey: options.key ?? `test-${randomUUID()}`, lines, ttlSeconds: options.ttlSeconds ?? 900 },
    });
    if (!response.data) throw new Error(`reserveStock: ${JSON.stringify(response)}`);
    return response.data.reserveStock;
  }

  const ENDING = (verb: 'commitReservation' | 'releaseReservation') =>
    `mutation ($id: ID!) { ${verb}(id: $id) { __typename ... on Reservation { id status } ... on ErrorResult { code message } } }`;

  async function commit(id: string) {
    const response = await call<{ commitReservation: { __typename: string; status?: string; code?: string } }>(
      signer.orders,
      ENDING('commitReservation'),
      { id },
    );
    if (!response.data) throw new Error(`commitReservation: ${JSON.stringify(response)}`);
    return response.data.commitReservation;
  }

  async function release(id: string) {
    const response = await call<{ releaseReservation: { __typename: string; status?: string; code?: string } }>(
      signer.orders,
      ENDING('releaseReservation'),
      { id },
    );
    if (!response.data) throw new Error(`releaseReservation: ${JSON.stringify(response)}`);
    return response.data.releaseReservation;
  }

  /** Product availability as the gateway would ask for it (an entity reference with leadTimeWeeks). */
  async function availability(productIds: string[], leadTimeWeeks: number | null = null) {
    const response = await call<{
      _entities: Array<{ availability: { status: string; quantityAvailable: number; viewingLocations: Array<{ id: string }> } }>;
    }>(
      signer.gatewayAs(null),
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { availability { status quantityAvailable leadTimeWeeks viewingLocations { id } } } } }`,
      { r: productIds.map((id) => ({ __typename: 'Product', id, leadTimeWeeks })) },
    );
    if (!response.data) throw new Error(`availability: ${JSON.stringify(response)}`);
    return response.data._entities.map((e) => e.availability);
  }

  return {
    url: inventory.url,
    inventory,
    mailSinkUrl: mail.url,
    signer,
    call,
    newProduct,
    newStone,
    receive,
    receivePiece,
    reserve,
    commit,
    release,
    availability,
    /** Every disagreement between the records and the ledger (none when the books are right). */
    ledgerCheck: (): Promise<LedgerDiscrepancy[]> => verifyLedger(inventory.dataSource.manager),
    stop: async () => {
      await inventory.stop();
      await catalog.stop();
      await Promise.all([lake.stop(), mail.stop()]);
      await database.drop();
    },
  };
}

export type InventoryHarness = Awaited<ReturnType<typeof startInventoryHarness>>;
