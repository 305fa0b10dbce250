import { createLogger, stopOnSignals } from '@elysium/subgraph-kit';
import { loadGatewayEnv } from './env';
import { startGateway } from './server';

const env = loadGatewayEnv();
const log = createLogger('gateway', env.LOG_LEVEL);
startGateway(env).then(
  (gateway) => stopOnSignals(gateway.stop, log),
  (error) => {
    log.fatal({ err: error }, 'failed to start');
    process.exit(1);
  },
);
