import { DataSource, type EntitySchema, type MixedList } from 'typeorm';
import type { Logger } from '../logger';
import { SnakeNamingStrategy } from './naming-strategy';
import { SqlLogger } from './sql-logger';

export interface DataSourceOptions {
  url: string;
  /** The Postgres schema this subgraph owns; no other subgraph reads it. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  log: Logger;
  onStatement: () => void;
  poolSize?: number;
}

/** One DataSource per subgraph: its own schema, migrations only (never `synchronize`). */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    schema: options.schema,
    entities: options.entities,
    migrations: options.migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    // Extensions are a migration's business (gen_random_uuid() is built in since Postgres 13).
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    logger: new SqlLogger(options.log, options.onStatement),
    logging: true,
    maxQueryExecutionTime: 500,
    extra: {
      max: options.poolSize ?? 10,
      // A database that is down or saturated fails a request in seconds instead of holding it.
      connectionTimeoutMillis: 3000,
      application_name: `elysium-${options.schema}`,
      // Unqualified names in hand-written migrations and queries land in the subgraph's own schema.
      // No statement may hold a connection (and a request) for long; migrations run under the same cap.
      options: `-c search_path=${options.schema} -c statement_timeout=10000`,
    },
  });
}

/**
 * Creates the schema if needed and applies pending migrations. Several replicas may start at once,
 * so they queue on a Postgres advisory lock keyed by the schema name.
 */
export async function migrate(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(hashtext($1))', [`migrate:${schema}`]);
    try {
      await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock(hashtext($1))', [`migrate:${schema}`]);
    }
  } finally {
    await runner.release();
  }
}
