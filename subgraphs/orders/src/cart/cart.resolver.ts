import { Arg, Ctx, ID, Mutation, Query, Resolver, createUnionType } from 'type-graphql';
import { InputValidationError, type SubgraphContext } from '@elysium/subgraph-kit';
import type { OrdersServices } from '../services';
import { CartLineNotFoundError, ItemNotOfferedError, QuoteExpiredError } from './cart.errors';
import { AddToCartInput, UpdateCartLineInput } from './cart.inputs';
import { Cart, CartUpdate } from './cart.model';

export const AddToCartResult = createUnionType({
  name: 'AddToCartResult',
  description: 'The cart with the line added, or why it was not.',
  types: () => [CartUpdate, InputValidationError, ItemNotOfferedError, QuoteExpiredError] as const,
});

export const CartLineResult = createUnionType({
  name: 'CartLineResult',
  description: 'The cart after the change, or why nothing changed.',
  types: () => [CartUpdate, InputValidationError, CartLineNotFoundError] as const,
});

const TOKEN_DESCRIPTION = "A guest's cart token (from addToCart). Signed in, a token given merges that guest cart into the client's own.";

/** The cart: a signed-in client's own, or a guest's under the token addToCart gave. */
@Resolver(() => Cart)
export class CartResolver {
  constructor(private readonly services: OrdersServices) {}

  @Query(() => Cart, { nullable: true, description: 'The caller’s cart, priced now; null when there is none.' })
  cart(
    @Ctx() context: SubgraphContext,
    @Arg('guestCartToken', () => String, { nullable: true, description: TOKEN_DESCRIPTION }) guestCartToken?: string | null,
  ): Promise<Cart | null> {
    return this.services.carts.read(context, guestCartToken);
  }

  @Mutation(() => AddToCartResult, {
    description:
      'Adds a SKU, a one-of-one piece, a loose stone or a bespoke design to the cart; without a cart, a guest gets one (and its token).',
  })
  addToCart(
    @Arg('input', () => AddToCartInput, { description: 'What to add.' }) input: AddToCartInput,
    @Ctx() context: SubgraphContext,
    @Arg('guestCartToken', () => String, { nullable: true, description: TOKEN_DESCRIPTION }) guestCartToken?: string | null,
  ) {
    return this.services.carts.add(context, input, guestCartToken);
  }

  @Mutation(() => CartLineResult, { description: 'Changes a line’s quantity, or saves it for later (or moves it back).' })
  updateCartLine(
    @Arg('input', () => UpdateCartLineInput, { description: 'Which line, what change.' }) input: UpdateCartLineInput,
    @Ctx() context: SubgraphContext,
    @Arg('guestCartToken', () => String, { nullable: true, description: TOKEN_DESCRIPTION }) guestCartToken?: string | null,
  ) {
    return this.services.carts.update(context, input, guestCartToken);
  }

  @Mutation(() => CartLineResult, { description: 'Removes a line from the cart.' })
  removeCartLine(
    @Arg('lineId', () => ID, { description: 'The line.' }) lineId: string,
    @Ctx() context: SubgraphContext,
    @Arg('guestCartToken', () => String, { nullable: true, description: TOKEN_DESCRIPTION }) guestCartToken?: string | null,
  ) {
    return this.services.carts.remove(context, lineId, guestCartToken);
  }
}
