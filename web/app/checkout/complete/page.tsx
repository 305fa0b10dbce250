import type { Metadata } from 'next';

export const metadata: Metadata = { title: 'Thank you', robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

/** Where the payment step (or Stripe's 3-D Secure return) lands: the order is confirmed by mail once Stripe tells us. */
export default async function Complete({ searchParams }: { searchParams: Search }) {
  const query = await searchParams;
  const order = query.order;
  const number = typeof order === 'string' && /^ELY-\d{6}$/.test(order) ? order : null;
  if (query.redirect_status === 'failed') {
    return (
      <>
        <h1>Your bank did not approve the payment</h1>
        <p>Nothing has been taken{number ? ` for order ${number}` : ''}. Our client services team will be glad to help you complete it.</p>
      </>
    );
  }
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
