import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@elysium/subgraph-kit';
import { OrderRef } from '../references/entity-stubs';
import { Payment } from './payment.entity';
import type { PaymentsServices } from '../services';

/** Adds the payment to Order (owned by the orders subgraph). */
@Resolver(() => OrderRef)
export class OrderPaymentResolver {
  constructor(private readonly services: PaymentsServices) {}

  @FieldResolver(() => Payment, { nullable: true, description: 'The latest payment for the order; null before checkout starts one.' })
  payment(@Root() order: OrderRef, @Ctx() context: SubgraphContext): Promise<Payment | null> {
    return this.services.visiblePaymentOfOrder(context, order.id);
  }
}
