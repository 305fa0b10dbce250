import type { Metadata } from 'next';
import Link from 'next/link';
import { removeFromWishlist } from '@/app/saved-actions';
import { AccountNav } from '@/components/account-nav';
import { graphql } from '@/gql';
import { readAccount } from '@/lib/account';
import { graph, hasSession } from '@/lib/graph';
import { guestSessionToken } from '@/lib/guest';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Your wishlist', robots: { index: false } };

/** A client's wishlist, or a guest's (kept in their guest session until they sign in). */
const Wishlist = graphql(`
  query Wishlist($guestToken: String!, $guest: Boolean!) {
    me @skip(if: $guest) {
      wishlist {
        ...WishlistEntry
      }
    }
    guestSession(guestToken: $guestToken) @include(if: $guest) {
      wishlist {
        ...WishlistEntry
      }
    }
  }
  fragment WishlistEntry on WishlistItem {
    id
    variantSku
    addedAt
    product {
      slug
      title
      price {
        formatted
      }
    }
    configuration {
      quotedPrice {
        formatted
      }
      needsNewQuote
    }
  }
`);

export default async function WishlistPage() {
  const guest = !(await hasSession());
  const guestToken = guest ? await guestSessionToken() : undefined;
  const data = !guest
    ? await readAccount(Wishlist, { guestToken: '', guest }, '/account/wishlist')
    : guestToken
      ? await graph(Wishlist, { guestToken, guest })
      : null;
  const items = (guest ? data?.guestSession?.wishlist : data?.me?.wishlist) ?? [];
  return (
    <>
      <h1>Your wishlist</h1>
      {guest ? (
        <p className="muted">
          Kept on this device. <Link href="/account/sign-in?next=/account/wishlist">Sign in</Link> to keep it in your account.
        </p>
      ) : (
        <AccountNav current="/account/wishlist" />
      )}
      {items.length === 0 ? (
        <p>Nothing saved yet. Save a piece from its page to find it here.</p>
      ) : (
        <ul className="saved">
          {items.map((item) => (
            <li key={item.id}>
              {item.product ? <Link href={`/products/${item.product.slug}`}>{item.product.title}</Link> : 'No longer offered'}
              {item.variantSku && <span className="muted"> · {item.variantSku}</span>}
              <span className="price">
                {item.configuration ? `Your design, quoted ${item.configuration.quotedPrice.formatted}` : item.product?.price.formatted}
              </span>
              {item.configuration?.needsNewQuote && <span className="muted"> (to be priced again)</span>}
              <form action={removeFromWishlist}>
                <input type="hidden" name="itemId" value={item.id} />
                <button className="quiet" type="submit" aria-label={`Remove ${item.product?.title ?? 'item'} from the wishlist`}>
                  Remove
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
