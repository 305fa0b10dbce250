import { loadEnvOrExit, postgresSubgraphEnv, subgraphPort } from '@elysium/subgraph-kit';

/** The only reader of process.env in the orders app. */
export const env = loadEnvOrExit(postgresSubgraphEnv(subgraphPort('orders')), process.env);
