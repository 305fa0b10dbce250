import type { DataSource } from 'typeorm';
import { isUuid, visibleToCaller, type SubgraphContext } from '@elysium/subgraph-kit';
import { CustomerService } from './customer/customer.service';
import { customerById } from './customer/customer.loaders';

/** Everything the customers resolvers need, built once per process. */
export function createCustomersServices(dataSource: DataSource) {
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
  };
}

export type CustomersServices = ReturnType<typeof createCustomersServices>;
