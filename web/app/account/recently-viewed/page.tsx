import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountNav } from '@/components/account-nav';
import { ProductCard } from '@/components/product-card';
import { graphql } from '@/gql';
import { readAccount } from '@/lib/account';
import { graph, hasSession } from '@/lib/graph';
import { guestSessionToken } from '@/lib/guest';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Recently viewed', robots: { index: false } };

/** The pieces a client (or a guest, until they sign in) looked at most recently, newest first. */
const RecentlyViewed = graphql(`
  query RecentlyViewed($guestToken: String!, $guest: Boolean!) {
    me @skip(if: $guest) {
      recentlyViewed(first: 20) {
        ...RecentlyViewedEntry
      }
    }
    guestSession(guestToken: $guestToken) @include(if: $guest) {
      recentlyViewed(first: 20) {
        ...RecentlyViewedEntry
      }
    }
  }
  fragment RecentlyViewedEntry on RecentlyViewed {
    viewedAt
    product {
      id
      ...ProductCard
    }
  }
`);

export default async function RecentlyViewedPage() {
  const guest = !(await hasSession());
  const guestToken = guest ? await guestSessionToken() : undefined;
  const data = !guest
    ? await readAccount(RecentlyViewed, { guestToken: '', guest }, '/account/recently-viewed')
    : guestToken
      ? await graph(RecentlyViewed, { guestToken, guest })
      : null;
  const views = (guest ? data?.guestSession?.recentlyViewed : data?.me?.recentlyViewed) ?? [];
  return (
    <>
      <h1>Recently viewed</h1>
      {guest ? (
        <p className="muted">
          Kept on this device. <Link href="/account/sign-in?next=/account/recently-viewed">Sign in</Link> to keep it in your account.
        </p>
      ) : (
        <AccountNav current="/account/recently-viewed" />
      )}
      {views.length === 0 ? (
        <p>Nothing yet.</p>
      ) : (
        <div className="grid">
          {views.flatMap((view) => (view.product ? [<ProductCard key={view.product.id} product={view.product} />] : []))}
        </div>
      )}
    </>
  );
}
