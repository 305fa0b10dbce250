import { loadEnvOrExit } from '@elysium/subgraph-kit';
import { catalogEnv } from './subgraph';

/** The only reader of process.env in the catalog app. */
export const env = loadEnvOrExit(catalogEnv, process.env);
