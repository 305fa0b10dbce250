import { createLogger, runService } from '@elysium/subgraph-kit/core';
import { env } from './env';
import { startContentLake } from './server';

runService('content-lake', env.LOG_LEVEL, () =>
  startContentLake({
    host: env.HOST,
    port: env.PORT,
    dataset: env.LAKE_DATASET,
    token: env.LAKE_TOKEN,
    seedFile: env.LAKE_SEED_FILE,
    webhook: env.LAKE_WEBHOOK_URL.length > 0 ? { urls: env.LAKE_WEBHOOK_URL, secret: env.LAKE_WEBHOOK_SECRET } : undefined,
    log: createLogger('content-lake', env.LOG_LEVEL),
  }),
);
