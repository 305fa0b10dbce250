import { loadEnvOrExit, postgresSubgraphEnv, subgraphPort } from '@elysium/subgraph-kit';

/** The only reader of process.env in the customers app. */
export const env = loadEnvOrExit(postgresSubgraphEnv(subgraphPort('customers')), process.env);
