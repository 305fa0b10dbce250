import type { DataSource } from 'typeorm';
import { DEMO_CUSTOMERS, type DemoCustomer } from '@elysium/demo';
import { Customer } from './customer/customer.entity';

/** The demo clients `npm start` shows; idempotent: clients already present are left as they are. */
export async function seedCustomers(dataSource: DataSource, customers: DemoCustomer[] = DEMO_CUSTOMERS): Promise<void> {
  await dataSource
    .getRepository(Customer)
    .createQueryBuilder()
    .insert()
    .values(customers.map((c) => ({ ...c, email: c.email.toLowerCase() })))
    .orIgnore()
    .execute();
}
