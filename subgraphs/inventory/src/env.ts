import { z } from 'zod';
import { loadEnvOrExit, postgresSubgraphEnv, subgraphPort } from '@elysium/subgraph-kit';

/** The only reader of process.env in the inventory app. */
export const env = loadEnvOrExit(
  {
    ...postgresSubgraphEnv(subgraphPort('inventory')),
    // Anonymous listings may show availability up to 5 s old; checkout always reads live stock.
    PUBLIC_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  },
  process.env,
);
