import type { Metadata } from 'next';
import Link from 'next/link';
import { verifyEmail } from '@/app/account/actions';
import { UseLinkToken } from '@/components/link-token';

export const metadata: Metadata = { title: 'Confirm your address', robots: { index: false } };

/** Where the registration mail's link lands: the address is confirmed as the page opens. */
export default function VerifyEmailPage() {
  return (
    <>
      <h1>Confirm your address</h1>
      <UseLinkToken action={verifyEmail} working="Confirming your address…" after={<Link href="/account/sign-in">Sign in</Link>} />
    </>
  );
}
