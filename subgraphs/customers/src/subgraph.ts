import type { PostgresContext, PostgresSubgraphDefinition } from '@elysium/subgraph-kit';
import { accountEventHandlers, accountModule } from './account/account.module';
import { seedDemoAccounts } from './account/account.seed';
import { auditEventHandlers, auditModule } from './audit/audit.module';
import { consentModule } from './consent/consent.module';
import { Customer } from './customer/customer.entity';
import { CustomerResolver } from './customer/customer.resolver';
import { gdprEventHandlers, gdprModule } from './gdpr/gdpr.module';
import { CreateCustomer1764057600000 } from './migrations/1764057600000-create-customer';
import { profileModule } from './profile/profile.module';
import { seedCustomers } from './seed';
import type { CustomersEnv } from './customers-env';
import { createCustomersServices, type CustomersServices } from './services';
import { wishlistModule } from './wishlist/wishlist.module';

const modules = [accountModule, profileModule, wishlistModule, consentModule, auditModule, gdprModule];

/** The customers subgraph: clients, their accounts and details. Owns Postgres schema `customers`. */
export const customersSubgraph: PostgresSubgraphDefinition<CustomersServices, CustomersEnv> = {
  name: 'customers',
  schema: 'customers',
  entities: [Customer, ...modules.flatMap((m) => m.entities)],
  migrations: [CreateCustomer1764057600000, ...modules.flatMap((m) => m.migrations)],
  resolvers: [CustomerResolver, ...modules.flatMap((m) => m.resolvers)],
  orphanedTypes: modules.flatMap((m) => m.orphanedTypes ?? []),
  createServices: createCustomersServices,
  eventHandlers: (services) => [
    ...auditEventHandlers(services.audit),
    ...gdprEventHandlers(services.customerData),
    ...accountEventHandlers(services),
  ],
  references: (services) => ({
    Customer: {
      // Other subgraphs (orders) point at clients; the same privacy rule applies to those reads.
      __resolveReference: (reference: { id: string }, context: PostgresContext) => services.visibleCustomer(context, reference.id),
    },
  }),
  seedDemoData: async (_services, dataSource) => {
    await seedCustomers(dataSource);
    // After the clients: Charlotte's account shares her customer id.
    await seedDemoAccounts(dataSource);
  },
};
