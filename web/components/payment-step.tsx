'use client';

import { FormError } from './form-error';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { PlacedState } from '@/app/actions';
import { StripeElementsPayment } from './stripe-elements-payment';

/** Stripe's test cards, as the local double knows them (Stripe Elements takes real card details instead). */
const TEST_CARDS = [
  { id: 'pm_card_visa', label: 'Visa ending 4242 (succeeds)' },
  { id: 'pm_card_mastercard', label: 'Mastercard ending 4444 (succeeds)' },
  { id: 'pm_card_chargeDeclined', label: 'Visa ending 0002 (declined)' },
  { id: 'pm_card_chargeDeclinedInsufficientFunds', label: 'Visa ending 9995 (insufficient funds)' },
];

const DECLINES: Record<string, string> = {
  insufficient_funds: 'Your card has insufficient funds.',
  generic_decline: 'Your card was declined.',
};

/** How the browser pays: Stripe Elements with a real key, or the local double's test cards. */
export interface StripeSettings {
  mode: 'elements' | 'double';
  apiUrl: string;
  publishableKey: string;
}

/**
 * The payment, confirmed by the browser straight with Stripe (card data never reaches our servers).
 * A declined card can be followed by another; the order waits, and the pieces are held again when a
 * payment succeeds.
 */
export function PaymentStep({ placed, stripe }: { placed: NonNullable<PlacedState['placed']>; stripe: StripeSettings }) {
  const returnUrl = () => `${window.location.origin}/checkout/complete?order=${encodeURIComponent(placed.orderNumber)}`;
  return (
    <section aria-labelledby="payment">
      <h2 id="payment">Payment</h2>
      <p>
        Order {placed.orderNumber}: {placed.total}, including VAT of {placed.vat}. Due now: <strong>{placed.amountDue}</strong>.
      </p>
      {stripe.mode === 'elements' ? (
        <StripeElementsPayment placed={placed} publishableKey={stripe.publishableKey} returnUrl={returnUrl()} />
      ) : (
        <TestCardPayment placed={placed} stripe={stripe} returnUrl={returnUrl} />
      )}
    </section>
  );
}

/**
 * The local double's flow: the browser confirms the PaymentIntent with its client secret and the
 * publishable key, exactly the call Stripe.js makes, choosing one of Stripe's test cards.
 */
function TestCardPayment({
  placed,
  stripe,
  returnUrl,
}: {
  placed: NonNullable<PlacedState['placed']>;
  stripe: StripeSettings;
  returnUrl: () => string;
}) {
  const router = useRouter();
  const [card, setCard] = useState(TEST_CARDS[0].id);
  const [error, setError] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);
  const intentId = placed.clientSecret.split('_secret_')[0];

  async function pay(event: React.FormEvent) {
    event.preventDefault();
    setPaying(true);
    setError(null);
    try {
      const response = await fetch(`${stripe.apiUrl}/v1/payment_intents/${encodeURIComponent(intentId)}/confirm`, {
        method: 'POST',
        headers: { authorization: `Bearer ${stripe.publishableKey}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_secret: placed.clientSecret,
          payment_method: card,
          return_url: returnUrl(),
        }),
      });
      const intent = (await response.json()) as {
        status?: string;
        next_action?: { redirect_to_url?: { url: string } };
        last_payment_error?: { decline_code?: string; message?: string };
        error?: { decline_code?: string; message?: string };
      };
      if (intent.status === 'succeeded' || intent.status === 'processing') {
        router.push(returnUrl());
        return;
      }
      if (intent.status === 'requires_action' && intent.next_action?.redirect_to_url) {
        window.location.assign(intent.next_action.redirect_to_url.url);
        return;
      }
      const failure = intent.error ?? intent.last_payment_error;
      setError(DECLINES[failure?.decline_code ?? ''] ?? failure?.message ?? 'The payment did not go through. Please try another card.');
    } catch {
      setError('We could not reach the payment service. Please try again.');
    } finally {
      setPaying(false);
    }
  }

  return (
    <form className="fields" onSubmit={pay} aria-label="Payment">
      <label>
        Card (test mode)
        <select name="card" value={card} onChange={(e) => setCard(e.target.value)}>
          {TEST_CARDS.map((c) => (
            <option key={c.id} value={c.id}>
              {c.label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={paying}>
        {paying ? 'Paying…' : `Pay ${placed.amountDue}`}
      </button>
      <FormError message={error} />
    </form>
  );
}
