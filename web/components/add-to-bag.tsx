'use client';

import { FormError } from './form-error';
import { useActionState } from 'react';
import { addToBag, type ActionState } from '@/app/actions';

/** Choose a variant (metal, size) and add it to the bag; the price shown is the graph's, per variant. */
export function AddToBag({ variants, disabled }: { variants: Array<{ sku: string; label: string; price: string }>; disabled: boolean }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(addToBag, {});
  return (
    <form action={action} className="fields">
      {variants.length > 1 ? (
        <label>
          Metal and size
          <select name="sku" defaultValue={variants[0]?.sku}>
            {variants.map((v) => (
              <option key={v.sku} value={v.sku}>
                {v.label} · {v.price}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <input type="hidden" name="sku" value={variants[0]?.sku ?? ''} />
      )}
      <button type="submit" disabled={disabled || pending}>
        {pending ? 'Adding…' : 'Add to bag'}
      </button>
      <FormError message={state.error} />
    </form>
  );
}
