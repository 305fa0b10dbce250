import type { Metadata } from 'next';
import { requestPasswordReset } from '@/app/account/actions';
import { ActionForm } from '@/components/action-form';

export const metadata: Metadata = { title: 'Forgotten password', robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1>Forgotten password</h1>
      <p className="muted">We will email a link to choose a new one.</p>
      <ActionForm action={requestPasswordReset} label="Forgotten password" submit="Send the link" pending="Sending…">
        <label>
          Email
          <input name="email" type="email" autoComplete="email" required maxLength={254} />
        </label>
      </ActionForm>
    </>
  );
}
