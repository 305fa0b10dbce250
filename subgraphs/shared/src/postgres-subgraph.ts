import { z } from 'zod';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import { baseEnv, flag, port, postgresUrl, secret } from './env';
import { createDataSource, migrate } from './database/data-source';
import { watchPool, watchQueues } from './database/postgres-metrics';
import { waitForDatabase } from './database/wait-for-database';
import { runService } from './http/run-service';
import type { RunningServer } from './http/server';
import { createLogger, type Logger } from './logger';
import { Metrics } from './metrics';
import { serveSubgraph, type SubgraphDefinition } from './subgraph';
import { transactionRunner, type PostgresContext } from './database/request-transaction';
import { EventBus, type EventHandler } from './events/event-bus';
import { CreateProcessedEvent1764400000000 } from './events/processed-events';

/** The environment of a subgraph backed by Postgres; each app's env.ts starts from this. */
export const postgresSubgraphEnv = (defaultPort: number) => ({
  ...baseEnv,
  HOST: z.string().default('127.0.0.1'),
  PORT: port(defaultPort),
  DATABASE_URL: postgresUrl,
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  IDENTITY_SECRET: secret('identity'),
  /** Apply pending migrations at start (under an advisory lock). Turn off to run them as a deploy step. */
  MIGRATE_ON_START: flag(true),
  /** Seconds the gateway may reuse this subgraph's answers to anonymous callers; 0 never. */
  PUBLIC_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(3600).default(0),
  /** Load the demo dataset (idempotent). `npm start` turns it on. */
  SEED_DEMO_DATA: flag(false),
});

export type PostgresSubgraphEnv = z.infer<z.ZodObject<ReturnType<typeof postgresSubgraphEnv>>>;

export interface PostgresSubgraphDefinition<
  Services,
  Env extends PostgresSubgraphEnv = PostgresSubgraphEnv,
> extends SubgraphDefinition<Services> {
  /** The Postgres schema the subgraph owns. */
  schema: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** Builds the services once per process, from the subgraph's own parsed environment. */
  createServices(dataSource: DataSource, log: Logger, bus: EventBus, env: Env): Services;
  /** Consumers of this subgraph's queues (see the kit's EVENT_CATALOGUE). */
  eventHandlers?(services: Services): EventHandler[];
  /** Extra HTTP routes (webhooks), mounted before /graphql with their own body parsing. */
  routes?(services: Services): (app: Express) => void;
  /** Idempotent demo data for `npm start`: the subgraph's own seed module. */
  seedDemoData?(services: Services, dataSource: DataSource): Promise<void>;
}

export interface RunningSubgraph<Services> extends RunningServer {
  dataSource: DataSource;
  services: Services;
  metrics: Metrics;
  bus: EventBus;
}

/** env → data source (+ migrations, seed) → schema → HTTP server. */
export async function startPostgresSubgraph<Services, Env extends PostgresSubgraphEnv>(
  definition: PostgresSubgraphDefinition<Services, Env>,
  env: Env,
): Promise<RunningSubgraph<Services>> {
  const log = createLogger(definition.name, env.LOG_LEVEL);
  const metrics = new Metrics(definition.name);
  const statements = metrics.counter('elysium_sql_statements_total', 'SQL statements sent to Postgres');
  const dataSource = createDataSource({
    url: env.DATABASE_URL,
    schema: definition.schema,
    entities: definition.entities,
    // Every subgraph claims deliveries in its own processed_event table.
    migrations: [CreateProcessedEvent1764400000000, ...definition.migrations],
    log,
    onStatement: () => statements.inc(),
    poolSize: env.DATABASE_POOL_SIZE,
  });
  await waitForDatabase(env.DATABASE_URL, log);
  await dataSource.initialize();
  let bus: EventBus | undefined;
  try {
    if (env.MIGRATE_ON_START) await migrate(dataSource, definition.schema);
    bus = await EventBus.start({ databaseUrl: env.DATABASE_URL, service: definition.name, log });
    watchPool(metrics, dataSource);
    watchQueues(metrics, bus, definition.name);
    const services = definition.createServices(dataSource, log, bus, env);
    if (env.SEED_DEMO_DATA) await definition.seedDemoData?.(services, dataSource);
    const transaction = transactionRunner(dataSource, bus);
    const server = await serveSubgraph(definition, services, env, {
      log,
      metrics,
      publicMaxAgeSeconds: env.PUBLIC_MAX_AGE_SECONDS,
      routes: definition.routes?.(services),
      extendContext: (context) => ({ ...context, transaction }) satisfies PostgresContext,
      checkReady: async () => {
        await dataSource.query('SELECT 1');
      },
    });
    await bus.consume(dataSource, definition.name, definition.eventHandlers?.(services) ?? []);
    await bus.listen();
    const running = bus;
    return {
      ...server,
      dataSource,
      services,
      metrics,
      bus: running,
      stop: async () => {
        await server.stop();
        await running.stop();
        await dataSource.destroy();
      },
    };
  } catch (error) {
    await bus?.stop();
    await dataSource.destroy();
    throw error;
  }
}

/** A subgraph's main.ts in one call: start, stop on Ctrl-C/SIGTERM, exit non-zero if start fails. */
export function runPostgresSubgraph<Services, Env extends PostgresSubgraphEnv>(
  definition: PostgresSubgraphDefinition<Services, Env>,
  env: Env,
): void {
  runService(definition.name, env.LOG_LEVEL, () => startPostgresSubgraph(definition, env));
}
