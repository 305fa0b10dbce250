import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requireCustomerOrStaff, requireInRange, type SubgraphContext } from '@elysium/subgraph-kit';
import { CustomerRef } from '../references/entity-stubs';
import { Order } from './order.entity';
import { OrderFilter, OrderPage, orderCursor } from './order-page';
import type { OrdersServices } from '../services';

/** Adds a client's orders to Customer (owned by the customers subgraph). */
@Resolver(() => CustomerRef)
export class CustomerOrdersResolver {
  constructor(private readonly services: OrdersServices) {}

  @FieldResolver(() => [Order], {
    nullable: true,
    description: "The client's orders, newest first; null (with an error) when the order history cannot be read right now.",
  })
  orders(
    @Root() customer: CustomerRef,
    @Ctx() context: SubgraphContext,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, newest first (1 to 100).' })
    first: number,
  ): Promise<Order[]> {
    requireCustomerOrStaff(context, customer.id);
    requireInRange(first, 1, 100, 'first');
    return this.services.loaders.recentOrdersByCustomer(context).load({ customerId: customer.id, first });
  }

  @FieldResolver(() => OrderPage, {
    nullable: true,
    description:
      "The client's order history, newest first, in pages (cursor paging); null (with an error) when it cannot be read right now.",
  })
  async orderHistory(
    @Root() customer: CustomerRef,
    @Ctx() context: SubgraphContext,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many (1 to 100).' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null,
  ): Promise<OrderPage> {
    requireCustomerOrStaff(context, customer.id);
    requireInRange(first, 1, 100, 'first');
    // The first page of many clients shares one statement (the loader); later pages are one each.
    if (!after) {
      const page = await this.services.loaders.recentOrdersByCustomer(context).load({ customerId: customer.id, first: first + 1 });
      const nodes = page.slice(0, first);
      return Object.assign(new OrderPage(), { nodes, endCursor: page.length > first ? orderCursor(nodes[nodes.length - 1]) : null });
    }
    return this.services.orderAdmin.search(Object.assign(new OrderFilter(), { customerId: customer.id }), first, after);
  }
}
