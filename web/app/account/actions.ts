'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { graphql } from '@/gql';
import { CART_COOKIE, graph } from '@/lib/graph';

const SignIn = graphql(`
  mutation SignIn($email: String!, $password: String!, $guestToken: String) {
    signIn(email: $email, password: $password, guestToken: $guestToken) {
      __typename
      ... on InvalidCredentialsError {
        message
      }
      ... on EmailNotVerifiedError {
        message
      }
      ... on TooManyAttemptsError {
        message
      }
      ... on InputValidationError {
        message
      }
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

/**
 * Signs in through the gateway in cookie mode: the gateway's httpOnly session cookies are set on
 * this site for the browser, never shown to its JavaScript. A guest's bag then joins the client's.
 */
export async function signIn(_state: { error?: string }, form: FormData): Promise<{ error?: string }> {
  const email = String(form.get('email') ?? '');
  const password = String(form.get('password') ?? '');
  const { signIn: outcome } = await graph(SignIn, { email, password }, { relayCookies: true });
  if (outcome.__typename !== 'SessionTokens') return { error: outcome.message };
  // Reading the client's cart with the guest's token merges the guest's bag into it (the cart's
  // documented rule). The token stays until sign-out: a later read with it finds nothing left to merge.
  const guestCartToken = (await cookies()).get(CART_COOKIE)?.value;
  if (guestCartToken) await graph(MergeGuestCart, { guestCartToken });
  redirect('/account');
}

export async function signOut(): Promise<void> {
  await graph(SignOut, {}, { relayCookies: true }).catch(() => undefined);
  const jar = await cookies();
  for (const c of jar.getAll()) if (c.name.startsWith('elysium_')) jar.delete(c.name);
  redirect('/');
}
