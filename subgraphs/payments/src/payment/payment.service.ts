import { In, type DataSource } from 'typeorm';
import { Payment } from './payment.entity';

/** Reads payments; each method is one SQL statement for any number of keys. */
export class PaymentService {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<Payment[]> {
    return this.dataSource.getRepository(Payment).findBy({ id: In([...ids]) });
  }

  /** The newest payment of each order, in one statement. */
  async findLatestByOrderIds(orderIds: readonly string[]): Promise<Payment[]> {
    return this.dataSource
      .getRepository(Payment)
      .createQueryBuilder('p')
      .distinctOn(['p.order_id'])
      .where('p.order_id = ANY(:orderIds)', { orderIds })
      .orderBy('p.order_id')
      .addOrderBy('p.created_at', 'DESC')
      .getMany();
  }
}
