import type { DataSource, EntityManager } from 'typeorm';
import { ARGUMENT_LIMITS, InputValidationError, requireMaxLength, type PostgresContext, rows } from '@elysium/subgraph-kit';
import { auditStaffWrite, claimOwner, listTarget, ownerColumn, ownerValue, type ListOwner, type OwnerArguments } from './list-owner';
import { RecentlyViewed } from './recently-viewed.entity';
import { entitiesFromRows, rows as queryRows } from '@elysium/subgraph-kit';
import { ProductViewRecorded, ShopperNotFoundError } from './wishlist.errors';
import { validateViewedProduct } from './wishlist.inputs';

/** Most pieces one recently viewed list keeps; older views fall off the end. */
export const RECENTLY_VIEWED_LIMIT = 50;

/** A page of one owner's list: whose, and how many of the newest. */
export interface RecentlyViewedKey {
  owner: string;
  first: number;
}

/** Recently viewed pieces of clients and guests: one row per piece, newest first, at most 50. */
export class RecentlyViewedService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records that the caller looked at a piece: a new piece goes on top, a repeat moves to the top, and
   * the list is trimmed to RECENTLY_VIEWED_LIMIT in the same transaction.
   */
  async recordProductView(
    context: PostgresContext,
    productId: string,
    args: OwnerArguments,
  ): Promise<ProductViewRecorded | InputValidationError | ShopperNotFoundError> {
    const target = listTarget(context, args);
    if (target instanceof ShopperNotFoundError) return target;
    const problems = validateViewedProduct(requireMaxLength(productId, ARGUMENT_LIMITS.id, 'productId'));
    if (problems.length > 0) return new InputValidationError(problems);

    return context.transaction(async (tx) => {
      const claimed = await claimOwner(tx, target);
      if (!claimed) return new ShopperNotFoundError();
      const view = await upsertView(tx.manager, claimed.owner, productId);
      await trimRecentlyViewed(tx.manager, claimed.owner);
      await auditStaffWrite(tx, context, target, 'recently-viewed.recorded');
      return Object.assign(new ProductViewRecorded(), { view, guestToken: claimed.newGuestToken });
    });
  }

  /** The newest `first` views of each client, in one statement whatever the number of clients. */
  async findByCustomers(keys: readonly RecentlyViewedKey[]): Promise<RecentlyViewed[]> {
    return this.findPages('customer_id', 'uuid', keys);
  }

  /** The same for guest sessions, keyed by token hash. */
  async findByGuests(keys: readonly RecentlyViewedKey[]): Promise<RecentlyViewed[]> {
    return this.findPages('guest_token_hash', 'text', keys);
  }

  private async findPages(column: 'customer_id' | 'guest_token_hash', type: 'uuid' | 'text', keys: readonly RecentlyViewedKey[]) {
    const rows = await queryRows<Record<string, unknown>>(
      this.dataSource.manager,
      `SELECT v.* FROM unnest($1::${type}[], $2::int[]) AS k(owner, first)
         CROSS JOIN LATERAL (
           SELECT * FROM recently_viewed WHERE ${column} = k.owner ORDER BY viewed_at DESC, id DESC LIMIT k.first
         ) v
        ORDER BY v.viewed_at DESC, v.id DESC`,
      [keys.map((k) => k.owner), keys.map((k) => k.first)],
    );
    return entitiesFromRows(this.dataSource.manager, RecentlyViewed, rows);
  }
}

/** One row per piece and owner: a repeat view only moves the piece to the top. */
export async function upsertView(manager: EntityManager, owner: ListOwner, productId: string): Promise<RecentlyViewed> {
  const column = ownerColumn(owner);
  const rows = await queryRows<Record<string, unknown>>(
    manager,
    // clock_timestamp, not now(): views recorded in one transaction (a merge) still keep their order.
    `INSERT INTO recently_viewed (${column}, product_id, viewed_at) VALUES ($1, $2, clock_timestamp())
     ON CONFLICT (${column}, product_id) WHERE ${column} IS NOT NULL DO UPDATE SET viewed_at = EXCLUDED.viewed_at
     RETURNING *`,
    [ownerValue(owner), productId],
  );
  return entitiesFromRows(manager, RecentlyViewed, rows)[0];
}

/** Keeps the newest RECENTLY_VIEWED_LIMIT views of one owner; the caller holds the owner's lock. */
export async function trimRecentlyViewed(manager: EntityManager, owner: ListOwner): Promise<void> {
  const column = ownerColumn(owner);
  await rows(
    manager,
    `DELETE FROM recently_viewed WHERE ${column} = $1 AND id IN (
       SELECT id FROM recently_viewed WHERE ${column} = $1 ORDER BY viewed_at DESC, id DESC OFFSET $2)`,
    [ownerValue(owner), RECENTLY_VIEWED_LIMIT],
  );
}
