import { loadEnvOrExit } from '@elysium/subgraph-kit';
import { customersEnv } from './customers-env';

/** The only reader of process.env in the customers app. */
export const env = loadEnvOrExit(customersEnv, process.env);
