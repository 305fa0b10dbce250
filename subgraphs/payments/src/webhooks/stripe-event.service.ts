import type Stripe from 'stripe';
import { rows, type TransactionRunner } from '@elysium/subgraph-kit';
import { intentIdOf, readIntentState } from '../payment/intent-state';
import { announceChange } from '../payment/payment-outcomes';
import type { PaymentService } from '../payment/payment.service';

export type EventOutcome = 'recorded' | 'duplicate' | 'not-ours';

/** Events after which a payment's state may differ from what we recorded. */
const MOVING_EVENTS = new Set([
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.canceled',
  'payment_intent.requires_action',
  'payment_intent.processing',
  'charge.refunded',
  'charge.dispute.created',
  'charge.dispute.closed',
]);

/**
 * Takes verified Stripe events: each recorded once by its id, in the same transaction as what it
 * changes. What changes is read from Stripe's current state, so replays and events out of order
 * change nothing twice and never move a payment backwards.
 */
export class StripeEventService {
  constructor(
    private readonly run: TransactionRunner,
    private readonly stripe: Stripe,
    private readonly payments: PaymentService,
  ) {}

  async receive(event: Stripe.Event): Promise<EventOutcome> {
    const seen = await this.run((tx) => rows(tx.manager, `SELECT 1 FROM stripe_event WHERE id = $1`, [event.id]));
    if (seen.length) return 'duplicate';
    // Only events that can move a payment are worth asking Stripe about; the rest are recorded.
    const intentId = MOVING_EVENTS.has(event.type) ? intentIdOf(event) : null;
    const state = intentId && (await this.payments.isOurs(intentId)) ? await readIntentState(this.stripe, intentId) : null;
    return this.run(async (tx) => {
      const [fresh] = await rows(
        tx.manager,
        `INSERT INTO stripe_event (id, type, intent_id, stripe_created) VALUES ($1, $2, $3, to_timestamp($4))
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, event.type, intentId, event.created],
      );
      if (!fresh) return 'duplicate';
      if (!state) return 'not-ours';
      const change = await this.payments.applyState(tx, state);
      if (change) await announceChange(tx, change.before, change.after);
      return 'recorded';
    });
  }
}
