import './tracing';
import { runService } from '@elysium/subgraph-kit/core';
import { loadGatewayEnv } from './env';
import { startGateway } from './server';

const env = loadGatewayEnv();
runService('gateway', env.LOG_LEVEL, () => startGateway(env));
