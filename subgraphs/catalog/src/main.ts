import { createLogger, stopOnSignals } from '@elysium/subgraph-kit';
import { env } from './env';
import { startCatalog } from './subgraph';

const log = createLogger('catalog', env.LOG_LEVEL);
startCatalog(env).then(
  (running) => stopOnSignals(running.stop, log),
  (error) => {
    log.fatal({ err: error }, 'failed to start');
    process.exit(1);
  },
);
