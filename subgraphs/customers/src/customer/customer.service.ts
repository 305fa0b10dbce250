import { In, type DataSource, type Repository } from 'typeorm';
import { Customer } from './customer.entity';

/** Reads and registers clients. */
export class CustomerService {
  private readonly customers: Repository<Customer>;

  constructor(dataSource: DataSource) {
    this.customers = dataSource.getRepository(Customer);
  }

  /**
   * Client service's search: an email (or its start), a name (any part of given and family name) or
   * a phone number (its digits). Erased clients are never found. One statement.
   */
  async search(text: string, limit: number): Promise<Customer[]> {
    const words = text.trim().toLowerCase();
    // Without the national trunk 0, so "07700 900321" finds "+44 7700 900321".
    const digits = words.replace(/\D/g, '').replace(/^0+/, '');
    const query = this.customers
      .createQueryBuilder('c')
      .where("c.email NOT LIKE 'erased-%@erased.invalid'")
      .andWhere(
        digits.length >= 6
          ? "(c.email LIKE :prefix OR lower(c.given_name || ' ' || c.family_name) LIKE :contains OR regexp_replace(coalesce(c.phone, ''), '\\D', '', 'g') LIKE :digits)"
          : "(c.email LIKE :prefix OR lower(c.given_name || ' ' || c.family_name) LIKE :contains)",
        { prefix: `${escapeLike(words)}%`, contains: `%${escapeLike(words)}%`, digits: `%${digits}%` },
      )
      .orderBy('c.family_name')
      .addOrderBy('c.given_name')
      .addOrderBy('c.id')
      .limit(limit);
    return query.getMany();
  }

  /** One SQL statement for any number of ids (DataLoader batches). */
  async findByIds(ids: readonly string[]): Promise<Customer[]> {
    return this.customers.findBy({ id: In([...ids]) });
  }
}

/** The text as a LIKE pattern that matches it literally. */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
