import { Arg, Ctx, createUnionType, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { InputValidationError, requireInRange, requireMaxLength, requireStaff, type PostgresContext } from '@elysium/subgraph-kit';
import type { OrdersServices } from '../services';
import { IllegalTransitionError, OrderHistoryEntry, OrderNotFoundError } from './order-admin.service';
import { OrderFilter, OrderPage } from './order-page';
import { OrderStatus } from './order-status';
import { Order } from './order.entity';

export const OrderChangeResult = createUnionType({
  name: 'OrderChangeResult',
  description: 'The order after the change, or why nothing changed.',
  types: () => [Order, InputValidationError, OrderNotFoundError, IllegalTransitionError] as const,
});

/** Staff's order desk (STAFF, ATELIER, ADMIN): search, history, moves, notes, refunds, mail again. Audited. */
@Resolver(() => Order)
export class OrderAdminResolver {
  constructor(private readonly services: OrdersServices) {}

  @Query(() => OrderPage, { description: 'Orders, newest first, filtered, in pages of `first` (cursor paging). Staff only.' })
  orders(
    @Ctx() context: PostgresContext,
    @Arg('filter', () => OrderFilter, { nullable: true, description: 'Which orders.' }) filter?: OrderFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many (1 to 100).' }) first = 50,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null,
  ): Promise<OrderPage> {
    requireStaff(context);
    return this.services.orderAdmin.search(filter ?? new OrderFilter(), requireInRange(first, 1, 100, 'first'), after ?? null);
  }

  @FieldResolver(() => [OrderHistoryEntry], {
    nullable: true,
    description: 'Every move and note, oldest first. Staff only: null for anyone else.',
  })
  history(@Root() order: Order, @Ctx() context: PostgresContext): Promise<OrderHistoryEntry[]> | null {
    if (!context.identity || context.identity.role === 'customer') return null;
    return this.services.loaders.historyByOrderId(context).load(order.id);
  }

  @Mutation(() => OrderChangeResult, {
    description: 'Moves an order along its life (IN_ATELIER, READY, SHIPPED…), as the life cycle allows. Staff only; audited.',
  })
  transitionOrder(
    @Arg('id', () => ID, { description: 'The order.' }) id: string,
    @Arg('to', () => OrderStatus, { description: 'The status to move to.' }) to: OrderStatus,
    @Ctx() context: PostgresContext,
    @Arg('note', () => String, { nullable: true, description: 'Why (kept in the history; at most 1,000 characters).' })
    note?: string | null,
  ) {
    requireStaff(context);
    return this.services.orderAdmin.transition(context, id, to, note ?? null);
  }

  @Mutation(() => OrderChangeResult, { description: 'Adds a note to an order’s history. Staff only; audited.' })
  addOrderNote(
    @Arg('id', () => ID, { description: 'The order.' }) id: string,
    @Arg('note', { description: 'The note (1 to 1,000 characters).' }) note: string,
    @Ctx() context: PostgresContext,
  ) {
    requireStaff(context);
    return this.services.orderAdmin.addNote(context, id, requireMaxLength(note, 4000, 'note'));
  }

  @Mutation(() => OrderChangeResult, {
    description:
      'Refunds what is left of an order’s payment, or `amount` of it. The order becomes REFUNDED or PARTIALLY_REFUNDED when Stripe confirms. Staff only; audited.',
  })
  refundOrder(
    @Arg('id', () => ID, { description: 'The order.' }) id: string,
    @Arg('reason', { description: 'Why (1 to 200 characters; kept with the refund at Stripe).' }) reason: string,
    @Ctx() context: PostgresContext,
    @Arg('amount', () => Int, { nullable: true, description: 'Pence to refund; all that is left when null.' }) amount?: number | null,
  ) {
    requireStaff(context);
    return this.services.orderAdmin.refund(context, id, amount ?? null, requireMaxLength(reason, 1000, 'reason'));
  }

  @Mutation(() => OrderChangeResult, {
    description: 'Mails the order confirmation again to the order’s contact address. Staff only; audited.',
  })
  resendOrderConfirmation(@Arg('id', () => ID, { description: 'The order.' }) id: string, @Ctx() context: PostgresContext) {
    requireStaff(context);
    return this.services.orderAdmin.resendConfirmation(context, id);
  }
}
