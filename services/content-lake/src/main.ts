import { createLogger, stopOnSignals } from '@elysium/subgraph-kit';
import { env } from './env';
import { startContentLake } from './server';

const log = createLogger('content-lake', env.LOG_LEVEL);
startContentLake({
  host: env.HOST,
  port: env.PORT,
  dataset: env.LAKE_DATASET,
  token: env.LAKE_TOKEN,
  seedFile: env.LAKE_SEED_FILE,
  log,
}).then(
  (lake) => stopOnSignals(lake.stop, log),
  (error) => {
    log.fatal({ err: error }, 'failed to start');
    process.exit(1);
  },
);
