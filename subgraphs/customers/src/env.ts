import { loadEnvOrExit, postgresSubgraphEnv } from '@elysium/subgraph-kit';

/** The only reader of process.env in the customers app. */
export const env = loadEnvOrExit(postgresSubgraphEnv(4002), process.env);
