import { In, type DataSource, type Repository } from 'typeorm';
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
}
