import type { Metadata } from 'next';
import Link from 'next/link';
import { changeQuantity, removeFromBag } from '@/app/actions';
import { readBag } from '@/lib/cart';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your bag', robots: { index: false } };

/** The bag, priced again now: a price that changed since the piece was added says so. */
export default async function Bag() {
  const cart = await readBag();
  if (!cart || cart.lines.length === 0) {
    return (
      <>
        <h1>Your bag</h1>
        <p>Your bag is empty.</p>
        <Link href="/products">See the jewellery</Link>
      </>
    );
  }
  return (
    <>
      <h1>Your bag</h1>
      <table className="lines">
        <thead>
          <tr>
            <th scope="col">Piece</th>
            <th scope="col">Quantity</th>
            <th scope="col">Price</th>
            <th scope="col">
              <span className="skip">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cart.lines.map((line) => (
            <tr key={line.id}>
              <td>
                {line.product ? <Link href={`/products/${line.product.slug}`}>{line.title}</Link> : line.title}
                {line.sku && <div className="muted">{line.sku}</div>}
                {line.priceChanged && (
                  <div className="muted">The price has changed since you added it ({line.priceWhenAdded.formatted}).</div>
                )}
                {!line.purchasable && <div className="error">No longer available.</div>}
              </td>
              <td>
                {line.kind === 'SKU' ? (
                  <form action={changeQuantity}>
                    <input type="hidden" name="lineId" value={line.id} />
                    <label>
                      <span className="skip">Quantity of {line.title}</span>
                      <input name="quantity" type="number" min={1} max={20} defaultValue={line.quantity} size={3} />
                    </label>
                    <button className="quiet" type="submit">
                      Update
                    </button>
                  </form>
                ) : (
                  line.quantity
                )}
              </td>
              <td className="price">{line.unitPrice?.formatted ?? 'Price on request'}</td>
              <td>
                <form action={removeFromBag}>
                  <input type="hidden" name="lineId" value={line.id} />
                  <button className="quiet" type="submit" aria-label={`Remove ${line.title ?? 'piece'}`}>
                    Remove
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        Total <span className="price">{cart.subtotal.formatted}</span> <span className="muted">including VAT of {cart.vat.formatted}</span>
      </p>
      <Link className="button" href="/checkout">
        Checkout
      </Link>
    </>
  );
}
