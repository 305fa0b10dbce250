import type { Metadata } from 'next';
import Link from 'next/link';
import { signUp } from '@/app/account/actions';
import { ActionForm } from '@/components/action-form';

export const metadata: Metadata = { title: 'Create an account', robots: { index: false } };

/** Registration: the graph checks the password and mails a link to confirm the address. */
export default function SignUpPage() {
  return (
    <>
      <h1>Create an account</h1>
      <p className="muted">Follow your orders, keep a wishlist and your addresses, and hear from us only as you choose.</p>
      <ActionForm action={signUp} label="Create an account" submit="Create account" pending="Creating…">
        <label>
          Given name
          <input name="givenName" autoComplete="given-name" required maxLength={100} />
        </label>
        <label>
          Family name
          <input name="familyName" autoComplete="family-name" required maxLength={100} />
        </label>
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required maxLength={254} />
        </label>
        <label>
          Password <span className="muted">(at least 12 characters; a phrase is best)</span>
          <input name="password" type="password" autoComplete="new-password" required minLength={12} maxLength={128} />
        </label>
      </ActionForm>
      <p>
        Already have an account? <Link href="/account/sign-in">Sign in</Link>
      </p>
    </>
  );
}
