import type Stripe from 'stripe';
import { statusFromStripe, type PaymentStatus } from './payment-status';

/** A PaymentIntent as it stands now at Stripe, with its card and its charge's refunds and dispute. */
export interface IntentState {
  intentId: string;
  status: PaymentStatus;
  cardBrand: string | null;
  cardLast4: string | null;
  amountRefunded: number;
  disputed: boolean;
  failureCode: string | null;
}

const idOf = (value: string | { id: string } | null | undefined) => (typeof value === 'string' ? value : (value?.id ?? null));

/**
 * Reads an intent's current state. Events arrive in any order and more than once, so what an event
 * says is only a hint that something changed; this is what we record. Real Stripe answers in one
 * call (expand); a server that ignores expand is asked for the card and charge separately.
 */
export async function readIntentState(stripe: Stripe, intentId: string): Promise<IntentState> {
  const intent = await stripe.paymentIntents.retrieve(intentId, { expand: ['payment_method', 'latest_charge'] });
  const method =
    typeof intent.payment_method === 'string' ? await stripe.paymentMethods.retrieve(intent.payment_method) : intent.payment_method;
  const chargeId = idOf(intent.latest_charge);
  const charge =
    typeof intent.latest_charge === 'object' && intent.latest_charge
      ? intent.latest_charge
      : chargeId
        ? await stripe.charges.retrieve(chargeId)
        : null;
  return {
    intentId,
    status: statusFromStripe(intent.status),
    cardBrand: method?.card?.brand ?? null,
    cardLast4: method?.card?.last4 ?? null,
    amountRefunded: charge?.amount_refunded ?? 0,
    disputed: charge?.disputed ?? false,
    failureCode: intent.last_payment_error?.decline_code ?? intent.last_payment_error?.code ?? null,
  };
}

/** The PaymentIntent an event is about, whatever object it carries. */
export function intentIdOf(event: Stripe.Event): string | null {
  const object = event.data.object as { object?: string; id?: string; payment_intent?: string | { id: string } | null };
  if (object.object === 'payment_intent') return object.id ?? null;
  return idOf(object.payment_intent);
}
