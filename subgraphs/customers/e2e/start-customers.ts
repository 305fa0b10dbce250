import { parseEnv, startPostgresSubgraph, type RunningSubgraph } from '@elysium/subgraph-kit';
import { customersEnv, type CustomersEnv } from '../src/customers-env';
import type { CustomersServices } from '../src/services';
import { customersSubgraph } from '../src/subgraph';

/**
 * The customers subgraph as it runs, in this process, on a test's own database, configured through
 * its environment like the app (extra variables override the test defaults).
 */
export function startCustomers(
  databaseUrl: string,
  identitySecret: string,
  extra: Record<string, string> = {},
): Promise<RunningSubgraph<CustomersServices> & { env: CustomersEnv }> {
  const env = parseEnv(customersEnv, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PORT: '0',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: '4',
    IDENTITY_SECRET: identitySecret,
    ...extra,
  });
  return startPostgresSubgraph(customersSubgraph, env).then((running) => Object.assign(running, { env }));
}
