import { Arg, Ctx, createUnionType, Field, ID, Mutation, ObjectType, Resolver } from 'type-graphql';
import { entitiesFromRows, FieldError, InputValidationError, isUuid, Money, rows, type SubgraphContext } from '@elysium/subgraph-kit';
import { OrderNotFoundError } from '../order/order-admin.service';
import { Order } from '../order/order.entity';
import { OrderStatus } from '../order/order-status';
import type { OrdersServices } from '../services';

/** The balance of a made piece, ready to pay. */
@ObjectType({ description: 'The balance of a bespoke or made-to-order order, ready to pay with Stripe.js.' })
export class BalancePayment {
  @Field(() => Order, { description: 'The order.' })
  order!: Order;

  @Field({ description: "The balance PaymentIntent's client secret, for Stripe.js in this client's browser only." })
  paymentClientSecret!: string;

  @Field(() => Money, { description: 'What is charged: the balance.' })
  amountDue!: Money;
}

export const PayBalanceResult = createUnionType({
  name: 'PayBalanceResult',
  description: 'The balance to pay, or why there is none.',
  types: () => [BalancePayment, InputValidationError, OrderNotFoundError] as const,
});

/** Paying the balance of what the atelier made, before dispatch: its own PaymentIntent. */
@Resolver()
export class BalanceResolver {
  constructor(private readonly services: OrdersServices) {}

  @Mutation(() => PayBalanceResult, {
    description:
      'Starts (or, asked again, returns) the payment of an order’s balance: for the client who placed it, once the atelier has begun.',
  })
  async payBalance(@Arg('orderId', () => ID, { description: 'The order.' }) orderId: string, @Ctx() context: SubgraphContext) {
    const visible = isUuid(orderId) ? await this.services.visibleOrder(context, orderId) : null;
    if (!visible) return new OrderNotFoundError();
    const [found] = await rows<Record<string, unknown>>(this.services.dataSource.manager, `SELECT * FROM "order" WHERE id = $1`, [
      visible.id,
    ]);
    const order = entitiesFromRows(this.services.dataSource.manager, Order, [found])[0];
    const owing = order.balanceAmount > 0 && !order.balancePaidAt && [OrderStatus.IN_ATELIER, OrderStatus.READY].includes(order.status);
    if (!owing) return new InputValidationError([new FieldError('orderId', 'This order owes no balance now.')]);
    const payment = await this.services.remote.startPayment({
      orderId: order.id,
      customerId: order.customerId,
      amount: order.balanceAmount,
      currency: order.currency,
      idempotencyKey: `order:${order.id}:balance`,
      purpose: 'BALANCE',
    });
    return Object.assign(new BalancePayment(), {
      order,
      paymentClientSecret: payment.clientSecret,
      amountDue: Money.of(order.balanceAmount, order.currency),
    });
  }
}
