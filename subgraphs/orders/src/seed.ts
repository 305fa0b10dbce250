import type { DataSource } from 'typeorm';
import { CurrencyCode, vatIncluded, withTransaction } from '@elysium/subgraph-kit';
import { DEMO_ORDERS, demoOrderTotal, type DemoOrder } from '@elysium/demo';
import { Order } from './order/order.entity';
import { OrderLine } from './order/order-line.entity';
import { OrderStatus } from './order/order-status';

/** The demo orders; idempotent (orders already present are left alone). */
export async function seedOrders(dataSource: DataSource, orders: DemoOrder[] = DEMO_ORDERS): Promise<void> {
  await withTransaction(dataSource, async (manager) => {
    for (const demo of orders) {
      const total = demoOrderTotal(demo);
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(Order)
        .values({
          id: demo.id,
          customerId: demo.customerId,
          status: demo.paid ? OrderStatus.PAID : OrderStatus.PENDING_PAYMENT,
          currency: CurrencyCode.GBP,
          totalAmount: total,
          vatAmount: vatIncluded(total),
          placedAt: new Date(demo.placedAt),
        })
        .orIgnore()
        .execute();
      // ON CONFLICT DO NOTHING returns no row for an order that was already there.
      if (inserted.raw.length === 0) continue;
      await manager.getRepository(OrderLine).insert(
        demo.lines.map((line, position) => ({
          orderId: demo.id,
          position,
          productId: line.productId,
          title: line.title,
          quantity: line.quantity,
          unitPriceAmount: line.unitPrice,
          currency: CurrencyCode.GBP,
        })),
      );
    }
  });
}
