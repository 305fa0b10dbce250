import type { Metadata } from 'next';
import { resetPassword } from '@/app/account/actions';
import { ActionForm } from '@/components/action-form';
import { LinkTokenInput } from '@/components/link-token';

export const metadata: Metadata = { title: 'Choose a new password', robots: { index: false } };

/** Where a reset (or invitation) link lands: the token travels with the new password, once. */
export default function ResetPasswordPage() {
  return (
    <>
      <h1>Choose a new password</h1>
      <ActionForm action={resetPassword} label="Choose a new password" submit="Set password" pending="Setting…">
        <LinkTokenInput />
        <label>
          New password <span className="muted">(at least 12 characters)</span>
          <input name="newPassword" type="password" autoComplete="new-password" required minLength={12} maxLength={128} />
        </label>
      </ActionForm>
    </>
  );
}
