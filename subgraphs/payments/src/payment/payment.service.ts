import type Stripe from 'stripe';
import { In, type DataSource } from 'typeorm';
import { entitiesFromRows, rows, upstreamUnavailable, type CurrencyCode, type Tx } from '@elysium/subgraph-kit';
import type { IntentState } from './intent-state';
import { Payment, PaymentPurpose } from './payment.entity';
import type { PaymentStatus } from './payment-status';

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

/** What a payment was before a change: all that deciding what to announce needs. */
export type PaymentMoment = Pick<Payment, 'status' | 'failureCode' | 'amountRefunded' | 'disputedAt'>;

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
    // A concurrent call with the same key got the same intent. Its insert wins; this one waits for it and
    // then, by the no-op update, returns the committed row (DO NOTHING would return nothing).
    const [created] = await rows<Record<string, unknown>>(
      this.dataSource.manager,
      `INSERT INTO payment (order_id, customer_id, stripe_payment_intent_id, status, amount_value, currency, purpose)
       VALUES ($1, $2, $3, 'REQUIRES_PAYMENT_METHOD', $4, $5, $6)
       ON CONFLICT (stripe_payment_intent_id) DO UPDATE SET stripe_payment_intent_id = EXCLUDED.stripe_payment_intent_id
       RETURNING *`,
      [request.orderId, request.customerId, intent.id, request.amount, request.currency, request.purpose],
    );
    return { payment: entitiesFromRows(this.dataSource.manager, Payment, [created])[0], clientSecret: intent.client_secret! };
  }

  /**
   * Records an intent's current state on its payment. A settled payment never moves back (Stripe's
   * states only move forward; an older reading that arrives late changes nothing). Returns the
   * payment before and after, or null when the intent is not one of ours.
   */
  async applyState(tx: Tx, state: IntentState): Promise<{ before: PaymentMoment; after: Payment } | null> {
    // One statement: the row is locked and read as it stands (the CTE), then moved, with what it was returned beside it.
    const [updated] = await rows<Record<string, unknown>>(
      tx.manager,
      `WITH before AS (SELECT * FROM payment WHERE stripe_payment_intent_id = $1 FOR UPDATE)
       UPDATE payment p
          SET status = CASE WHEN before.status IN ('SUCCEEDED', 'CANCELLED') THEN before.status ELSE $2 END,
              card_brand = coalesce($3, p.card_brand), card_last4 = coalesce($4, p.card_last4),
              amount_refunded = greatest(p.amount_refunded, $5),
              disputed_at = CASE WHEN $6 THEN coalesce(p.disputed_at, now()) ELSE p.disputed_at END,
              failure_code = $7, updated_at = now()
         FROM before
        WHERE p.id = before.id
    RETURNING p.*, before.status AS before_status, before.failure_code AS before_failure_code,
              before.amount_refunded AS before_amount_refunded, before.disputed_at AS before_disputed_at`,
      [state.intentId, state.status, state.cardBrand, state.cardLast4, state.amountRefunded, state.disputed, state.failureCode],
    );
    if (!updated) return null;
    const before: PaymentMoment = {
      status: updated.before_status as PaymentStatus,
      failureCode: updated.before_failure_code as string | null,
      amountRefunded: Number(updated.before_amount_refunded),
      disputedAt: updated.before_disputed_at as Date | null,
    };
    return { before, after: entitiesFromRows(tx.manager, Payment, [updated])[0] };
  }
}
