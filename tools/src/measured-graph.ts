import os from 'node:os';
import path from 'node:path';
import type { Pool } from 'pg';
import { freePort } from '@elysium/subgraph-kit/core';
import { createTestDatabase } from '@elysium/subgraph-kit/testing';
import { startEmbeddedPostgres } from './embedded-postgres';
import { toolsEnv } from './env';
import { build } from './build';
import { launchGraph, type LaunchedGraph, type LaunchOptions } from './launch-graph';

/**
 * A database of its own for a measuring run (the bench, the load test): on DATABASE_URL's server
 * when set, else on a throw-away embedded Postgres. `drop()` removes it, and the server if it made one.
 */
export async function scratchDatabase(label: string): Promise<{ url: string; drop(): Promise<void> }> {
  let stopPostgres: (() => Promise<void>) | undefined;
  let serverUrl = toolsEnv.DATABASE_URL;
  if (!serverUrl) {
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(os.tmpdir(), `elysium-${label}-pg-${process.pid}`),
      port: await freePort(),
      persistent: false,
      database: 'postgres',
    });
    serverUrl = pg.url;
    stopPostgres = pg.stop;
  }
  const database = await createTestDatabase(label, serverUrl);
  return {
    url: database.url,
    drop: async () => {
      await database.drop();
      await stopPostgres?.();
    },
  };
}

/**
 * The graph a measuring run drives, as production runs it: `npm run build`'s JavaScript, a process
 * per app, no transpiler; quiet but for what the apps print as errors. `readyMs` counts from launch
 * (after the build) to every app answering.
 */
export async function launchMeasuredGraph(
  databaseUrl: string,
  serviceEnv: LaunchOptions['serviceEnv'],
  options: Pick<LaunchOptions, 'hiveGateway'> = {},
): Promise<{ graph: LaunchedGraph; readyMs: number }> {
  build();
  const launching = Date.now();
  const graph = await launchGraph({
    runtime: 'compiled',
    databaseUrl,
    ports: 'ephemeral',
    seedDemoData: true,
    logLevel: 'warn',
    nodeEnv: 'test',
    onOutput: (name, line) => console.error(`${name}: ${line}`),
    serviceEnv,
    hiveGateway: options.hiveGateway,
  });
  return { graph, readyMs: Date.now() - launching };
}

/**
 * What a run must never leave behind: stock sold past what is on hand, and a card charged (not
 * refunded) with no live order to show for it. Read straight from the subgraphs' tables.
 */
export async function integrityCounts(sql: Pool): Promise<{ oversold: number; chargedWithoutOrder: number }> {
  const count = async (query: string) => ((await sql.query(query)).rows[0] as { n: number }).n;
  return {
    oversold: await count(`SELECT count(*)::int AS n FROM inventory.stock_level WHERE reserved > on_hand OR on_hand < 0`),
    chargedWithoutOrder: await count(
      `SELECT count(*)::int AS n FROM payments.payment p LEFT JOIN orders."order" o ON o.id = p.order_id
        WHERE p.status = 'SUCCEEDED' AND (o.id IS NULL OR (o.status = 'CANCELLED' AND p.amount_refunded < p.amount_value))`,
    ),
  };
}
