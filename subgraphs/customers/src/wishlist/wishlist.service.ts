import { allowNewGuestSession } from './guest-throttle';
import { In, type DataSource } from 'typeorm';
import { InputValidationError, requireUuid, type PostgresContext, rows } from '@elysium/subgraph-kit';
import { GuestSession } from './guest-session.entity';
import { GUEST_SESSION_IDLE_DAYS, guestTokenHash, newGuestToken } from './guest-token';
import { auditStaffWrite, claimOwner, listTarget, ownerColumn, ownerValue, type ListOwner, type OwnerArguments } from './list-owner';
import { configurationKey, productKey } from './quote-token';
import { entitiesFromRows, rows as queryRows } from '@elysium/subgraph-kit';
import { WishlistItem } from './wishlist-item.entity';
import {
  AddedToWishlist,
  GuestSessionStarted,
  RemovedFromWishlist,
  ShopperNotFoundError,
  WISHLIST_LIMIT,
  WishlistFullError,
  WishlistItemNotFoundError,
} from './wishlist.errors';
import { requireAddToWishlistLimits, validateWish, type AddToWishlistInput, type Wish } from './wishlist.inputs';
import type { EntityManager } from 'typeorm';

/** Wishlists of clients and guests: adding (a piece or a signed bespoke design), removing, reading. */
export class WishlistService {
  constructor(
    private readonly dataSource: DataSource,
    /** The catalog's CONFIGURATION_TOKEN_SECRET: quote tokens are checked exactly as checkout checks them. */
    private readonly configurationTokenSecret: string,
  ) {}

  /**
   * Puts a piece or a bespoke design on the caller's wishlist (or, for staff, a client's). Adding what
   * is there already changes nothing, except that a design saved with an older quote takes the newer
   * one. A visitor with no guest token gets one, returned with the item.
   */
  async addToWishlist(
    context: PostgresContext,
    input: AddToWishlistInput,
    args: OwnerArguments,
  ): Promise<AddedToWishlist | InputValidationError | ShopperNotFoundError | WishlistFullError> {
    const target = listTarget(context, args);
    if (target instanceof ShopperNotFoundError) return target;
    const wish = validateWish(requireAddToWishlistLimits(input), this.configurationTokenSecret);
    if (Array.isArray(wish)) return new InputValidationError(wish);

    return context.transaction(async (tx) => {
      const claimed = await claimOwner(tx, target);
      if (!claimed) return new ShopperNotFoundError();
      const { owner, newGuestToken } = claimed;
      const key = wish.kind === 'product' ? productKey(wish.productId, wish.variantSku) : configurationKey(wish.configuration);
      const column = ownerColumn(owner);
      const [{ total, existing }] = await queryRows<{ total: number; existing: string | null }>(
        tx.manager,
        `SELECT count(*)::int AS total, (array_agg(id) FILTER (WHERE item_key = $2))[1] AS existing
           FROM wishlist_item WHERE ${column} = $1`,
        [ownerValue(owner), key],
      );
      if (existing) {
        const item = await this.keepExisting(tx.manager, existing, wish);
        return Object.assign(new AddedToWishlist(), { item, alreadyOnList: true, guestToken: newGuestToken });
      }
      if (total >= WISHLIST_LIMIT) return new WishlistFullError();
      const item = await this.insert(tx.manager, owner, key, wish);
      await auditStaffWrite(tx, context, target, 'wishlist.item-added');
      return Object.assign(new AddedToWishlist(), { item, alreadyOnList: false, guestToken: newGuestToken });
    });
  }

  /** Takes an item off the caller's list; another owner's item answers exactly as a missing one. */
  async removeFromWishlist(
    context: PostgresContext,
    itemId: string,
    args: OwnerArguments,
  ): Promise<RemovedFromWishlist | ShopperNotFoundError | WishlistItemNotFoundError> {
    const id = requireUuid(itemId, 'itemId');
    const target = listTarget(context, args);
    if (target instanceof ShopperNotFoundError) return target;
    // A visitor without a guest token has no list, so nothing to remove (and no session to start).
    if (target.kind === 'new-guest') return new WishlistItemNotFoundError();

    return context.transaction(async (tx) => {
      const claimed = await claimOwner(tx, target);
      if (!claimed) return new ShopperNotFoundError();
      const removed = await queryRows<{ id: string }>(
        tx.manager,
        `DELETE FROM wishlist_item WHERE id = $1 AND ${ownerColumn(claimed.owner)} = $2 RETURNING id`,
        [id, ownerValue(claimed.owner)],
      );
      if (removed.length === 0) return new WishlistItemNotFoundError();
      await auditStaffWrite(tx, context, target, 'wishlist.item-removed');
      return Object.assign(new RemovedFromWishlist(), { itemId: id });
    });
  }

  /** A new guest session with empty lists; the token is returned once and only its hash is kept. */
  async startGuestSession(context: PostgresContext): Promise<GuestSessionStarted> {
    await allowNewGuestSession(context.call?.clientIp);
    const { token, hash } = newGuestToken();
    const session = await context.transaction(async (tx) => {
      const rows = await queryRows<Record<string, unknown>>(tx.manager, `INSERT INTO guest_session (token_hash) VALUES ($1) RETURNING *`, [
        hash,
      ]);
      return entitiesFromRows(tx.manager, GuestSession, rows)[0];
    });
    return Object.assign(new GuestSessionStarted(), { guestToken: token, session });
  }

  /** The live guest session a token opens; null for an unknown, malformed or expired token alike. */
  async findGuestSession(guestToken: string): Promise<GuestSession | null> {
    const hash = guestTokenHash(guestToken);
    if (!hash) return null;
    const rows = await queryRows<Record<string, unknown>>(
      this.dataSource.manager,
      `SELECT * FROM guest_session WHERE token_hash = $1 AND last_used_at > now() - make_interval(days => $2)`,
      [hash, GUEST_SESSION_IDLE_DAYS],
    );
    return entitiesFromRows(this.dataSource.manager, GuestSession, rows)[0] ?? null;
  }

  /** The wishlists of many clients, newest first, in one statement (DataLoader batches). */
  async findByCustomers(customerIds: readonly string[]): Promise<WishlistItem[]> {
    return this.dataSource.getRepository(WishlistItem).find({
      where: { customerId: In([...customerIds]) },
      order: { addedAt: 'DESC', id: 'ASC' },
    });
  }

  /** The wishlists of guest sessions by token hash, newest first, in one statement. */
  async findByGuests(tokenHashes: readonly string[]): Promise<WishlistItem[]> {
    return this.dataSource.getRepository(WishlistItem).find({
      where: { guestTokenHash: In([...tokenHashes]) },
      order: { addedAt: 'DESC', id: 'ASC' },
    });
  }

  /** The item already on the list; a design's quote is replaced only by one that holds longer. */
  private async keepExisting(manager: EntityManager, id: string, wish: Wish): Promise<WishlistItem> {
    if (wish.kind === 'configuration') {
      const c = wish.configuration;
      await rows(
        manager,
        `UPDATE wishlist_item SET quote_total_amount = $2, quote_currency = $3, quote_expires_at = to_timestamp($4), quote_token = $5
          WHERE id = $1 AND quote_expires_at < to_timestamp($4)`,
        [id, c.total, c.currency, c.expiresAt, wish.token],
      );
    }
    return manager.getRepository(WishlistItem).findOneByOrFail({ id });
  }

  private async insert(manager: EntityManager, owner: ListOwner, key: string, wish: Wish): Promise<WishlistItem> {
    const c = wish.kind === 'configuration' ? wish.configuration : null;
    const rows = await queryRows<Record<string, unknown>>(
      manager,
      `INSERT INTO wishlist_item (customer_id, guest_token_hash, item_key, kind, product_id, variant_sku,
                                 setting_code, metal, stone_id, ring_size, engraving,
                                 quote_total_amount, quote_currency, quote_expires_at, quote_token)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, to_timestamp($14), $15)
       RETURNING *`,
      [
        owner.kind === 'customer' ? owner.customerId : null,
        owner.kind === 'guest' ? owner.tokenHash : null,
        key,
        wish.kind === 'product' ? 'PRODUCT' : 'CONFIGURATION',
        wish.kind === 'product' ? wish.productId : c!.productId,
        wish.kind === 'product' ? wish.variantSku : null,
        c?.settingCode ?? null,
        c?.metal ?? null,
        c?.stoneId ?? null,
        c?.ringSize ?? null,
        c?.engraving ?? null,
        // Price, currency and expiry come from the signed token only; the client sent nothing but the token.
        c?.total ?? null,
        c?.currency ?? null,
        c?.expiresAt ?? null,
        wish.kind === 'configuration' ? wish.token : null,
      ],
    );
    return entitiesFromRows(manager, WishlistItem, rows)[0];
  }
}
