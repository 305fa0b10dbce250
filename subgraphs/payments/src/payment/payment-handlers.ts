import type Stripe from 'stripe';
import { z } from 'zod';
import { rows, type EventHandler, type TransactionRunner } from '@elysium/subgraph-kit';
import { readIntentState } from './intent-state';
import { announceChange } from './payment-outcomes';
import type { PaymentService } from './payment.service';

const refundRequest = z.object({ orderId: z.string().uuid(), reason: z.string().max(200), amount: z.number().int().positive().optional() });

/**
 * Brings one payment up to Stripe's current state, and announces what changed. The webhook does
 * this on every event; reconciliation and refunds do it themselves, so no webhook is needed for
 * the books to be right.
 */
export async function syncPayment(run: TransactionRunner, stripe: Stripe, payments: PaymentService, intentId: string): Promise<void> {
  const state = await readIntentState(stripe, intentId);
  await run(async (tx) => {
    const change = await payments.applyState(tx, state);
    if (change) await announceChange(tx, change.before, change.after);
  });
}

/** Payments' consumers: refunds orders asks for, and reconciliation with Stripe every minute. */
export function paymentHandlers(deps: {
  run: TransactionRunner;
  stripe: Stripe;
  payments: PaymentService;
  /** Seconds a payment may stay open before Stripe is asked about it directly. */
  reconcileAfterSeconds: number;
}): EventHandler[] {
  return [
    {
      // An order that cannot stand was paid for (refunded in full), or staff refund it (in full or `amount`).
      queue: 'payments.refund-order',
      handle: async (message) => {
        const { orderId, reason, amount } = refundRequest.parse(message.data);
        let toRefund = amount ?? Number.MAX_SAFE_INTEGER;
        const paid = await deps.run((tx) =>
          rows<{ id: string; stripe_payment_intent_id: string; left: number }>(
            tx.manager,
            `SELECT id, stripe_payment_intent_id, amount_value - amount_refunded AS left FROM payment
              WHERE order_id = $1 AND status = 'SUCCEEDED' AND amount_refunded < amount_value`,
            [orderId],
          ),
        );
        for (const payment of paid) {
          const part = Math.min(payment.left, toRefund);
          if (part <= 0) break;
          toRefund -= part;
          await deps.stripe.refunds.create(
            {
              payment_intent: payment.stripe_payment_intent_id,
              amount: part,
              reason: 'requested_by_customer',
              metadata: { orderId, reason },
            },
            { idempotencyKey: `refund:${message.id}:${payment.id}` },
          );
          await syncPayment(deps.run, deps.stripe, deps.payments, payment.stripe_payment_intent_id);
        }
      },
    },
    {
      queue: 'payments.reconcile',
      schedule: '* * * * *',
      handle: async () => {
        await reconcile(deps.run, deps.stripe, deps.payments, deps.reconcileAfterSeconds);
      },
    },
  ];
}

/** Asks Stripe about every payment still open after `olderThanSeconds`: a lost webhook cannot leave an order stuck. */
export async function reconcile(
  run: TransactionRunner,
  stripe: Stripe,
  payments: PaymentService,
  olderThanSeconds: number,
): Promise<number> {
  const open = await run((tx) =>
    rows<{ stripe_payment_intent_id: string }>(
      tx.manager,
      `SELECT stripe_payment_intent_id FROM payment
        WHERE status NOT IN ('SUCCEEDED', 'CANCELLED') AND updated_at <= now() - make_interval(secs => $1)
        ORDER BY updated_at LIMIT 200`,
      [olderThanSeconds],
    ),
  );
  for (const payment of open) await syncPayment(run, stripe, payments, payment.stripe_payment_intent_id);
  return open.length;
}
