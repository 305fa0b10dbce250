'use client';

import { FormError } from './form-error';
import { useActionState, useState } from 'react';
import { placeOrder, type PlacedState } from '@/app/actions';
import { PaymentStep, type StripeSettings } from './payment-step';
import { CountrySelect } from './country-select';

const METHODS = [
  { value: 'UK_NEXT_DAY_INSURED', label: 'Insured UK next-day delivery, signed for' },
  { value: 'INTERNATIONAL_INSURED', label: 'Insured international delivery' },
  { value: 'COLLECTION', label: 'Collect from our London atelier, by appointment' },
];

/** Contact, delivery and the order; then the payment, confirmed by the browser with Stripe. */
export function CheckoutForm({ idempotencyKey, stripe }: { idempotencyKey: string; stripe: StripeSettings }) {
  const [state, action, pending] = useActionState<PlacedState, FormData>(placeOrder, { idempotencyKey });
  const [method, setMethod] = useState('UK_NEXT_DAY_INSURED');
  if (state.placed) return <PaymentStep placed={state.placed} stripe={stripe} />;
  const problem = (name: string) =>
    state.fieldErrors?.[name] ? (
      <span className="error" id={`${name}-error`}>
        {state.fieldErrors[name]}
      </span>
    ) : null;
  const described = (name: string) => (state.fieldErrors?.[name] ? { 'aria-describedby': `${name}-error`, 'aria-invalid': true } : {});
  return (
    <form action={action} className="fields" aria-label="Checkout">
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <label>
        Email for your receipt
        <input name="email" defaultValue={state.values?.email} type="email" autoComplete="email" required {...described('contactEmail')} />
        {problem('contactEmail')}
      </label>
      <fieldset>
        <legend>Delivery</legend>
        {METHODS.map((m) => (
          <label key={m.value} style={{ flexDirection: 'row', gap: '0.6rem' }}>
            <input type="radio" name="method" value={m.value} checked={method === m.value} onChange={() => setMethod(m.value)} />
            {m.label}
          </label>
        ))}
      </fieldset>
      {method === 'COLLECTION' ? (
        <label>
          Appointment (Tuesday to Saturday, on the hour, 10:00 to 16:00)
          <input
            name="collectionSlot"
            defaultValue={state.values?.collectionSlot}
            type="datetime-local"
            required
            {...described('collectionSlot')}
          />
          {problem('collectionSlot')}
        </label>
      ) : (
        <fieldset>
          <legend>Address</legend>
          <label>
            Recipient
            <input
              name="recipientName"
              defaultValue={state.values?.recipientName}
              autoComplete="name"
              required
              {...described('recipientName')}
            />
            {problem('recipientName')}
          </label>
          <label>
            Address
            <input name="line1" defaultValue={state.values?.line1} autoComplete="address-line1" required {...described('line1')} />
            {problem('line1')}
          </label>
          <label>
            Address, second line (optional)
            <input name="line2" defaultValue={state.values?.line2} autoComplete="address-line2" />
          </label>
          <label>
            Town or city
            <input name="city" defaultValue={state.values?.city} autoComplete="address-level2" required {...described('city')} />
            {problem('city')}
          </label>
          <label>
            Postcode
            <input name="postcode" defaultValue={state.values?.postcode} autoComplete="postal-code" {...described('postcode')} />
            {problem('postcode')}
          </label>
          <CountrySelect value={state.values?.countryCode} />
        </fieldset>
      )}
      <button type="submit" disabled={pending}>
        {pending ? 'Placing your order…' : 'Continue to payment'}
      </button>
      <FormError message={state.error} />
    </form>
  );
}
