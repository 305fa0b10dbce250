import type { z } from 'zod';
import { postgresSubgraphEnv, secret, subgraphPort } from '@elysium/subgraph-kit';
import { accountEnv } from './account/account.settings';

/** Every variable of the customers app: a Postgres subgraph's, the account slice's, and the quote key. */
export const customersEnv = {
  ...postgresSubgraphEnv(subgraphPort('customers')),
  ...accountEnv,
  /** Key of the catalog's signed bespoke quotes (the catalog's CONFIGURATION_TOKEN_SECRET), to keep saved designs honest. */
  CONFIGURATION_TOKEN_SECRET: secret('configuration-token'),
};

export type CustomersEnv = z.infer<z.ZodObject<typeof customersEnv>>;
