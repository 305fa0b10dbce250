import { loadEnvOrExit, postgresSubgraphEnv } from '@elysium/subgraph-kit';

/** The only reader of process.env in the inventory app. */
export const env = loadEnvOrExit(postgresSubgraphEnv(4004), process.env);
