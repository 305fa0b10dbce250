import type Stripe from 'stripe';
import { In, type DataSource } from 'typeorm';
import { entitiesFromRows, rows, upstreamUnavailable, type CurrencyCode, type Tx } from '@elysium/subgraph-kit';
import type { IntentState } from './intent-state';
import { Payment, PaymentPurpose } from './payment.entity';

/** What checkout asks for: one PaymentIntent for an order's amount, computed by the server. */
export interface PaymentRequest {
  orderId: string;
  /** Null for a guest's order. */
  customerId: string | null;
  amount: number;
  currency: CurrencyCode;
  purpose: PaymentPurpose;
  /** The caller's key: the same key gives the same PaymentIntent, however often it is sent. */
  idempotencyKey: string;
}

/** Payments: reads (one statement for any number of keys), starting a payment, and recording Stripe's state. */
export class PaymentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly stripe: Stripe,
    /** Amounts (minor units) from which 3-D Secure is always requested. */
    private readonly threeDSecureFrom: number,
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

  async isOurs(intentId: string): Promise<boolean> {
    return (await rows(this.dataSource.manager, `SELECT 1 FROM payment WHERE stripe_payment_intent_id = $1`, [intentId])).length > 0;
  }

  /**
   * Creates (or, for a key already used, finds) the PaymentIntent and records the payment. Stripe's
   * idempotency key makes a repeated call return the same intent; the unique intent id keeps one row.
   */
  async start(request: PaymentRequest): Promise<{ payment: Payment; clientSecret: string }> {
    let intent: Stripe.PaymentIntent;
    try {
      intent = await this.stripe.paymentIntents.create(
        {
          amount: request.amount,
          currency: request.currency.toLowerCase(),
          metadata: {
            orderId: request.orderId,
            purpose: request.purpose,
            ...(request.customerId ? { customerId: request.customerId } : {}),
          },
          ...(request.amount >= this.threeDSecureFrom ? { payment_method_options: { card: { request_three_d_secure: 'any' } } } : {}),
        },
        { idempotencyKey: `payment:${request.idempotencyKey}` },
      );
    } catch (error) {
      throw upstreamUnavailable('stripe', error);
    }
    const manager = this.dataSource.manager;
    // A concurrent call with the same key got the same intent: its row may commit while this insert waits, so read it after.
    await manager.query(
      `INSERT INTO payment (order_id, customer_id, stripe_payment_intent_id, status, amount_value, currency, purpose)
       VALUES ($1, $2, $3, 'REQUIRES_PAYMENT_METHOD', $4, $5, $6)
       ON CONFLICT (stripe_payment_intent_id) DO NOTHING`,
      [request.orderId, request.customerId, intent.id, request.amount, request.currency, request.purpose],
    );
    const [created] = await rows<Record<string, unknown>>(manager, `SELECT * FROM payment WHERE stripe_payment_intent_id = $1`, [
      intent.id,
    ]);
    return { payment: entitiesFromRows(this.dataSource.manager, Payment, [created])[0], clientSecret: intent.client_secret! };
  }

  /**
   * Records an intent's current state on its payment. A settled payment never moves back (Stripe's
   * states only move forward; an older reading that arrives late changes nothing). Returns the
   * payment before and after, or null when the intent is not one of ours.
   */
  async applyState(tx: Tx, state: IntentState): Promise<{ before: Payment; after: Payment } | null> {
    const found = await rows<Record<string, unknown>>(tx.manager, `SELECT * FROM payment WHERE stripe_payment_intent_id = $1 FOR UPDATE`, [
      state.intentId,
    ]);
    if (!found.length) return null;
    const before = entitiesFromRows(tx.manager, Payment, found)[0];
    const settled = before.status === 'SUCCEEDED' || before.status === 'CANCELLED';
    const [updated] = await rows<Record<string, unknown>>(
      tx.manager,
      `UPDATE payment
          SET status = $2, card_brand = coalesce($3, card_brand), card_last4 = coalesce($4, card_last4),
              amount_refunded = greatest(amount_refunded, $5), disputed_at = CASE WHEN $6 THEN coalesce(disputed_at, now()) ELSE disputed_at END,
              failure_code = $7, updated_at = now()
        WHERE id = $1 RETURNING *`,
      [
        before.id,
        settled ? before.status : state.status,
        state.cardBrand,
        state.cardLast4,
        state.amountRefunded,
        state.disputed,
        state.failureCode,
      ],
    );
    return { before, after: entitiesFromRows(tx.manager, Payment, [updated])[0] };
  }
}
