import { Field, ID, InputType, Int } from 'type-graphql';

/** Most lines a cart holds, and most of one SKU a line holds. */
export const CART_LIMITS = { lines: 50, quantity: 20, tokenLength: 64, quoteToken: 2048 };

@InputType({
  description:
    'What to add: exactly one of sku, productId (a one-of-one piece), stoneId (a loose stone) and quoteToken (a bespoke design).',
})
export class AddToCartInput {
  @Field(() => String, { nullable: true, description: 'A variant, by SKU.' })
  sku?: string | null;

  @Field(() => ID, { nullable: true, description: 'A one-of-one piece, by product id.' })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'A certified stone, bought loose.' })
  stoneId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A bespoke design: the token of priceConfiguration's quote. Its price is the quote's.",
  })
  quoteToken?: string | null;

  @Field(() => Int, { defaultValue: 1, description: `How many (1 to ${CART_LIMITS.quantity}; 1 for anything but a SKU).` })
  quantity!: number;
}

@InputType({ description: 'A change to one cart line: its quantity, or whether it is saved for later.' })
export class UpdateCartLineInput {
  @Field(() => ID, { description: 'The line.' })
  lineId!: string;

  @Field(() => Int, { nullable: true, description: `The new quantity (1 to ${CART_LIMITS.quantity}; SKU lines only).` })
  quantity?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'True to save for later, false to move back to the cart.' })
  savedForLater?: boolean | null;
}
