import { In, type DataSource, type Repository } from 'typeorm';
import type { DemoCustomer } from '@elysium/demo';
import { Customer } from './customer.entity';

/** Reads and registers clients. */
export class CustomerService {
  private readonly customers: Repository<Customer>;

  constructor(dataSource: DataSource) {
    this.customers = dataSource.getRepository(Customer);
  }

  /** One SQL statement for any number of ids (DataLoader batches). */
  async findByIds(ids: readonly string[]): Promise<Customer[]> {
    return this.customers.findBy({ id: In([...ids]) });
  }

  /** Idempotent: clients already present are left as they are. */
  async importCustomers(customers: DemoCustomer[]): Promise<void> {
    await this.customers
      .createQueryBuilder()
      .insert()
      .values(customers.map((c) => ({ ...c, email: c.email.toLowerCase() })))
      .orIgnore()
      .execute();
  }
}
