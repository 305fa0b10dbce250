import type { DataSource } from 'typeorm';
import { isStaffRole, isUuid, visibleToCaller, type EventBus, type Logger, type PostgresContext } from '@elysium/subgraph-kit';
import { createAccountServices } from './account/account.module';
import { createAuditServices } from './audit/audit.module';
import { createCustomerDataServices } from './gdpr/gdpr.module';
import { createConsentServices } from './consent/consent.module';
import { CustomerService } from './customer/customer.service';
import { customerById } from './customer/customer.loaders';
import { createProfileServices } from './profile/profile.module';
import { createWishlistServices } from './wishlist/wishlist.module';
import type { CustomersEnv } from './customers-env';
import type { CustomersDeps } from './module';

/** Everything the customers resolvers need, built once per process; each slice brings its own. */
export function createCustomersServices(dataSource: DataSource, log: Logger, bus: EventBus, env: CustomersEnv) {
  const deps: CustomersDeps = { dataSource, log, bus };
  const customers = new CustomerService(dataSource);
  const byId = customerById(customers);
  const audit = createAuditServices(deps);
  const account = createAccountServices(deps, env);
  return {
    customers,
    customerById: byId,
    /**
     * A client's record for the client themself and staff; anyone else, and any unknown id, get null.
     * A staff read lands in the audit log before the record is handed over.
     */
    async visibleCustomer(context: PostgresContext, id: string) {
      const customer = visibleToCaller(context, isUuid(id) ? await byId(context).load(id.toLowerCase()) : null, (c) => c.id);
      if (customer && isStaffRole(context.identity?.role)) await audit.staffRead(context, customer.id);
      return customer;
    },
    audit,
    customerData: createCustomerDataServices(deps, account),
    account,
    profile: createProfileServices(deps),
    wishlist: createWishlistServices({ ...deps, configurationTokenSecret: env.CONFIGURATION_TOKEN_SECRET }),
    consent: createConsentServices(deps),
  };
}

export type CustomersServices = ReturnType<typeof createCustomersServices>;
