import { createHash, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  entitiesFromRows,
  FieldError,
  InputValidationError,
  isUuid,
  Money,
  rows,
  upstreamUnavailable,
  type Logger,
  type SubgraphClient,
  type SubgraphContext,
} from '@elysium/subgraph-kit';
import { QuoteExpiredError } from '../cart/cart.errors';
import { type CartOwner, type CartService, type StoredLine } from '../cart/cart.service';
import { LineKind } from '../cart/line-kind';
import { Order } from '../order/order.entity';
import type { CataloguePrice } from '../pricing/catalog-prices';
import { CartEmptyError, PiecesUnavailableError, PlacedOrder, UnavailableLine } from './checkout.errors';
import { DeliveryAddressInput, PlaceOrderInput } from './checkout.inputs';
import { placeOrderProblems } from './checkout-validation';
import { orderTotals } from './order-totals';
import type { HoldLine, StockAndPayments } from './stock-and-payments';

type Refusal = InputValidationError | CartEmptyError | PiecesUnavailableError | QuoteExpiredError;

/** How long a duplicate checkout waits for the first to finish. */
const WAIT_FOR_FIRST_MS = 20_000;

/** A claim untouched this long belongs to a checkout that died (one checkout takes seconds at most). */
export const STALE_CLAIM_SECONDS = 60;

/** A refusal as kept for repeats of the same key. */
type StoredRefusal =
  | { type: 'CartEmptyError' }
  | { type: 'QuoteExpiredError' }
  | { type: 'PiecesUnavailableError'; lines: Array<{ lineId: string; title: string | null }> };

/**
 * placeOrder as a workflow with compensation (Apollo TN0040): orders owns the outcome and drives
 * each step, undoing the earlier ones when a later one fails.
 *   1. validate everything, every problem at once;
 *   2. hold the stock in inventory, all or nothing;
 *   3. create the order, PENDING_PAYMENT, with snapshots of what was bought at what price;
 *   4. start the PaymentIntent for the server's amount;
 *   5. return the order and the client secret.
 * The idempotency key is claimed first, in its own committed row: a repeat (even a concurrent one,
 * which waits) gets the same order, and each step's own key derives from the order id, so a step
 * retried never holds or charges twice.
 */
export class PlaceOrderWorkflow {
  constructor(
    private readonly dataSource: DataSource,
    private readonly carts: CartService,
    private readonly remote: StockAndPayments,
    private readonly reservationTtlSeconds: number,
    private readonly depositPercent: number,
    private readonly customers: SubgraphClient,
    private readonly log: Logger,
  ) {}

  async place(context: SubgraphContext, input: PlaceOrderInput): Promise<PlacedOrder | Refusal> {
    const fromBook = await this.addressFromBook(context, input);
    if (fromBook instanceof InputValidationError) return fromBook;
    if (fromBook)
      input = Object.assign(new PlaceOrderInput(), input, { delivery: { ...input.delivery, address: fromBook, addressId: null } });
    const problems = placeOrderProblems(input);
    const owner = this.carts.ownerOf(context, input.guestCartToken);
    if (problems.length) return new InputValidationError(problems);
    if (!owner) return new CartEmptyError();
    const ownerKey = owner.kind === 'customer' ? `customer:${owner.customerId}` : `guest:${owner.tokenHash}`;
    const fingerprint = createHash('sha256')
      .update(JSON.stringify({ ownerKey, email: input.contactEmail, delivery: input.delivery }))
      .digest('base64url');

    const claim = await this.claim(input.idempotencyKey, ownerKey, fingerprint);
    if (claim.kind === 'reused')
      return new InputValidationError([new FieldError('input.idempotencyKey', 'This key was used for a different checkout.')]);
    if (claim.kind === 'settled') return this.answerFor(claim.orderId, claim.state, claim.outcome);
    try {
      const outcome = await this.run(owner, claim.orderId, input, claim.takenOver);
      await this.settle(
        input.idempotencyKey,
        outcome instanceof PlacedOrder ? 'PLACED' : 'REFUSED',
        outcome instanceof PlacedOrder ? null : storedRefusal(outcome),
      );
      return outcome;
    } catch (error) {
      // Nothing of this attempt stands (each step undid itself): the key may be used again.
      await rows(this.dataSource.manager, `DELETE FROM checkout WHERE idempotency_key = $1 AND state = 'IN_PROGRESS'`, [
        input.idempotencyKey,
      ]);
      throw error;
    }
  }

  /** The address-book entry `delivery.addressId` names, read from customers as the client (only their own can be found). */
  private async addressFromBook(
    context: SubgraphContext,
    input: PlaceOrderInput,
  ): Promise<DeliveryAddressInput | InputValidationError | null> {
    const id = input.delivery.addressId;
    if (id == null || input.delivery.address) return null;
    const field = 'input.delivery.addressId';
    if (!context.identity || !isUuid(id)) return new InputValidationError([new FieldError(field, 'Not an address in your address book.')]);
    const data = await this.customers.query<{ me: { addresses: Array<DeliveryAddressInput & { id: string }> } | null }>(
      `{ me { addresses { id recipientName line1 line2 city postcode countryCode } } }`,
      {},
      context.identity,
    );
    const found = data.me?.addresses.find((a) => a.id === id.toLowerCase());
    if (!found) return new InputValidationError([new FieldError(field, 'Not an address in your address book.')]);
    const { id: _id, ...address } = found;
    return Object.assign(new DeliveryAddressInput(), address);
  }

  private async run(owner: CartOwner, orderId: string, input: PlaceOrderInput, takenOver: boolean): Promise<PlacedOrder | Refusal> {
    // Taken over after a crash: if the order was created, only the payment may be missing (its key makes it once).
    if (takenOver) {
      const [existing] = await rows(this.dataSource.manager, `SELECT 1 FROM "order" WHERE id = $1`, [orderId]);
      if (existing) return this.answerFor(orderId, 'PLACED', null);
    }
    const cart = await this.carts.forCheckout(this.dataSource.manager, owner);
    if (!cart || cart.lines.length === 0) return new CartEmptyError();
    const prices = await this.carts.priceLines(cart.lines);
    // A design's price is its signed quote: one that no longer verifies has lapsed.
    if (cart.lines.some((l) => l.kind === LineKind.CONFIGURED && prices.get(l.id) === null)) return new QuoteExpiredError();
    const withdrawn = cart.lines.filter((l) => prices.get(l.id) === null);
    if (withdrawn.length) return new PiecesUnavailableError(withdrawn.map((l) => unavailable(l, null)));

    // 2. Hold what is in stock; pieces made to order hold nothing (their lead time is the promise).
    const holds = cart.lines.flatMap((line) => {
      const hold = holdFor(line, prices.get(line.id)!);
      return hold ? [{ line, hold }] : [];
    });
    let reservationId: string | null = null;
    if (holds.length) {
      const held = await this.remote.hold(
        `order:${orderId}`,
        holds.map((h) => h.hold),
        this.reservationTtlSeconds,
        `order:${orderId}`,
      );
      if (!held.held)
        return new PiecesUnavailableError(held.shortLines.map((i) => unavailable(holds[i].line, prices.get(holds[i].line.id)!.title)));
      reservationId = held.reservationId;
    }

    // 3. The order, with what was bought at what price; the lines leave the cart with it.
    const totals = orderTotals(cart.lines, prices, input, (line) => this.carts.designOf(line), this.depositPercent);
    let order: Order;
    try {
      // One statement, so one atomic step without a transaction's round trips: the order, its lines,
      // its first history entry, and the lines gone from the cart.
      const [created] = await rows<Record<string, unknown>>(
        this.dataSource.manager,
        `WITH placed AS (
           INSERT INTO "order" (id, customer_id, contact_email, status, currency, total_amount, vat_amount, shipping_amount, delivery_method,
                                delivery_address, collection_slot, reservation_id, balance_amount)
           VALUES ($1, $2, $3, 'PENDING_PAYMENT', $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING *),
         lines AS (
           INSERT INTO order_line (order_id, position, kind, product_id, sku, stone_id, configuration, title, quantity, unit_price_amount, vat_amount,
                                   currency, held, made_to_order)
           SELECT $1, l.position, l.kind, l.product_id, l.sku, l.stone_id, l.configuration, l.title, l.quantity, l.unit_price, l.vat, $4,
                  l.id = ANY($14), l.made
             FROM jsonb_to_recordset($13::jsonb) AS l (id uuid, position int, kind text, product_id text, sku text, stone_id text,
                                                       configuration jsonb, title text, quantity int, unit_price int, vat int, made boolean)
           RETURNING 1),
         history AS (
           INSERT INTO order_history (order_id, to_status, note, actor, actor_role, request_id)
           VALUES ($1, 'PENDING_PAYMENT', 'Placed', $15, $16, $17) RETURNING 1),
         emptied AS (DELETE FROM cart_line WHERE id = ANY($18) RETURNING 1)
         SELECT * FROM placed`,
        [
          orderId,
          owner.kind === 'customer' ? owner.customerId : null,
          input.contactEmail.trim(),
          totals.currency,
          totals.total,
          totals.vat,
          totals.shipping,
          input.delivery.method,
          input.delivery.address ? JSON.stringify(input.delivery.address) : null,
          input.delivery.collectionSlot ?? null,
          reservationId,
          totals.balance,
          JSON.stringify(totals.lines),
          holds.map((h) => h.line.id),
          owner.kind === 'customer' ? owner.customerId : 'guest',
          owner.kind === 'customer' ? 'customer' : 'guest',
          `checkout:${input.idempotencyKey}`,
          cart.lines.map((l) => l.id),
        ],
      );
      order = entitiesFromRows(this.dataSource.manager, Order, [created])[0];
    } catch (error) {
      if (reservationId)
        await this.remote
          .release(reservationId)
          .catch((e: unknown) => this.log.error({ err: e, orderId }, 'release after a failed order failed'));
      throw error;
    }

    // 4. The payment, for the server's amount; if it cannot start, the order is cancelled and the stock freed.
    try {
      return await this.placedWithPayment(order);
    } catch (error) {
      await this.cancelUnpaid(order, 'The payment could not be started.');
      throw error instanceof Error && 'extensions' in error ? error : upstreamUnavailable('payments', error);
    }
  }

  /** Undoes steps 2 and 3: the stock is freed and the order cancelled (kept, for the record). */
  private async cancelUnpaid(order: Order, reason: string): Promise<void> {
    if (order.reservationId)
      await this.remote.release(order.reservationId).catch((e: unknown) => this.log.error({ err: e, orderId: order.id }, 'release failed'));
    await rows(
      this.dataSource.manager,
      `WITH cancelled AS (UPDATE "order" SET status = 'CANCELLED', cancel_reason = $2, updated_at = now() WHERE id = $1 AND status = 'PENDING_PAYMENT' RETURNING id)
       INSERT INTO order_history (order_id, from_status, to_status, note, actor, actor_role, request_id)
       SELECT id, 'PENDING_PAYMENT', 'CANCELLED', $2, 'orders', 'system', 'checkout' FROM cancelled`,
      [order.id, reason],
    );
  }

  /** Claims the key (own transaction, committed at once), or finds the checkout that did. */
  private async claim(
    key: string,
    ownerKey: string,
    fingerprint: string,
  ): Promise<
    | { kind: 'new'; orderId: string; takenOver: boolean }
    | { kind: 'reused' }
    | { kind: 'settled'; orderId: string; state: string; outcome: StoredRefusal | null }
  > {
    const orderId = randomUUID();
    const [claimed] = await rows<{ order_id: string }>(
      this.dataSource.manager,
      `INSERT INTO checkout (idempotency_key, owner, fingerprint, order_id, state) VALUES ($1, $2, $3, $4, 'IN_PROGRESS')
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING order_id`,
      [key, ownerKey, fingerprint, orderId],
    );
    if (claimed) return { kind: 'new', orderId, takenOver: false };
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      const [existing] = await rows<{ owner: string; fingerprint: string; order_id: string; state: string; outcome: StoredRefusal | null }>(
        this.dataSource.manager,
        `SELECT owner, fingerprint, order_id, state, outcome FROM checkout WHERE idempotency_key = $1`,
        [key],
      );
      if (!existing) return this.claim(key, ownerKey, fingerprint); // the first attempt failed and let go of the key
      if (existing.owner !== ownerKey || existing.fingerprint !== fingerprint) return { kind: 'reused' };
      if (existing.state !== 'IN_PROGRESS')
        return { kind: 'settled', orderId: existing.order_id, state: existing.state, outcome: existing.outcome };
      // A checkout whose process died mid-way holds its claim with no one working on it: after a
      // while it is taken over, under the same order id, and carried on from where it stopped.
      const [takenOver] = await rows<{ order_id: string }>(
        this.dataSource.manager,
        `UPDATE checkout SET updated_at = now() WHERE idempotency_key = $1 AND state = 'IN_PROGRESS' AND updated_at < now() - make_interval(secs => $2)
         RETURNING order_id`,
        [key, STALE_CLAIM_SECONDS],
      );
      if (takenOver) return { kind: 'new', orderId: takenOver.order_id, takenOver: true };
      if (Date.now() > deadline) throw upstreamUnavailable('orders', new Error('the first checkout with this key is still running'));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  private async settle(key: string, state: 'PLACED' | 'REFUSED', outcome: StoredRefusal | null): Promise<void> {
    await rows(this.dataSource.manager, `UPDATE checkout SET state = $2, outcome = $3, updated_at = now() WHERE idempotency_key = $1`, [
      key,
      state,
      outcome ? JSON.stringify(outcome) : null,
    ]);
  }

  /** The answer the first checkout with this key gave. */
  private async answerFor(orderId: string, state: string, outcome: StoredRefusal | null): Promise<PlacedOrder | Refusal> {
    if (state === 'REFUSED' && outcome) {
      if (outcome.type === 'CartEmptyError') return new CartEmptyError();
      if (outcome.type === 'QuoteExpiredError') return new QuoteExpiredError();
      return new PiecesUnavailableError(outcome.lines.map((l) => Object.assign(new UnavailableLine(), l)));
    }
    const [found] = await rows<Record<string, unknown>>(this.dataSource.manager, `SELECT * FROM "order" WHERE id = $1`, [orderId]);
    return this.placedWithPayment(entitiesFromRows(this.dataSource.manager, Order, [found])[0]);
  }

  /**
   * The order's checkout payment (everything but a balance owed later). Its Stripe idempotency key
   * derives from the order, so asking again gives back the same PaymentIntent and client secret.
   */
  private async placedWithPayment(order: Order): Promise<PlacedOrder> {
    const payment = await this.remote.startPayment({
      orderId: order.id,
      customerId: order.customerId,
      amount: order.amountDueAtCheckout,
      currency: order.currency,
      idempotencyKey: `order:${order.id}`,
      purpose: order.balanceAmount > 0 ? 'DEPOSIT' : 'FULL',
    });
    return Object.assign(new PlacedOrder(), {
      order,
      paymentClientSecret: payment.clientSecret,
      amountDue: Money.of(order.amountDueAtCheckout, order.currency),
    });
  }
}

function storedRefusal(refusal: Refusal): StoredRefusal | null {
  if (refusal instanceof CartEmptyError) return { type: 'CartEmptyError' };
  if (refusal instanceof QuoteExpiredError) return { type: 'QuoteExpiredError' };
  if (refusal instanceof PiecesUnavailableError)
    return { type: 'PiecesUnavailableError', lines: refusal.lines.map((l) => ({ lineId: l.lineId, title: l.title })) };
  return null;
}

function unavailable(line: StoredLine, title: string | null): UnavailableLine {
  return Object.assign(new UnavailableLine(), { lineId: line.id, title });
}

/** What inventory holds for a line; nothing for a piece made to order. A design holds its centre stone. */
function holdFor(line: StoredLine, price: CataloguePrice): HoldLine | null {
  if (line.kind === LineKind.STONE) return { stoneId: line.stone_id! };
  if (line.kind === LineKind.CONFIGURED) return line.stone_id ? { stoneId: line.stone_id } : null;
  if (price.leadTimeWeeks !== null) return null;
  return line.kind === LineKind.SKU ? { sku: line.sku!, quantity: line.quantity } : { productId: line.product_id! };
}
