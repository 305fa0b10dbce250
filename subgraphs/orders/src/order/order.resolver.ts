import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireUuid, type SubgraphContext } from '@elysium/subgraph-kit';
import { Order } from './order.entity';
import type { OrdersServices } from '../services';

/** Root fields for reading orders. */
@Resolver(() => Order)
export class OrderResolver {
  constructor(private readonly services: OrdersServices) {}

  @Query(() => Order, {
    nullable: true,
    description: 'An order by id; the client who placed it and staff may read it. Null when it does not exist or is not yours.',
  })
  async order(
    @Arg('id', () => ID, { description: 'The order id (a UUID).' }) id: string,
    @Ctx() context: SubgraphContext,
  ): Promise<Order | null> {
    return this.services.visibleOrder(context, requireUuid(id, 'id'));
  }
}
