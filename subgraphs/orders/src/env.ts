import { loadEnvOrExit } from '@elysium/subgraph-kit';
import { ordersEnv } from './orders-env';

/** The only reader of process.env in the orders app. */
export const env = loadEnvOrExit(ordersEnv, process.env);
