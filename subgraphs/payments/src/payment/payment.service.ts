import { In, type DataSource } from 'typeorm';
import type Stripe from 'stripe';
import { CurrencyCode } from '@elysium/subgraph-kit';
import { Payment } from './payment.entity';
import { statusFromStripe } from './payment-status';

export interface DemoPayment {
  orderId: string;
  customerId: string;
  amount: number;
  /** Confirm with Stripe's test Visa card; otherwise leave the intent waiting for a card. */
  pay: boolean;
}

/** Payments against Stripe. Stripe is called outside any database transaction. */
export class PaymentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stripe: Stripe,
  ) {}

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

  /**
   * Creates (and optionally confirms) a PaymentIntent per demo order and records it. Stripe's
   * idempotency keys make a re-run return the same intents, and the unique intent id keeps one row each.
   */
  async importDemoPayments(payments: DemoPayment[]): Promise<void> {
    for (const demo of payments) {
      const intent = await this.stripe.paymentIntents.create(
        {
          amount: demo.amount,
          currency: 'gbp',
          metadata: { orderId: demo.orderId, customerId: demo.customerId },
          ...(demo.pay ? { payment_method: 'pm_card_visa', confirm: true } : {}),
        },
        { idempotencyKey: `demo-payment-${demo.orderId}` },
      );
      const card = demo.pay ? await this.cardOf(intent) : null;
      await this.dataSource
        .createQueryBuilder()
        .insert()
        .into(Payment)
        .values({
          orderId: demo.orderId,
          customerId: demo.customerId,
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

  private async cardOf(intent: Stripe.PaymentIntent): Promise<Stripe.PaymentMethod.Card | null> {
    const id = typeof intent.payment_method === 'string' ? intent.payment_method : intent.payment_method?.id;
    if (!id) return null;
    return (await this.stripe.paymentMethods.retrieve(id)).card ?? null;
  }
}
