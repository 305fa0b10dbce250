import { defineLoader, groupByKey } from '@elysium/subgraph-kit';
import type { RecentlyViewed } from './recently-viewed.entity';
import type { RecentlyViewedKey, RecentlyViewedService } from './recently-viewed.service';
import type { WishlistItem } from './wishlist-item.entity';
import type { WishlistService } from './wishlist.service';

/**
 * Lines up one statement's views (several owners, each with its own page size) with the keys asked
 * for. An owner asked for at two sizes appears twice in the rows; each key takes its own newest `first`.
 */
function pagesByKey(
  keys: readonly RecentlyViewedKey[],
  rows: RecentlyViewed[],
  ownerOf: (row: RecentlyViewed) => string,
): RecentlyViewed[][] {
  const byOwner = new Map<string, Map<string, RecentlyViewed>>();
  for (const row of rows) {
    const owner = byOwner.get(ownerOf(row)) ?? new Map<string, RecentlyViewed>();
    owner.set(row.id, row);
    byOwner.set(ownerOf(row), owner);
  }
  // Rows arrive newest first and a Map keeps insertion order, so each owner's list stays newest first.
  return keys.map((key) => [...(byOwner.get(key.owner)?.values() ?? [])].slice(0, key.first));
}

const pageKey = (key: RecentlyViewedKey) => `${key.owner}:${key.first}`;

/** The per-request loaders of the wishlist slice: one SQL statement per list, however many owners. */
export function wishlistLoaders(wishlist: WishlistService, recentlyViewed: RecentlyViewedService) {
  return {
    wishlistByCustomer: defineLoader<string, WishlistItem[]>(async (ids) =>
      groupByKey(ids, await wishlist.findByCustomers(ids), (item) => item.customerId!),
    ),
    wishlistByGuest: defineLoader<string, WishlistItem[]>(async (hashes) =>
      groupByKey(hashes, await wishlist.findByGuests(hashes), (item) => item.guestTokenHash!),
    ),
    recentlyViewedByCustomer: defineLoader<RecentlyViewedKey, RecentlyViewed[]>(
      async (keys) => pagesByKey(keys, await recentlyViewed.findByCustomers(keys), (row) => row.customerId!),
      { cacheKeyFn: pageKey },
    ),
    recentlyViewedByGuest: defineLoader<RecentlyViewedKey, RecentlyViewed[]>(
      async (keys) => pagesByKey(keys, await recentlyViewed.findByGuests(keys), (row) => row.guestTokenHash!),
      { cacheKeyFn: pageKey },
    ),
  };
}
