import { In, type DataSource } from 'typeorm';
import { entitiesFromRows } from '@elysium/subgraph-kit';
import { Order } from './order.entity';
import { OrderLine } from './order-line.entity';
import { OrderStatus } from './order-status';
import { OrderHistoryEntry } from './order-admin.service';

/** Reads orders; each method is one SQL statement whatever the number of keys (DataLoader batches). */
export class OrderService {
  constructor(private readonly dataSource: DataSource) {}

  async findByIds(ids: readonly string[]): Promise<Order[]> {
    return this.dataSource.getRepository(Order).findBy({ id: In([...ids]) });
  }

  /** The history of many orders in one statement, oldest entry first. */
  async findHistory(orderIds: readonly string[]): Promise<Array<OrderHistoryEntry & { orderId: string }>> {
    const found: Array<{
      order_id: string;
      from_status: OrderStatus | null;
      to_status: OrderStatus | null;
      note: string | null;
      actor: string;
      at: Date;
    }> = await this.dataSource.query(
      `SELECT order_id, from_status, to_status, note, actor, at FROM order_history WHERE order_id = ANY($1) ORDER BY id`,
      [orderIds],
    );
    return found.map((r) =>
      Object.assign(new OrderHistoryEntry(), {
        orderId: r.order_id,
        fromStatus: r.from_status,
        toStatus: r.to_status,
        note: r.note,
        actor: r.actor,
        at: r.at,
      }),
    );
  }

  async findLines(orderIds: readonly string[]): Promise<OrderLine[]> {
    return this.dataSource.getRepository(OrderLine).find({
      where: { orderId: In([...orderIds]) },
      order: { orderId: 'ASC', position: 'ASC' },
    });
  }

  /** The newest `limit` orders of each client, in one statement (a window per client). */
  async findRecentByCustomers(customerIds: readonly string[], limit: number): Promise<Order[]> {
    const found: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM (
         SELECT o.*, row_number() OVER (PARTITION BY customer_id ORDER BY placed_at DESC, id DESC) AS rank
         FROM "order" o WHERE customer_id = ANY($1)
       ) ranked WHERE rank <= $2 ORDER BY customer_id, rank`,
      [customerIds, limit],
    );
    return entitiesFromRows(this.dataSource.manager, Order, found);
  }
}
