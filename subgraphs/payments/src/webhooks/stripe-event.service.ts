import type Stripe from 'stripe';
import type { EntityManager } from 'typeorm';
import { rows, STRIPE_WEBHOOK_EVENTS, type TransactionRunner } from '@elysium/subgraph-kit';
import { intentIdOf, readIntentState } from '../payment/intent-state';
import { announceChange } from '../payment/payment-outcomes';
import type { PaymentService } from '../payment/payment.service';

export type EventOutcome = 'recorded' | 'duplicate' | 'not-ours';

/** Events after which a payment's state may differ from what we recorded. */
const MOVING_EVENTS = new Set<string>(STRIPE_WEBHOOK_EVENTS);

/**
 * Takes verified Stripe events: each recorded once by its id, in the same transaction as what it
 * changes. What changes is read from Stripe's current state, so replays and events out of order
 * change nothing twice and never move a payment backwards.
 */
export class StripeEventService {
  constructor(
    private readonly db: EntityManager,
    private readonly run: TransactionRunner,
    private readonly stripe: Stripe,
    private readonly payments: PaymentService,
  ) {}

  async receive(event: Stripe.Event): Promise<EventOutcome> {
    // Only events that can move a payment are worth asking Stripe about; the rest are recorded.
    const intentId = MOVING_EVENTS.has(event.type) ? intentIdOf(event) : null;
    // One read before Stripe is asked: a replay, or an intent that is not ours, costs no call to Stripe.
    const [known] = await rows<{ seen: boolean; ours: boolean }>(
      this.db,
      `SELECT EXISTS (SELECT 1 FROM stripe_event WHERE id = $1) AS seen,
              EXISTS (SELECT 1 FROM payment WHERE stripe_payment_intent_id = $2) AS ours`,
      [event.id, intentId],
    );
    if (known.seen) return 'duplicate';
    const state = intentId && known.ours ? await readIntentState(this.stripe, intentId) : null;
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
