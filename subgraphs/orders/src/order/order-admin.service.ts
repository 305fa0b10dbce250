import type { DataSource, EntityManager } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import {
  entitiesFromRows,
  ErrorCode,
  ErrorResult,
  FieldError,
  InputValidationError,
  isUuid,
  recordAudit,
  rows,
  type PostgresContext,
  type Tx,
} from '@elysium/subgraph-kit';
import { Order } from './order.entity';
import { decodeOrderCursor, OrderPage, orderCursor, type OrderFilter } from './order-page';
import { canMove, OrderStatus } from './order-status';

@ObjectType({ implements: ErrorResult, description: 'The order cannot move to that status from where it is.' })
export class IllegalTransitionError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always INPUT_VALIDATION_ERROR.' })
  code = ErrorCode.INPUT_VALIDATION_ERROR;

  @Field(() => String, { description: 'What went wrong, naming both statuses.' })
  message: string;

  constructor(from: OrderStatus, to: OrderStatus, because?: string) {
    this.message = `An order cannot move from ${from} to ${to}${because ? `: ${because}` : ''}.`;
  }
}

@ObjectType({ implements: ErrorResult, description: 'No order has this id.' })
export class OrderNotFoundError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always NOT_FOUND.' })
  code = ErrorCode.NOT_FOUND;

  @Field(() => String, { description: 'What went wrong.' })
  message = 'No such order.';
}

/** One entry of an order's history: a move, a note, or both. */
@ObjectType({ description: 'One entry of an order’s history. Staff only.' })
export class OrderHistoryEntry {
  @Field(() => OrderStatus, { nullable: true, description: 'The status it moved from; null for a note.' })
  fromStatus!: OrderStatus | null;

  @Field(() => OrderStatus, { nullable: true, description: 'The status it moved to; null for a note.' })
  toStatus!: OrderStatus | null;

  @Field(() => String, { nullable: true, description: 'The note.' })
  note!: string | null;

  @Field({ description: 'Who: a staff member id, the client, or the system.' })
  actor!: string;

  @Field({ description: 'When.' })
  at!: Date;
}

const NOTE_MAX = 1000;

/** Staff's order desk: search, history, moves, notes, refunds and mail again. Every change is audited. */
export class OrderAdminService {
  constructor(private readonly dataSource: DataSource) {}

  /** Keyset pages newest first: one statement a page, however deep. */
  async search(filter: OrderFilter, first: number, after: string | null): Promise<OrderPage> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (clause: (p: string) => string, value: unknown) => {
      values.push(value);
      where.push(clause(`$${values.length}`));
    };
    if (filter.statuses?.length) add((p) => `status = ANY(${p})`, filter.statuses);
    if (filter.number) add((p) => `number LIKE ${p} || '%'`, filter.number.replace(/[%_\\]/g, '').slice(0, 20));
    if (filter.customerId)
      add((p) => `customer_id = ${p}::uuid`, isUuid(filter.customerId) ? filter.customerId : '00000000-0000-0000-0000-000000000000');
    if (filter.contactEmail) add((p) => `lower(contact_email) = lower(${p})`, filter.contactEmail.slice(0, 254));
    if (filter.disputed != null) where.push(filter.disputed ? 'disputed_at IS NOT NULL' : 'disputed_at IS NULL');
    if (filter.placedFrom) add((p) => `placed_at >= ${p}`, filter.placedFrom);
    if (filter.placedTo) add((p) => `placed_at < ${p}`, filter.placedTo);
    if (after) {
      const cursor = decodeOrderCursor(after);
      values.push(cursor.placedAt, cursor.id);
      where.push(`(placed_at, id) < ($${values.length - 1}, $${values.length}::uuid)`);
    }
    values.push(first + 1);
    const found = await rows<Record<string, unknown>>(
      this.dataSource.manager,
      `SELECT * FROM "order" ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY placed_at DESC, id DESC LIMIT $${values.length}`,
      values,
    );
    const nodes = entitiesFromRows(this.dataSource.manager, Order, found.slice(0, first));
    return Object.assign(new OrderPage(), { nodes, endCursor: found.length > first ? orderCursor(nodes[nodes.length - 1]) : null });
  }

  async transition(context: PostgresContext, orderId: string, to: OrderStatus, note: string | null) {
    if (note && note.length > NOTE_MAX) return new InputValidationError([new FieldError('note', `At most ${NOTE_MAX} characters.`)]);
    return this.onOrder(context, orderId, 'order.transitioned', async (tx, order) => {
      if (!canMove(order.status, to)) return new IllegalTransitionError(order.status, to);
      const dispatching = to === OrderStatus.SHIPPED || to === OrderStatus.COLLECTED;
      if (dispatching && order.balanceAmount > 0 && !order.balancePaidAt)
        return new IllegalTransitionError(order.status, to, 'the balance is not paid yet');
      await rows(tx.manager, `UPDATE "order" SET status = $2, updated_at = now() WHERE id = $1`, [order.id, to]);
      await this.log(tx.manager, context, order.id, order.status, to, note);
      return null;
    });
  }

  async addNote(context: PostgresContext, orderId: string, note: string) {
    if (!note.trim() || note.length > NOTE_MAX) return new InputValidationError([new FieldError('note', `1 to ${NOTE_MAX} characters.`)]);
    return this.onOrder(context, orderId, 'order.noted', async (tx, order) => {
      await this.log(tx.manager, context, order.id, null, null, note.trim());
      return null;
    });
  }

  /** Asks payments to refund (all that is left, or `amount`); the order follows when Stripe confirms. */
  async refund(context: PostgresContext, orderId: string, amount: number | null, reason: string) {
    const problems: FieldError[] = [];
    if (!reason.trim() || reason.length > 200) problems.push(new FieldError('reason', '1 to 200 characters.'));
    if (amount !== null && (!Number.isInteger(amount) || amount < 1)) problems.push(new FieldError('amount', 'Whole pence, at least 1.'));
    if (problems.length) return new InputValidationError(problems);
    return this.onOrder(context, orderId, 'order.refund-requested', async (tx, order) => {
      const left = order.totalAmount - order.refundedAmount;
      if (order.paidAt === null || left <= 0)
        return new InputValidationError([new FieldError('id', 'Nothing paid is left to refund on this order.')]);
      if (amount !== null && amount > left)
        return new InputValidationError([new FieldError('amount', `At most ${left} pence is left to refund.`)]);
      await tx.publish('order.refund-requested', { orderId: order.id, reason: reason.trim(), ...(amount !== null ? { amount } : {}) });
      await this.log(tx.manager, context, order.id, null, null, `Refund of ${amount ?? left} pence requested: ${reason.trim()}`);
      return null;
    });
  }

  async resendConfirmation(context: PostgresContext, orderId: string) {
    return this.onOrder(context, orderId, 'order.mail-resent', async (tx, order) => {
      if (order.paidAt === null) return new InputValidationError([new FieldError('id', 'An unpaid order has no confirmation to send.')]);
      await tx.enqueue('orders.send-mail', { template: 'order-confirmation', orderId: order.id });
      await this.log(tx.manager, context, order.id, null, null, 'Confirmation mailed again');
      return null;
    });
  }

  private async onOrder<E>(
    context: PostgresContext,
    orderId: string,
    action: string,
    work: (tx: Tx, order: Order) => Promise<E | null>,
  ): Promise<Order | OrderNotFoundError | E> {
    if (!isUuid(orderId)) return new OrderNotFoundError();
    return context.transaction(async (tx) => {
      const found = await rows<Record<string, unknown>>(tx.manager, `SELECT * FROM "order" WHERE id = $1 FOR UPDATE`, [
        orderId.toLowerCase(),
      ]);
      if (!found.length) return new OrderNotFoundError();
      const order = entitiesFromRows(tx.manager, Order, found)[0];
      const refused = await work(tx, order);
      if (refused) return refused;
      await recordAudit(tx, context, { action, targetType: 'Order', targetId: order.id, service: 'orders' });
      const [after] = await rows<Record<string, unknown>>(tx.manager, `SELECT * FROM "order" WHERE id = $1`, [order.id]);
      return entitiesFromRows(tx.manager, Order, [after])[0];
    });
  }

  private async log(
    manager: EntityManager,
    context: PostgresContext,
    orderId: string,
    from: OrderStatus | null,
    to: OrderStatus | null,
    note: string | null,
  ): Promise<void> {
    await rows(
      manager,
      `INSERT INTO order_history (order_id, from_status, to_status, note, actor, actor_role, request_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [orderId, from, to, note, context.identity?.subject ?? 'unknown', context.identity?.role ?? 'unknown', context.requestId],
    );
  }
}
