import type { PostgresSubgraphDefinition, SubgraphContext } from '@elysium/subgraph-kit';
import { Customer } from './customer/customer.entity';
import { CustomerResolver } from './customer/customer.resolver';
import { CreateCustomer1764057600000 } from './migrations/1764057600000-create-customer';
import { seedCustomers } from './seed';
import { createCustomersServices, type CustomersServices } from './services';

/** The customers subgraph: clients and their details. Owns Postgres schema `customers`. */
export const customersSubgraph: PostgresSubgraphDefinition<CustomersServices> = {
  name: 'customers',
  schema: 'customers',
  entities: [Customer],
  migrations: [CreateCustomer1764057600000],
  resolvers: [CustomerResolver],
  createServices: createCustomersServices,
  references: (services) => ({
    Customer: {
      // Other subgraphs (orders) point at clients; the same privacy rule applies to those reads.
      __resolveReference: (reference: { id: string }, context: SubgraphContext) => services.visibleCustomer(context, reference.id),
    },
  }),
  seedDemoData: (_services, dataSource) => seedCustomers(dataSource),
};
