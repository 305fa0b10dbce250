import type { DataSource } from 'typeorm';
import type Stripe from 'stripe';
import { CurrencyCode } from '@elysium/subgraph-kit';
import { DEMO_ORDERS, demoOrderTotal } from '@elysium/demo';
import { Payment } from './payment/payment.entity';
import { statusFromStripe } from './payment/payment-status';

async function cardOf(stripe: Stripe, intent: Stripe.PaymentIntent): Promise<Stripe.PaymentMethod.Card | null> {
  const id = typeof intent.payment_method === 'string' ? intent.payment_method : intent.payment_method?.id;
  if (!id) return null;
  return (await stripe.paymentMethods.retrieve(id)).card ?? null;
}

/**
 * A real PaymentIntent per demo order (confirmed with Stripe's test Visa when the order is paid),
 * recorded here. Stripe's idempotency keys make a re-run return the same intents, and the unique
 * intent id keeps one row each.
 */
export async function seedPayments(dataSource: DataSource, stripe: Stripe): Promise<void> {
  for (const order of DEMO_ORDERS) {
    const intent = await stripe.paymentIntents.create(
      {
        amount: demoOrderTotal(order),
        currency: 'gbp',
        metadata: { orderId: order.id, customerId: order.customerId },
        ...(order.paid ? { payment_method: 'pm_card_visa', confirm: true } : {}),
      },
      { idempotencyKey: `demo-payment-${order.id}` },
    );
    const card = order.paid ? await cardOf(stripe, intent) : null;
    await dataSource
      .createQueryBuilder()
      .insert()
      .into(Payment)
      .values({
        orderId: order.id,
        customerId: order.customerId,
        stripePaymentIntentId: intent.id,
        status: statusFromStripe(intent.status),
        amountValue: intent.amount,
        currency: intent.currency.toUpperCase() as CurrencyCode,
        cardBrand: card?.brand ?? null,
        cardLast4: card?.last4 ?? null,
      })
      .orIgnore()
      .execute();
  }
}
