import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@elysium/subgraph-kit';
import { CustomerRef, ProductRef } from '../references/entity-stubs';
import { Order } from './order.entity';
import { OrderLine } from './order-line.entity';
import type { OrdersServices } from '../services';

/** Order's related fields, batched per request. */
@Resolver(() => Order)
export class OrderFieldsResolver {
  constructor(private readonly services: OrdersServices) {}

  @FieldResolver(() => CustomerRef, { nullable: true, description: 'The client who placed the order; null for a guest.' })
  customer(@Root() order: Order): CustomerRef | null {
    return order.customerId ? { id: order.customerId } : null;
  }

  @FieldResolver(() => [OrderLine], { description: 'The pieces on the order, in the order the client added them.' })
  lines(@Root() order: Order, @Ctx() context: SubgraphContext): Promise<OrderLine[]> {
    return this.services.loaders.linesByOrderId(context).load(order.id);
  }
}

/** OrderLine's link to the catalog. */
@Resolver(() => OrderLine)
export class OrderLineFieldsResolver {
  @FieldResolver(() => ProductRef, {
    nullable: true,
    description:
      'The catalogue product; its current details come from the catalog. Null (with an error) when the catalogue cannot be read right now: the line keeps its own title and price.',
  })
  product(@Root() line: OrderLine): ProductRef {
    return { id: line.productId };
  }
}
