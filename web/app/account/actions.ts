'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import type { FormState } from '@/components/action-form';
import { graphql } from '@/gql';
import { field, refusal } from '@/lib/form';
import { CART_COOKIE, forgetSession, graph } from '@/lib/graph';
import { GUEST_COOKIE, guestSessionToken } from '@/lib/guest';

/**
 * The account's session actions, run on the storefront's server: signing up, confirming the address,
 * signing in and out, and choosing a new password. Sessions live in the gateway's httpOnly cookies
 * (cookie mode), relayed to the browser and never shown to its JavaScript.
 */

const SignIn = graphql(`
  mutation SignIn($email: String!, $password: String!, $guestToken: String) {
    signIn(email: $email, password: $password, guestToken: $guestToken) {
      __typename
      ...Refusal
    }
  }
`);

const MergeGuestCart = graphql(`
  query MergeGuestCart($guestCartToken: String) {
    cart(guestCartToken: $guestCartToken) {
      itemCount
    }
  }
`);

const SignOut = graphql(`
  mutation SignOut {
    signOut {
      __typename
    }
  }
`);

const Register = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      __typename
      ... on RegistrationReceived {
        message
      }
      ...Refusal
    }
  }
`);

const VerifyEmail = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      __typename
      ... on EmailVerified {
        email
      }
      ...Refusal
    }
  }
`);

const RequestPasswordReset = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email) {
      __typename
      ...Refusal
    }
  }
`);

const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      __typename
      ...Refusal
    }
  }
`);

const ConfirmEmailChange = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      __typename
      ...Refusal
    }
  }
`);

/**
 * Signs in: the gateway's session cookies are set on this site. The guest's wishlist and recently
 * viewed pieces move into the account, and the guest's bag joins the client's.
 */
export async function signIn(_state: FormState, form: FormData): Promise<FormState> {
  const { signIn: outcome } = await graph(
    SignIn,
    { email: field(form, 'email'), password: String(form.get('password') ?? ''), guestToken: await guestSessionToken() },
    { relayCookies: true },
  );
  if (outcome.__typename !== 'SessionTokens') return { error: 'message' in outcome ? outcome.message : 'Sign-in failed.' };
  const jar = await cookies();
  // The guest's lists are now the client's: the guest token is used up.
  jar.delete({ name: GUEST_COOKIE, path: '/' });
  // Reading the client's cart with the guest's token merges the guest's bag into it (the cart's
  // documented rule). The token stays until sign-out: a later read with it finds nothing left to merge.
  const guestCartToken = jar.get(CART_COOKIE)?.value;
  if (guestCartToken) await graph(MergeGuestCart, { guestCartToken });
  const next = field(form, 'next');
  redirect(next.startsWith('/account') ? next : '/account');
}

export async function signOut(): Promise<void> {
  await graph(SignOut, {}, { relayCookies: true }).catch(() => undefined);
  await forgetSession();
  redirect('/');
}

/** Registers; the graph mails a link to confirm the address, and answers the same for an address it knows. */
export async function signUp(_state: FormState, form: FormData): Promise<FormState> {
  const { register } = await graph(Register, {
    input: {
      givenName: field(form, 'givenName'),
      familyName: field(form, 'familyName'),
      email: field(form, 'email'),
      password: String(form.get('password') ?? ''),
    },
  });
  if (register.__typename === 'RegistrationReceived') return { notice: register.message };
  return refusal(register);
}

/** Confirms the address with the token from the mailed link. */
export async function verifyEmail(token: string): Promise<FormState> {
  const { verifyEmail: outcome } = await graph(VerifyEmail, { token });
  if (outcome.__typename === 'EmailVerified') return { notice: `Thank you: ${outcome.email} is confirmed. You can now sign in.` };
  return { error: outcome.message };
}

/** Confirms a new address with the token from the link mailed to it. */
export async function confirmEmailChange(token: string): Promise<FormState> {
  const { confirmEmailChange: outcome } = await graph(ConfirmEmailChange, { token });
  if (outcome.__typename === 'EmailChanged') return { notice: 'Your new address is confirmed.' };
  return { error: 'message' in outcome ? outcome.message : 'The link could not be used.' };
}

export async function requestPasswordReset(_state: FormState, form: FormData): Promise<FormState> {
  const { requestPasswordReset: outcome } = await graph(RequestPasswordReset, { email: field(form, 'email') });
  if (outcome.__typename === 'PasswordResetRequested')
    return { notice: 'If that address has an account, a link to choose a new password is on its way. It works for one hour.' };
  return { error: outcome.message };
}

/** Sets the new password; every session of the account ends, so the client signs in afresh. */
export async function resetPassword(_state: FormState, form: FormData): Promise<FormState> {
  const { resetPassword: outcome } = await graph(ResetPassword, {
    token: field(form, 'token'),
    newPassword: String(form.get('newPassword') ?? ''),
  });
  if (outcome.__typename === 'PasswordChanged') {
    // Every session of the account has ended, this browser's too: it forgets its cookies at once.
    await forgetSession();
    redirect('/account/sign-in?reset=1');
  }
  return refusal(outcome);
}
