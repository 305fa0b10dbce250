import { z } from 'zod';
import { entitiesFromRows, rows, type EventHandler, type Tx } from '@elysium/subgraph-kit';
import { Order } from '../order/order.entity';
import { canMove, OrderStatus } from '../order/order-status';
import type { HoldLine, StockAndPayments } from './stock-and-payments';

const outcome = z.object({
  paymentId: z.string().uuid(),
  purpose: z.enum(['FULL', 'DEPOSIT', 'BALANCE']).default('FULL'),
  orderId: z.string().uuid(),
  amount: z.number().int(),
  amountRefunded: z.number().int(),
  failureCode: z.string().nullable(),
});
type Outcome = z.infer<typeof outcome>;

const SYSTEM = { actor: 'orders', role: 'system' };

/** An order's line as a payment outcome needs it. */
interface OutcomeLine {
  id: string;
  kind: string;
  sku: string | null;
  product_id: string;
  stone_id: string | null;
  quantity: number;
  /** Checkout held stock for it (made-to-order pieces hold nothing). */
  held: boolean;
  made_to_order: boolean;
}

/**
 * What orders does when a payment's state moves (events from payments, through the outbox):
 * - succeeded: the held pieces are committed and the order is PAID (IN_ATELIER when something is
 *   made for it), and the confirmation is mailed once. If the hold lapsed, the pieces are held
 *   again; if they have gone to someone else, the order is cancelled with its reason and the
 *   payment refunded in full: a client is never charged without an order.
 * - failed: the hold is released (the client may try another card; the pieces are held again when
 *   a payment succeeds). cancelled: released, and the order cancelled.
 * - refunded: REFUNDED or PARTIALLY_REFUNDED. disputed: flagged for staff.
 */
export function paymentOutcomeHandler(remote: StockAndPayments, reservationTtlSeconds: number): EventHandler {
  return {
    queue: 'orders.payment-outcome',
    // Each outcome locks its order row: outcomes of different orders run side by side.
    concurrency: 4,
    handle: async (message, tx) => {
      const event = outcome.parse(message.data);
      const [found] = await rows<Record<string, unknown>>(tx.manager, `SELECT * FROM "order" WHERE id = $1 FOR UPDATE`, [event.orderId]);
      if (!found) return;
      const order = entitiesFromRows(tx.manager, Order, [found])[0];
      const requestId = `event:${message.id}`;
      switch (message.name) {
        case 'payment.succeeded':
          return succeeded(tx, remote, order, event, requestId, reservationTtlSeconds);
        case 'payment.failed':
          if (order.status === OrderStatus.PENDING_PAYMENT && order.reservationId) {
            await remote.release(order.reservationId);
            await note(tx, order.id, `Payment failed (${event.failureCode ?? 'declined'}); the pieces are no longer held`, requestId);
          }
          return;
        case 'payment.cancelled':
          if (order.status !== OrderStatus.PENDING_PAYMENT) return;
          if (order.reservationId) await remote.release(order.reservationId);
          return move(tx, order, OrderStatus.CANCELLED, 'The payment was cancelled.', requestId);
        case 'payment.refunded': {
          const refunded = Math.max(order.refundedAmount, event.amountRefunded);
          await rows(tx.manager, `UPDATE "order" SET refunded_amount = $2, updated_at = now() WHERE id = $1`, [order.id, refunded]);
          const to = refunded >= order.totalAmount ? OrderStatus.REFUNDED : OrderStatus.PARTIALLY_REFUNDED;
          if (canMove(order.status, to)) return move(tx, order, to, `Refunded ${(refunded / 100).toFixed(2)} ${order.currency}`, requestId);
          return note(tx, order.id, `Refunded ${(refunded / 100).toFixed(2)} ${order.currency}`, requestId);
        }
        case 'payment.disputed':
          await rows(tx.manager, `UPDATE "order" SET disputed_at = coalesce(disputed_at, now()), updated_at = now() WHERE id = $1`, [
            order.id,
          ]);
          return note(tx, order.id, 'The card holder disputed the payment with their bank: staff to respond', requestId);
      }
    },
  };
}

async function succeeded(tx: Tx, remote: StockAndPayments, order: Order, event: Outcome, requestId: string, ttl: number): Promise<void> {
  if (event.purpose === 'BALANCE') {
    // The balance of a made piece: owed no more; the order may now be dispatched.
    const paid = await rows(
      tx.manager,
      `UPDATE "order" SET balance_paid_at = now(), updated_at = now() WHERE id = $1 AND balance_paid_at IS NULL RETURNING id`,
      [order.id],
    );
    if (paid.length) await note(tx, order.id, `Balance paid ${(event.amount / 100).toFixed(2)} ${order.currency}`, requestId);
    return;
  }
  if (order.status === OrderStatus.CANCELLED) {
    // Paid after the order was cancelled: the money goes back, in full.
    await tx.publish('order.refund-requested', { orderId: order.id, reason: 'paid after cancellation' });
    return note(tx, order.id, 'Paid after it was cancelled: the payment is refunded in full', requestId);
  }
  if (order.status !== OrderStatus.PENDING_PAYMENT) return; // a repeat: already acted on
  const lines = await rows<OutcomeLine>(
    tx.manager,
    `SELECT id, kind, sku, product_id, stone_id, quantity, held, made_to_order FROM order_line WHERE order_id = $1 ORDER BY position`,
    [order.id],
  );
  const kept = order.reservationId ? await keepPieces(tx, remote, order, lines, ttl) : true;
  if (!kept) {
    await move(
      tx,
      order,
      OrderStatus.CANCELLED,
      'A piece was no longer available when the payment arrived; the payment is refunded in full.',
      requestId,
    );
    await tx.publish('order.refund-requested', { orderId: order.id, reason: 'pieces no longer available' });
    await tx.enqueue('orders.send-mail', { template: 'order-cancelled', orderId: order.id });
    return;
  }
  await move(
    tx,
    order,
    lines.some((l) => l.made_to_order) ? OrderStatus.IN_ATELIER : OrderStatus.PAID,
    `Paid ${(event.amount / 100).toFixed(2)} ${order.currency}`,
    requestId,
  );
  await tx.enqueue('orders.send-mail', { template: 'order-confirmation', orderId: order.id });
}

/**
 * Commits the hold; a lapsed or released one is held again (then committed) if the pieces are still
 * free. The serial numbers of the units sold go on their lines.
 */
async function keepPieces(tx: Tx, remote: StockAndPayments, order: Order, orderLines: OutcomeLine[], ttl: number): Promise<boolean> {
  // The lines checkout held, in the order it held them (pieces made to order hold nothing, then or now).
  const lines = orderLines.filter((l) => l.held);
  let committed = await remote.commit(order.reservationId!);
  if (!committed.committed) {
    const holds: HoldLine[] = lines.flatMap((l): HoldLine[] =>
      l.kind === 'SKU'
        ? [{ sku: l.sku!, quantity: l.quantity }]
        : l.kind === 'PIECE'
          ? [{ productId: l.product_id }]
          : l.stone_id
            ? [{ stoneId: l.stone_id }]
            : [],
    );
    const held = await remote.hold(`order:${order.id}:after-payment`, holds, ttl, `order:${order.id}`);
    if (!held.held) return false;
    await rows(tx.manager, `UPDATE "order" SET reservation_id = $2 WHERE id = $1`, [order.id, held.reservationId]);
    committed = await remote.commit(held.reservationId);
    if (!committed.committed) return false;
  }
  const serials = committed.serials;
  const sold = lines.flatMap((line, index) => (serials.has(index) ? [{ id: line.id, serial: serials.get(index)! }] : []));
  if (sold.length) {
    await rows(
      tx.manager,
      `UPDATE order_line l SET serial_number = s.serial FROM unnest($1::uuid[], $2::text[]) AS s (id, serial) WHERE l.id = s.id`,
      [sold.map((s) => s.id), sold.map((s) => s.serial)],
    );
  }
  return true;
}

/** Moves the order and records the move in its history, in one statement; becoming PAID or IN_ATELIER stamps paid_at. */
async function move(tx: Tx, order: Order, to: OrderStatus, note: string, requestId: string): Promise<void> {
  if (!canMove(order.status, to)) return;
  await rows(
    tx.manager,
    `WITH moved AS (
       UPDATE "order"
          SET status = $3,
              cancel_reason = CASE WHEN $3 = 'CANCELLED' THEN $4 ELSE cancel_reason END,
              paid_at = CASE WHEN $3 IN ('PAID', 'IN_ATELIER') THEN coalesce(paid_at, now()) ELSE paid_at END,
              updated_at = now()
        WHERE id = $1
       RETURNING id)
     INSERT INTO order_history (order_id, from_status, to_status, note, actor, actor_role, request_id)
     SELECT id, $2, $3, $4, $5, $6, $7 FROM moved`,
    [order.id, order.status, to, note, SYSTEM.actor, SYSTEM.role, requestId],
  );
}

async function note(tx: Tx, orderId: string, text: string, requestId: string): Promise<void> {
  await rows(tx.manager, `INSERT INTO order_history (order_id, note, actor, actor_role, request_id) VALUES ($1, $2, $3, $4, $5)`, [
    orderId,
    text,
    SYSTEM.actor,
    SYSTEM.role,
    requestId,
  ]);
}
