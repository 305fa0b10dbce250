import type { Tx } from '@elysium/subgraph-kit';
import type { Payment } from './payment.entity';
import type { PaymentMoment } from './payment.service';

/**
 * Announces what changed on a payment, in the transaction that recorded it (the outbox): orders acts
 * on each outcome once. Only real changes are announced, so a replayed event announces nothing.
 */
export async function announceChange(tx: Tx, before: PaymentMoment, after: Payment): Promise<void> {
  const data = {
    paymentId: after.id,
    orderId: after.orderId,
    purpose: after.purpose,
    amount: after.amountValue,
    amountRefunded: after.amountRefunded,
    failureCode: after.failureCode,
  };
  if (after.status !== before.status && after.status === 'SUCCEEDED') await tx.publish('payment.succeeded', data);
  if (after.status !== before.status && after.status === 'CANCELLED') await tx.publish('payment.cancelled', data);
  if (after.failureCode && after.failureCode !== before.failureCode && after.status === 'REQUIRES_PAYMENT_METHOD')
    await tx.publish('payment.failed', data);
  if (after.amountRefunded > before.amountRefunded) await tx.publish('payment.refunded', data);
  if (after.disputedAt && !before.disputedAt) await tx.publish('payment.disputed', data);
}
