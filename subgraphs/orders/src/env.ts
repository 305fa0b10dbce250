import { loadEnvOrExit, postgresSubgraphEnv } from '@elysium/subgraph-kit';

/** The only reader of process.env in the orders app. */
export const env = loadEnvOrExit(postgresSubgraphEnv(4003), process.env);
