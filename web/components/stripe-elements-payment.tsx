'use client';

import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { loadStripe, type Stripe } from '@stripe/stripe-js';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { PlacedState } from '@/app/actions';
import { FormError } from './form-error';

/** Stripe.js once per publishable key, loaded from js.stripe.com as Stripe requires. */
const loaded = new Map<string, Promise<Stripe | null>>();
function stripeFor(publishableKey: string): Promise<Stripe | null> {
  if (!loaded.has(publishableKey)) loaded.set(publishableKey, loadStripe(publishableKey));
  return loaded.get(publishableKey)!;
}

type Placed = NonNullable<PlacedState['placed']>;

/**
 * Stripe Elements, for a real publishable key: Stripe's own Payment Element takes the card (and
 * any other method the account offers), and Stripe.js confirms the PaymentIntent, 3-D Secure
 * included. Card data never reaches our servers; the webhook tells payments the outcome.
 */
export function StripeElementsPayment({
  placed,
  publishableKey,
  returnUrl,
}: {
  placed: Placed;
  publishableKey: string;
  returnUrl: string;
}) {
  return (
    <Elements
      stripe={stripeFor(publishableKey)}
      options={{
        clientSecret: placed.clientSecret,
        appearance: {
          theme: 'flat',
          variables: { colorPrimary: '#1c1b19', fontFamily: 'Helvetica Neue, Arial, sans-serif', borderRadius: '0px' },
        },
      }}
    >
      <ElementsForm placed={placed} returnUrl={returnUrl} />
    </Elements>
  );
}

function ElementsForm({ placed, returnUrl }: { placed: Placed; returnUrl: string }) {
  const stripe = useStripe();
  const elements = useElements();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [paying, setPaying] = useState(false);

  async function pay(event: React.FormEvent) {
    event.preventDefault();
    if (!stripe || !elements) return;
    setPaying(true);
    setError(null);
    // A redirect (3-D Secure, wallets) comes back to returnUrl with the intent, as with the double.
    const result = await stripe.confirmPayment({ elements, confirmParams: { return_url: returnUrl }, redirect: 'if_required' });
    setPaying(false);
    if (result.error) setError(result.error.message ?? 'The payment did not go through. Please try another card.');
    else router.push(returnUrl);
  }

  return (
    <form className="fields" onSubmit={pay} aria-label="Payment">
      <PaymentElement />
      <button type="submit" disabled={!stripe || paying}>
        {paying ? 'Paying…' : `Pay ${placed.amountDue}`}
      </button>
      <FormError message={error} />
    </form>
  );
}
