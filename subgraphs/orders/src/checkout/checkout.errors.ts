import { createUnionType, Field, ID, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, InputValidationError, Money } from '@elysium/subgraph-kit';
import { QuoteExpiredError } from '../cart/cart.errors';
import { Order } from '../order/order.entity';

@ObjectType({ implements: ErrorResult, description: 'There is nothing to check out.' })
export class CartEmptyError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always CART_EMPTY.' })
  code = ErrorCode.CART_EMPTY;

  @Field(() => String, { description: 'What went wrong.' })
  message = 'Your cart has nothing to check out.';
}

/** A cart line that cannot be had now. */
@ObjectType({ description: 'A cart line that cannot be bought now.' })
export class UnavailableLine {
  @Field(() => ID, { description: 'The cart line.' })
  lineId!: string;

  @Field(() => String, { nullable: true, description: 'Its title, when the catalogue still has it.' })
  title!: string | null;
}

@ObjectType({
  implements: ErrorResult,
  description: 'Some pieces are no longer available (sold, held for another client, or withdrawn); nothing was charged or kept.',
})
export class PiecesUnavailableError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always OUT_OF_STOCK.' })
  code = ErrorCode.OUT_OF_STOCK;

  @Field(() => String, { description: 'What went wrong.' })
  message = 'Some pieces in your cart are no longer available.';

  @Field(() => [UnavailableLine], { description: 'Every line that cannot be had.' })
  lines: UnavailableLine[];

  constructor(lines: UnavailableLine[]) {
    this.lines = lines;
  }
}

/** The order placed, and what the browser needs to pay for it. */
@ObjectType({ description: 'The order, awaiting payment, and what the browser confirms the payment with (Stripe.js).' })
export class PlacedOrder {
  @Field(() => Order, { description: 'The order, PENDING_PAYMENT until the payment succeeds.' })
  order!: Order;

  @Field({ description: "The PaymentIntent's client secret, for Stripe.js in this client's browser only." })
  paymentClientSecret!: string;

  @Field(() => Money, {
    description: 'What is charged now: the whole order, less the balance of anything made for the client (paid before dispatch).',
  })
  amountDue!: Money;
}

export const PlaceOrderResult = createUnionType({
  name: 'PlaceOrderResult',
  description: 'The placed order, or why nothing was placed (and nothing charged).',
  types: () => [PlacedOrder, InputValidationError, CartEmptyError, PiecesUnavailableError, QuoteExpiredError] as const,
});
