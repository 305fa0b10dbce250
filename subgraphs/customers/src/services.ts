import type { DataSource } from 'typeorm';
import { isUuid, visibleToCaller, type EventBus, type Logger, type SubgraphContext } from '@elysium/subgraph-kit';
import { createAccountServices } from './account/account.module';
import { createConsentServices } from './consent/consent.module';
import { CustomerService } from './customer/customer.service';
import { customerById } from './customer/customer.loaders';
import { createProfileServices } from './profile/profile.module';
import { createWishlistServices } from './wishlist/wishlist.module';
import type { CustomersDeps } from './module';

/** Everything the customers resolvers need, built once per process; each slice brings its own. */
export function createCustomersServices(dataSource: DataSource, log: Logger, bus: EventBus) {
  const deps: CustomersDeps = { dataSource, log, bus };
  const customers = new CustomerService(dataSource);
  const byId = customerById(customers);
  return {
    customers,
    customerById: byId,
    /** A client's record for the client themself and staff; anyone else, and any unknown id, get null. */
    async visibleCustomer(context: SubgraphContext, id: string) {
      const customer = isUuid(id) ? await byId(context).load(id.toLowerCase()) : null;
      return visibleToCaller(context, customer, (c) => c.id);
    },
    account: createAccountServices(deps),
    profile: createProfileServices(deps),
    wishlist: createWishlistServices(deps),
    consent: createConsentServices(deps),
  };
}

export type CustomersServices = ReturnType<typeof createCustomersServices>;
