import { createHash, randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  CurrencyCode,
  FieldError,
  forbidden,
  InputValidationError,
  isUuid,
  Money,
  rows,
  vatIncluded,
  verifyConfigurationToken,
  withTransaction,
  type SubgraphContext,
} from '@elysium/subgraph-kit';
import { priceKey, type CatalogueMemo, type CataloguePrice, type CataloguePrices, type PricedRef } from '../pricing/catalog-prices';
import { checkCartItem, sameItem } from './cart-item';
import { CartLineNotFoundError, ItemNotOfferedError, QuoteExpiredError } from './cart.errors';
import { CART_LIMITS, type AddToCartInput, type UpdateCartLineInput } from './cart.inputs';
import { Cart, CartLine, CartUpdate, ConfiguredDesign } from './cart.model';
import { LineKind } from './line-kind';

/** Whose cart: a signed-in client's, or a guest's under the hash of an opaque token. */
export type CartOwner = { kind: 'customer'; customerId: string } | { kind: 'guest'; tokenHash: string };

/** How long a cart lives after its last change. */
const CART_DAYS = { customer: 90, guest: 14 };

/** A cart line as stored. */
export interface StoredLine {
  id: string;
  kind: LineKind;
  product_id: string | null;
  sku: string | null;
  stone_id: string | null;
  quote_token: string | null;
  quantity: number;
  price_when_added: number;
  saved_for_later: boolean;
  added_at: Date;
}

interface StoredCart {
  id: string;
  currency: CurrencyCode;
  expires_at: Date;
}

const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

/** What a stored line asks the catalogue (a configured line is priced by its quote instead). */
export function pricedRefOf(line: StoredLine): PricedRef | null {
  if (line.kind === LineKind.STONE) return { kind: 'stone', stoneId: line.stone_id! };
  if (line.kind === LineKind.CONFIGURED) return null;
  return { kind: 'product', productId: line.product_id!, sku: line.sku };
}

/** The quote a configured line carries, if it still verifies. */
export function quoteOf(line: StoredLine, secret: string, now = Date.now()) {
  return line.quote_token ? verifyConfigurationToken(line.quote_token, secret, now) : null;
}

/**
 * Carts: a client's (one per client) or a guest's (under an opaque token; only its hash is kept).
 * Every read prices the lines again from the catalogue and shows a changed price as such. When a
 * guest signs in, their guest cart merges into their own by one rule: a SKU already in the cart
 * adds its quantity (up to the most a line holds), a piece, stone or design already there stays
 * once, and anything new is added; the guest cart is then gone.
 */
export class CartService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly prices: CataloguePrices,
    private readonly quoteSecret: string,
  ) {}

  /** The caller's cart owner; a signed-in person's own cart, else the guest token's (when given). */
  ownerOf(context: SubgraphContext, guestCartToken: string | null | undefined): CartOwner | null {
    if (context.identity) {
      if (!isUuid(context.identity.subject)) throw forbidden('Carts belong to client accounts.');
      return { kind: 'customer', customerId: context.identity.subject.toLowerCase() };
    }
    if (guestCartToken == null) return null;
    if (guestCartToken.length > CART_LIMITS.tokenLength) return null;
    return { kind: 'guest', tokenHash: tokenHash(guestCartToken) };
  }

  async read(context: SubgraphContext, guestCartToken: string | null | undefined): Promise<Cart | null> {
    const owner = this.ownerOf(context, guestCartToken);
    if (!owner) return null;
    if (owner.kind === 'customer' && guestCartToken) await this.mergeGuestCart(owner.customerId, guestCartToken);
    const cart = await this.find(this.dataSource.manager, owner);
    return cart ? this.view(cart) : null;
  }

  async add(
    context: SubgraphContext,
    input: AddToCartInput,
    guestCartToken: string | null | undefined,
  ): Promise<CartUpdate | InputValidationError | ItemNotOfferedError | QuoteExpiredError> {
    // The catalogue's answer about the item also prices its line when the cart is shown.
    const memo: CatalogueMemo = new Map();
    const checked = await checkCartItem(input, this.prices, this.quoteSecret, memo);
    if (!('kind' in checked)) return checked;
    let newToken: string | null = null;
    let owner = this.ownerOf(context, guestCartToken);
    if (!owner) {
      newToken = randomBytes(24).toString('base64url');
      owner = { kind: 'guest', tokenHash: tokenHash(newToken) };
    }
    const target = owner;
    const outcome = await withTransaction(this.dataSource, async (manager) => {
      // Found or made, renewed and locked by one statement: adds to one cart run one at a time.
      const found = await this.findOrCreate(manager, target);
      const lines = await this.lines(manager, found.id);
      const same = lines.find((l) => sameItem(l, checked));
      if (same && same.kind === LineKind.SKU) {
        const [changed] = await rows<StoredLine>(
          manager,
          `UPDATE cart_line SET quantity = least($2, quantity + $3), saved_for_later = false WHERE id = $1 RETURNING *`,
          [same.id, CART_LIMITS.quantity, checked.quantity],
        );
        lines[lines.indexOf(same)] = changed;
      } else if (!same) {
        if (lines.length >= CART_LIMITS.lines)
          return new InputValidationError([new FieldError('input', `A cart holds at most ${CART_LIMITS.lines} lines.`)]);
        const [added] = await rows<StoredLine>(
          manager,
          `INSERT INTO cart_line (cart_id, kind, product_id, sku, stone_id, quote_token, quantity, price_when_added)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
          [found.id, checked.kind, checked.productId, checked.sku, checked.stoneId, checked.quoteToken, checked.quantity, checked.price],
        );
        lines.push(added);
      }
      return { cart: found, lines };
    });
    if (outcome instanceof InputValidationError) return outcome;
    return Object.assign(new CartUpdate(), {
      cart: await this.view(outcome.cart, memo, outcome.lines),
      guestCartToken: newToken ?? (owner.kind === 'guest' ? (guestCartToken ?? null) : null),
    });
  }

  async update(
    context: SubgraphContext,
    input: UpdateCartLineInput,
    guestCartToken: string | null | undefined,
  ): Promise<CartUpdate | InputValidationError | CartLineNotFoundError> {
    if (input.quantity != null && (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > CART_LIMITS.quantity)) {
      return new InputValidationError([new FieldError('input.quantity', `A whole number from 1 to ${CART_LIMITS.quantity}.`)]);
    }
    return this.changeLine(context, input.lineId, guestCartToken, async (manager, line) => {
      if (input.quantity != null && line.kind !== LineKind.SKU && input.quantity !== 1) {
        return new InputValidationError([new FieldError('input.quantity', 'Only a SKU line holds more than one.')]);
      }
      await rows(
        manager,
        `UPDATE cart_line SET quantity = coalesce($2, quantity), saved_for_later = coalesce($3, saved_for_later) WHERE id = $1`,
        [line.id, input.quantity ?? null, input.savedForLater ?? null],
      );
      return null;
    });
  }

  async remove(
    context: SubgraphContext,
    lineId: string,
    guestCartToken: string | null | undefined,
  ): Promise<CartUpdate | CartLineNotFoundError> {
    const result = await this.changeLine(context, lineId, guestCartToken, async (manager, line) => {
      await rows(manager, `DELETE FROM cart_line WHERE id = $1`, [line.id]);
      return null;
    });
    return result instanceof InputValidationError ? new CartLineNotFoundError() : result;
  }

  /** The owner's cart and the lines to check out (not saved for later), as stored, in one statement. */
  async forCheckout(manager: EntityManager, owner: CartOwner): Promise<{ cartId: string; lines: StoredLine[] } | null> {
    const [cart] = await rows<{ id: string; lines: Array<Omit<StoredLine, 'added_at'> & { added_at: string }> }>(
      manager,
      `SELECT c.id, coalesce((SELECT json_agg(l ORDER BY l.added_at, l.id) FROM cart_line l WHERE l.cart_id = c.id AND NOT l.saved_for_later), '[]') AS lines
         FROM cart c WHERE c.${owner.kind === 'customer' ? 'customer_id' : 'guest_token_hash'} = $1 AND c.expires_at > now()`,
      [owner.kind === 'customer' ? owner.customerId : owner.tokenHash],
    );
    if (!cart) return null;
    return { cartId: cart.id, lines: cart.lines.map((l) => ({ ...l, added_at: new Date(l.added_at) })) };
  }

  /** The design a configured line carries, as its quote states it (the order's snapshot). */
  designOf(line: StoredLine): Record<string, unknown> | null {
    const quote = line.kind === LineKind.CONFIGURED ? quoteOf(line, this.quoteSecret) : null;
    return quote?.valid ? { ...quote.configuration } : null;
  }

  /** Prices stored lines now: the catalogue for pieces and stones, the signed quote for designs. */
  async priceLines(lines: readonly StoredLine[], memo?: CatalogueMemo): Promise<Map<string, CataloguePrice | null>> {
    const refs = lines.flatMap((l) => {
      const ref = pricedRefOf(l);
      return ref ? [ref] : [];
    });
    const catalogue = await this.prices.prices(refs, memo);
    const priced = new Map<string, CataloguePrice | null>();
    for (const line of lines) {
      const ref = pricedRefOf(line);
      if (ref) {
        priced.set(line.id, catalogue.get(priceKey(ref)) ?? null);
        continue;
      }
      const quote = quoteOf(line, this.quoteSecret);
      priced.set(
        line.id,
        quote?.valid
          ? {
              title: 'Bespoke ring',
              unitPrice: quote.configuration.total,
              currency: quote.configuration.currency as CurrencyCode,
              leadTimeWeeks: null,
            }
          : null,
      );
    }
    return priced;
  }

  private async changeLine(
    context: SubgraphContext,
    lineId: string,
    guestCartToken: string | null | undefined,
    change: (manager: EntityManager, line: StoredLine) => Promise<InputValidationError | null>,
  ): Promise<CartUpdate | InputValidationError | CartLineNotFoundError> {
    const owner = this.ownerOf(context, guestCartToken);
    if (!owner || !isUuid(lineId)) return new CartLineNotFoundError();
    const outcome = await withTransaction(this.dataSource, async (manager) => {
      const cart = await this.find(manager, owner);
      const line = cart ? (await this.lines(manager, cart.id)).find((l) => l.id === lineId.toLowerCase()) : undefined;
      if (!cart || !line) return new CartLineNotFoundError();
      const refused = await change(manager, line);
      if (refused) return refused;
      await this.touch(manager, cart.id, owner);
      return cart;
    });
    if (outcome instanceof CartLineNotFoundError || outcome instanceof InputValidationError) return outcome;
    return Object.assign(new CartUpdate(), {
      cart: await this.view(outcome),
      guestCartToken: owner.kind === 'guest' ? (guestCartToken ?? null) : null,
    });
  }

  /** Moves a guest cart's lines into the client's cart (the rule in the class comment), then drops it. */
  private async mergeGuestCart(customerId: string, guestCartToken: string): Promise<void> {
    if (guestCartToken.length > CART_LIMITS.tokenLength) return;
    await withTransaction(this.dataSource, async (manager) => {
      const guest = await this.find(manager, { kind: 'guest', tokenHash: tokenHash(guestCartToken) });
      if (!guest) return;
      const own = await this.findOrCreate(manager, { kind: 'customer', customerId });
      await rows(manager, `SELECT id FROM cart WHERE id = ANY($1) ORDER BY id FOR UPDATE`, [[own.id, guest.id]]);
      const mine = await this.lines(manager, own.id);
      for (const line of await this.lines(manager, guest.id)) {
        const same = mine.find((l) =>
          sameItem(l, { kind: line.kind, productId: line.product_id, sku: line.sku, stoneId: line.stone_id, quoteToken: line.quote_token }),
        );
        if (same && same.kind === LineKind.SKU) {
          await rows(manager, `UPDATE cart_line SET quantity = least($2, quantity + $3) WHERE id = $1`, [
            same.id,
            CART_LIMITS.quantity,
            line.quantity,
          ]);
        } else if (!same && mine.length < CART_LIMITS.lines) {
          await rows(manager, `UPDATE cart_line SET cart_id = $2 WHERE id = $1`, [line.id, own.id]);
          mine.push(line);
        }
      }
      await rows(manager, `DELETE FROM cart WHERE id = $1`, [guest.id]);
    });
  }

  /** The cart as shown, priced now; `stored` when the caller has just read (and changed) its lines. */
  private async view(cart: StoredCart, memo?: CatalogueMemo, stored?: StoredLine[]): Promise<Cart> {
    stored ??= await this.lines(this.dataSource.manager, cart.id);
    const priced = await this.priceLines(stored, memo);
    const lines = stored.map((line) => lineView(line, priced.get(line.id) ?? null, cart.currency, this.quoteSecret));
    const toCheckOut = lines.filter((l) => !l.savedForLater);
    const subtotal = toCheckOut.reduce((sum, l) => sum + (l.unitPrice?.amount ?? 0) * l.quantity, 0);
    return Object.assign(new Cart(), {
      id: cart.id,
      lines: toCheckOut,
      savedForLater: lines.filter((l) => l.savedForLater),
      subtotal: Money.of(subtotal, cart.currency),
      vat: Money.of(vatIncluded(subtotal), cart.currency),
      itemCount: toCheckOut.reduce((n, l) => n + l.quantity, 0),
      expiresAt: cart.expires_at,
    });
  }

  private async find(manager: EntityManager, owner: CartOwner): Promise<StoredCart | null> {
    const [cart] = await rows<StoredCart>(
      manager,
      owner.kind === 'customer'
        ? `SELECT id, currency, expires_at FROM cart WHERE customer_id = $1 AND expires_at > now()`
        : `SELECT id, currency, expires_at FROM cart WHERE guest_token_hash = $1 AND expires_at > now()`,
      [owner.kind === 'customer' ? owner.customerId : owner.tokenHash],
    );
    return cart ?? null;
  }

  /** The owner's cart, made if there is none, its expiry renewed, and locked for the rest of `manager`'s transaction. */
  private async findOrCreate(manager: EntityManager, owner: CartOwner): Promise<StoredCart> {
    const column = owner.kind === 'customer' ? 'customer_id' : 'guest_token_hash';
    const value = owner.kind === 'customer' ? owner.customerId : owner.tokenHash;
    // A lapsed cart is emptied and starts again, rather than revived with stale lines.
    await rows(manager, `DELETE FROM cart WHERE ${column} = $1 AND expires_at <= now()`, [value]);
    const [cart] = await rows<StoredCart>(
      manager,
      `INSERT INTO cart (${column}, expires_at) VALUES ($1, now() + make_interval(days => $2))
       ON CONFLICT (${column}) DO UPDATE SET updated_at = now(), expires_at = EXCLUDED.expires_at
       RETURNING id, currency, expires_at`,
      [value, CART_DAYS[owner.kind]],
    );
    return cart;
  }

  private async touch(manager: EntityManager, cartId: string, owner: CartOwner): Promise<void> {
    await rows(manager, `UPDATE cart SET updated_at = now(), expires_at = now() + make_interval(days => $2) WHERE id = $1`, [
      cartId,
      CART_DAYS[owner.kind],
    ]);
  }

  private lines(manager: EntityManager, cartId: string): Promise<StoredLine[]> {
    return rows<StoredLine>(manager, `SELECT * FROM cart_line WHERE cart_id = $1 ORDER BY added_at, id`, [cartId]);
  }
}

function lineView(line: StoredLine, price: CataloguePrice | null, currency: CurrencyCode, quoteSecret: string): CartLine {
  const quote = line.kind === LineKind.CONFIGURED ? quoteOf(line, quoteSecret) : null;
  const configuration = quote?.valid ? quote.configuration : null;
  return Object.assign(new CartLine(), {
    id: line.id,
    kind: line.kind,
    product: line.product_id ? { id: line.product_id } : null,
    stone: line.stone_id ? { id: line.stone_id } : null,
    sku: line.sku,
    title: price?.title ?? null,
    quantity: line.quantity,
    unitPrice: price ? Money.of(price.unitPrice, price.currency) : null,
    priceWhenAdded: Money.of(line.price_when_added, currency),
    priceChanged: price !== null && price.unitPrice !== line.price_when_added,
    purchasable: price !== null,
    savedForLater: line.saved_for_later,
    design: configuration
      ? Object.assign(new ConfiguredDesign(), {
          settingCode: configuration.settingCode,
          metal: configuration.metal,
          stoneId: configuration.stoneId,
          ringSize: configuration.ringSize,
          engraving: configuration.engraving,
          quoteExpiresAt: new Date(configuration.expiresAt * 1000),
        })
      : null,
    addedAt: line.added_at,
  });
}
