import { loadEnvOrExit } from '@elysium/subgraph-kit';
import { inventoryEnv } from './inventory-env';

/** The only reader of process.env in the inventory app. */
export const env = loadEnvOrExit(inventoryEnv, process.env);
