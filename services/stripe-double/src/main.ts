import { createLogger, stopOnSignals } from '@elysium/subgraph-kit';
import { env } from './env';
import { startStripeDouble } from './server';

const log = createLogger('stripe-double', env.LOG_LEVEL);
startStripeDouble({ host: env.HOST, port: env.PORT, log }).then(
  (double) => stopOnSignals(double.stop, log),
  (error) => {
    log.fatal({ err: error }, 'failed to start');
    process.exit(1);
  },
);
