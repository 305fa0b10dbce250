import type { DataSource } from 'typeorm';
import { CustomerService } from './customer/customer.service';
import { customerById } from './customer/customer.loaders';

/** Everything the customers resolvers need, built once per process. */
export function createCustomersServices(dataSource: DataSource) {
  const customers = new CustomerService(dataSource);
  return { customers, customerById: customerById(customers) };
}

export type CustomersServices = ReturnType<typeof createCustomersServices>;
