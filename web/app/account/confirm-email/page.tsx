import type { Metadata } from 'next';
import Link from 'next/link';
import { confirmEmailChange } from '@/app/account/actions';
import { UseLinkToken } from '@/components/link-token';

export const metadata: Metadata = { title: 'Confirm your new address', robots: { index: false } };

/** Where the link mailed to a new address lands: the change is made as the page opens. */
export default function ConfirmEmailPage() {
  return (
    <>
      <h1>Confirm your new address</h1>
      <UseLinkToken action={confirmEmailChange} working="Confirming your new address…" after={<Link href="/account">Your account</Link>} />
    </>
  );
}
