import { randomUUID } from 'node:crypto';
import type { Metadata } from 'next';
import Link from 'next/link';
import { CheckoutForm } from '@/components/checkout-form';
import { readBag } from '@/lib/cart';
import { webEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Checkout', robots: { index: false } };

export default async function Checkout() {
  const cart = await readBag();
  if (!cart || cart.lines.length === 0) {
    return (
      <>
        <h1>Checkout</h1>
        <p>Your bag is empty.</p>
        <Link href="/products">See the jewellery</Link>
      </>
    );
  }
  return (
    <>
      <h1>Checkout</h1>
      <ul>
        {cart.lines.map((line) => (
          <li key={line.id}>
            {line.quantity} × {line.title} <span className="price">{line.unitPrice?.formatted}</span>
          </li>
        ))}
      </ul>
      <p>
        Total <span className="price">{cart.subtotal.formatted}</span>{' '}
        <span className="muted">including VAT; an export outside the UK is zero-rated at the next step</span>
      </p>
      <CheckoutForm idempotencyKey={randomUUID()} stripe={webEnv.stripe} />
    </>
  );
}
