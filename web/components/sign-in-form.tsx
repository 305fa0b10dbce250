'use client';

import { FormError } from './form-error';
import { useActionState } from 'react';
import { signIn } from '@/app/account/actions';

export function SignInForm() {
  const [state, action, pending] = useActionState<{ error?: string }, FormData>(signIn, {});
  return (
    <form action={action} className="fields" aria-label="Sign in">
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
      <button type="submit" disabled={pending}>
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
      <FormError message={state.error} />
    </form>
  );
}
