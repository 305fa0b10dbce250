import { isUuid, type Tx, rows } from '@elysium/subgraph-kit';
import { GUEST_SESSION_IDLE_DAYS, guestTokenHash } from './guest-token';
import { lockCustomerLists } from './list-owner';
import { trimRecentlyViewed } from './recently-viewed.service';
import { rows as queryRows } from '@elysium/subgraph-kit';
import { WISHLIST_LIMIT } from './wishlist.errors';

/** What a merge did, for the sign-in slice to log (never shown to anyone but our logs). */
export interface GuestMergeSummary {
  /** False when the token opened no live guest session (unknown, malformed, expired, merged already): nothing changed. */
  merged: boolean;
  /** Guest wishlist items now on the client's list (new rows: their ids differ from the guest's). */
  wishlistItemsMoved: number;
  /** Guest items the client had already; the client's item stays (a saved design takes the longer-lasting quote). */
  wishlistItemsAlreadyThere: number;
  /** Guest items left out because the client's list reached WISHLIST_LIMIT (the guest's oldest go first). */
  wishlistItemsDropped: number;
  /** Guest views merged into the client's recently viewed list, before it was trimmed to RECENTLY_VIEWED_LIMIT. */
  recentlyViewedMerged: number;
}

const NOTHING: GuestMergeSummary = {
  merged: false,
  wishlistItemsMoved: 0,
  wishlistItemsAlreadyThere: 0,
  wishlistItemsDropped: 0,
  recentlyViewedMerged: 0,
};

/**
 * Moves a guest's wishlist and recently viewed pieces into a client's lists, then deletes the guest
 * session and everything under it. For the sign-in (and registration) flow, which calls it inside its
 * own transaction once it knows who signed in, so the merge commits or rolls back with the sign-in:
 *
 *   await context.transaction(async (tx) => {
 *     const customerId = …;                                  // the client who just proved who they are
 *     if (guestToken) await services.wishlist.mergeGuestInto(tx, guestToken, customerId);
 *     …                                                     // issue the session
 *   });
 *
 * - `guestToken` is the raw token the visitor holds (the `guestToken` argument of sign-in). A token
 *   that opens no live session (unknown, malformed, idle past GUEST_SESSION_IDLE_DAYS, merged already)
 *   merges nothing and is not an error: a stale token must never stop a sign-in.
 * - Wishlist: items the client already has stay as they are (a saved design takes the guest's quote
 *   when it holds longer); the rest are added with their original `addedAt`, newest first, until the
 *   client's list holds WISHLIST_LIMIT; any beyond that are dropped.
 * - Recently viewed: the union of both lists, each piece at its latest view, trimmed to the newest
 *   RECENTLY_VIEWED_LIMIT.
 * - The guest session is deleted, so the token opens nothing afterwards (and a replay merges nothing).
 * - Locks: the client's lists (the advisory lock every list write takes), then the guest row. Guest
 *   writes lock only the guest row and client writes only the advisory lock, so no cycle can form;
 *   two sign-ins merging the same token serialise on the guest row and the second merges nothing.
 * - Throws (rolling the sign-in back) only when `customerId` is not an existing client: a bug in the caller.
 */
export async function mergeGuestInto(tx: Tx, guestToken: string, customerId: string): Promise<GuestMergeSummary> {
  const client = customerId.toLowerCase();
  if (!isUuid(client) || !(await lockCustomerLists(tx, client))) {
    throw new Error('mergeGuestInto: customerId must be an existing client');
  }
  const tokenHash = guestTokenHash(guestToken);
  if (!tokenHash) return NOTHING;
  const live = await queryRows<{ token_hash: string }>(
    tx.manager,
    `SELECT token_hash FROM guest_session
      WHERE token_hash = $1 AND last_used_at > now() - make_interval(days => $2)
      FOR UPDATE`,
    [tokenHash, GUEST_SESSION_IDLE_DAYS],
  );
  if (live.length === 0) return NOTHING;

  const [{ guest_items: guestItems, duplicates }] = await queryRows<{ guest_items: number; duplicates: number }>(
    tx.manager,
    `SELECT count(*)::int AS guest_items,
            count(*) FILTER (WHERE EXISTS (
              SELECT 1 FROM wishlist_item c WHERE c.customer_id = $1 AND c.item_key = g.item_key))::int AS duplicates
       FROM wishlist_item g WHERE g.guest_token_hash = $2`,
    [client, tokenHash],
  );
  await rows(
    tx.manager,
    `UPDATE wishlist_item c
        SET quote_total_amount = g.quote_total_amount, quote_currency = g.quote_currency,
            quote_expires_at = g.quote_expires_at, quote_token = g.quote_token
       FROM wishlist_item g
      WHERE c.customer_id = $1 AND g.guest_token_hash = $2 AND c.item_key = g.item_key
        AND g.kind = 'CONFIGURATION' AND g.quote_expires_at > c.quote_expires_at`,
    [client, tokenHash],
  );
  const moved = await queryRows<{ id: string }>(
    tx.manager,
    `INSERT INTO wishlist_item (customer_id, item_key, kind, product_id, variant_sku, setting_code, metal, stone_id,
                               ring_size, engraving, quote_total_amount, quote_currency, quote_expires_at, quote_token, added_at)
     SELECT $1, g.item_key, g.kind, g.product_id, g.variant_sku, g.setting_code, g.metal, g.stone_id,
            g.ring_size, g.engraving, g.quote_total_amount, g.quote_currency, g.quote_expires_at, g.quote_token, g.added_at
       FROM wishlist_item g
      WHERE g.guest_token_hash = $2
        AND NOT EXISTS (SELECT 1 FROM wishlist_item c WHERE c.customer_id = $1 AND c.item_key = g.item_key)
      ORDER BY g.added_at DESC, g.id
      LIMIT greatest(0, $3 - (SELECT count(*) FROM wishlist_item WHERE customer_id = $1))
     RETURNING id`,
    [client, tokenHash, WISHLIST_LIMIT],
  );
  const viewed = await queryRows<{ id: string }>(
    tx.manager,
    `INSERT INTO recently_viewed (customer_id, product_id, viewed_at)
     SELECT $1, product_id, viewed_at FROM recently_viewed WHERE guest_token_hash = $2
     ON CONFLICT (customer_id, product_id) WHERE customer_id IS NOT NULL
     DO UPDATE SET viewed_at = greatest(recently_viewed.viewed_at, EXCLUDED.viewed_at)
     RETURNING id`,
    [client, tokenHash],
  );
  if (viewed.length > 0) await trimRecentlyViewed(tx.manager, { kind: 'customer', customerId: client });
  // The guest's rows go with the session (ON DELETE CASCADE).
  await rows(tx.manager, `DELETE FROM guest_session WHERE token_hash = $1`, [tokenHash]);
  return {
    merged: true,
    wishlistItemsMoved: moved.length,
    wishlistItemsAlreadyThere: duplicates,
    wishlistItemsDropped: guestItems - duplicates - moved.length,
    recentlyViewedMerged: viewed.length,
  };
}
