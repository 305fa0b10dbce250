import { loadEnvOrExit, postgresSubgraphEnv, subgraphPort } from '@elysium/subgraph-kit';
import { accountEnv, configureAccountSettings } from './account/account.settings';

/** Every variable of the customers app: a Postgres subgraph's, plus the account slice's (sign-in, sessions, mail). */
export const customersEnv = { ...postgresSubgraphEnv(subgraphPort('customers')), ...accountEnv };

/** The only reader of process.env in the customers app. */
export const env = loadEnvOrExit(customersEnv, process.env);

// The kit builds services from (dataSource, log, bus) alone; the account slice takes its settings from here.
configureAccountSettings(env);
