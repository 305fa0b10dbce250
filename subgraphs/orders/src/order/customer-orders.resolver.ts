import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requireCustomerOrStaff, requireInRange, type SubgraphContext } from '@elysium/subgraph-kit';
import { CustomerRef } from '../references/entity-stubs';
import { Order } from './order.entity';
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
}
