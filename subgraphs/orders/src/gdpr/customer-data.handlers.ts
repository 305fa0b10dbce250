import { rows } from '@elysium/subgraph-kit';
import type { EventHandler } from '@elysium/subgraph-kit';
import { Order } from '../order/order.entity';
import { OrderLine } from '../order/order-line.entity';

/**
 * The orders subgraph's side of the GDPR contract (kit EVENT_CATALOGUE):
 * - `customer.export-requested`: every order of the client with its lines, sent back as this
 *   subgraph's part of the export;
 * - `customer.erased`: orders are financial records kept for legal retention (amounts, VAT, dates,
 *   the pieces bought, under the client's now meaningless id); what is personal on them goes: the
 *   contact address, the delivery address, and the client's cart.
 */
export function customerDataHandlers(): EventHandler[] {
  return [
    {
      queue: 'orders.export-part',
      handle: async (message, tx) => {
        const { exportId, customerId } = message.data as { exportId: string; customerId: string };
        const orders = await tx.getRepository(Order).find({ where: { customerId }, order: { placedAt: 'ASC' } });
        const lines = orders.length
          ? await tx
              .getRepository(OrderLine)
              .createQueryBuilder('l')
              .where('l.order_id = ANY(:ids)', { ids: orders.map((o) => o.id) })
              .orderBy('l.position')
              .getMany()
          : [];
        const part = orders.map((order) => ({
          id: order.id,
          number: order.number,
          status: order.status,
          placedAt: order.placedAt.toISOString(),
          contactEmail: order.contactEmail,
          deliveryMethod: order.deliveryMethod,
          deliveryAddress: order.deliveryAddress,
          total: { amount: order.totalAmount, vat: order.vatAmount, currency: order.currency },
          lines: lines
            .filter((line) => line.orderId === order.id)
            .map((line) => ({ productId: line.productId, title: line.title, quantity: line.quantity, unitPrice: line.unitPriceAmount })),
        }));
        await tx.publish('customer.export-part-ready', { exportId, customerId, service: 'orders', part: { orders: part } });
      },
    },
    {
      queue: 'orders.erase-customer',
      handle: async (message, tx) => {
        const { customerId } = message.data as { customerId: string };
        await rows(
          tx.manager,
          `UPDATE "order" SET contact_email = NULL, delivery_address = NULL, updated_at = now() WHERE customer_id = $1`,
          [customerId],
        );
        await rows(tx.manager, `DELETE FROM cart WHERE customer_id = $1`, [customerId]);
      },
    },
  ];
}
