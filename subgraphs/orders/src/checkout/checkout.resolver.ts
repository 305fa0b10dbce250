import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { SubgraphContext } from '@elysium/subgraph-kit';
import type { OrdersServices } from '../services';
import { PlaceOrderResult } from './checkout.errors';
import { PlaceOrderInput } from './checkout.inputs';

/** Checkout: the caller's cart becomes an order awaiting payment. */
@Resolver()
export class CheckoutResolver {
  constructor(private readonly services: OrdersServices) {}

  @Mutation(() => PlaceOrderResult, {
    description:
      'Places the caller’s cart as an order: checks everything at once, holds the pieces, creates the order (PENDING_PAYMENT) and its payment, and returns the client secret for Stripe.js. Every price is the server’s. The same idempotencyKey returns the same order.',
  })
  placeOrder(
    @Arg('input', () => PlaceOrderInput, { description: 'The checkout.' }) input: PlaceOrderInput,
    @Ctx() context: SubgraphContext,
  ) {
    return this.services.checkout.place(context, input);
  }
}
