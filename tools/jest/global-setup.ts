import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '../src/embedded-postgres';
import { freePort } from '@elysium/subgraph-kit/core';

declare global {
  var embeddedPostgres: RunningPostgres | undefined;
}

/**
 * With DATABASE_URL set, tests use that server. Without it, a throw-away embedded PostgreSQL starts
 * here, once for the whole run; each e2e file then creates its own database on it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) return;
  const started = await startEmbeddedPostgres({
    dataDir: path.join(os.tmpdir(), `elysium-test-pg-${process.pid}`),
    port: await freePort(),
    persistent: false,
    database: 'postgres',
  });
  globalThis.embeddedPostgres = started;
  process.env.DATABASE_URL = started.url;
}
