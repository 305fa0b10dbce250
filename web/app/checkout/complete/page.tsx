import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Thank you', robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Where the payment step (or Stripe's 3-D Secure return) lands: the order is confirmed by mail once Stripe tells us. */
export default async function Complete({ searchParams }: { searchParams: Search }) {
  const order = (await searchParams).order;
  const number = typeof order === 'string' && /^ELY-\d{6}$/.test(order) ? order : null;
  return (
    <>
      <h1>Thank you</h1>
      {number && (
        <p>
          Your order <strong>{number}</strong> is placed and your payment received.
        </p>
      )}
      <p>A confirmation is on its way to your inbox. Our client services team is here for anything you need.</p>
    </>
  );
}
