export { customersSubgraph } from './subgraph';
export { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS } from './account/account.seed';
export { customersEnv, type CustomersEnv } from './customers-env';
