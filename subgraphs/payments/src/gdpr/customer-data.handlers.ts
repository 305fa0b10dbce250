import type { EventHandler } from '@elysium/subgraph-kit';
import { Payment } from '../payment/payment.entity';

/**
 * The payments subgraph's side of the GDPR contract (kit EVENT_CATALOGUE):
 * - `customer.export-requested`: every payment of the client, sent back as this subgraph's part;
 * - `customer.erased`: amounts, currency, status and dates stay (financial records); the card's
 *   brand and last four digits are personal and not needed for them, so they are blanked.
 */
export function customerDataHandlers(): EventHandler[] {
  return [
    {
      queue: 'payments.export-part',
      handle: async (message, tx) => {
        const { exportId, customerId } = message.data as { exportId: string; customerId: string };
        const payments = await tx.getRepository(Payment).find({ where: { customerId }, order: { createdAt: 'ASC' } });
        const part = payments.map((p) => ({
          id: p.id,
          orderId: p.orderId,
          status: p.status,
          amount: p.amountValue,
          currency: p.currency,
          card: p.cardLast4 ? { brand: p.cardBrand, last4: p.cardLast4 } : null,
          createdAt: p.createdAt.toISOString(),
        }));
        await tx.publish('customer.export-part-ready', { exportId, customerId, service: 'payments', part: { payments: part } });
      },
    },
    {
      queue: 'payments.erase-customer',
      handle: async (message, tx) => {
        const { customerId } = message.data as { customerId: string };
        await tx.getRepository(Payment).update({ customerId }, { cardBrand: null, cardLast4: null });
      },
    },
  ];
}
