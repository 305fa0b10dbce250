import { signIn } from '@/app/account/actions';
import { ActionForm } from './action-form';

/** Email and password; after signing in, the client goes back to the account page they came from. */
export function SignInForm({ next }: { next?: string }) {
  return (
    <ActionForm action={signIn} label="Sign in" submit="Sign in" pending="Signing in…">
      <input type="hidden" name="next" value={next ?? '/account'} />
      <label>
        Email
        <input name="email" type="email" autoComplete="email" required />
      </label>
      <label>
        Password
        <input name="password" type="password" autoComplete="current-password" required />
      </label>
    </ActionForm>
  );
}
