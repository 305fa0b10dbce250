import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Money } from '@elysium/subgraph-kit';
import { ProductRef, StoneRef } from '../references/entity-stubs';
import { LineKind } from './line-kind';

/** A bespoke design on a cart line, as its signed quote states it. */
@ObjectType({ description: 'A bespoke design as quoted by the configurator.' })
export class ConfiguredDesign {
  @Field({ description: 'The setting chosen.' })
  settingCode!: string;

  @Field({ description: 'The metal chosen (the catalog’s code).' })
  metal!: string;

  @Field(() => ID, { description: 'The centre stone chosen.' })
  stoneId!: string;

  @Field({ description: 'The UK ring size.' })
  ringSize!: string;

  @Field(() => String, { nullable: true, description: 'The engraving, if any.' })
  engraving!: string | null;

  @Field({ description: 'When the quote stops holding; check out before then or price the design again.' })
  quoteExpiresAt!: Date;
}

/** One line of a cart, priced now by the catalogue. */
@ObjectType({ description: 'One line of a cart, priced now by the catalogue.' })
export class CartLine {
  @Field(() => ID, { description: 'Stable id of the line.' })
  id!: string;

  @Field(() => LineKind, { description: 'What the line is.' })
  kind!: LineKind;

  @Field(() => ProductRef, { nullable: true, description: 'The catalogue piece (null for a loose stone).' })
  product!: ProductRef | null;

  @Field(() => StoneRef, { nullable: true, description: 'The stone, for a loose stone or a bespoke design.' })
  stone!: StoneRef | null;

  @Field(() => String, { nullable: true, description: 'The variant SKU, for a SKU line.' })
  sku!: string | null;

  @Field(() => String, { nullable: true, description: 'The title, from the catalogue; null when the catalogue no longer offers it.' })
  title!: string | null;

  @Field(() => Int, { description: 'How many (1 to 20; always 1 but for SKU lines).' })
  quantity!: number;

  @Field(() => Money, { nullable: true, description: 'Price of one now, VAT included; null when the catalogue no longer offers it.' })
  unitPrice!: Money | null;

  @Field(() => Money, { description: 'Price of one when it was added.' })
  priceWhenAdded!: Money;

  @Field({ description: 'True when the price now differs from the price when it was added (shown to the client as such).' })
  priceChanged!: boolean;

  @Field({ description: 'False when the catalogue no longer offers it (or the quote has lapsed): it cannot be checked out.' })
  purchasable!: boolean;

  @Field({ description: 'True when saved for later: kept, but not checked out.' })
  savedForLater!: boolean;

  @Field(() => ConfiguredDesign, { nullable: true, description: 'The bespoke design, for a configured line.' })
  design!: ConfiguredDesign | null;

  @Field({ description: 'When it was added.' })
  addedAt!: Date;
}

/** A client's (or a guest's) cart: what they mean to buy, priced now. */
@ObjectType({ description: 'A cart: lines to check out and lines saved for later, priced now by the catalogue.' })
export class Cart {
  @Field(() => ID, { description: 'Stable id.' })
  id!: string;

  @Field(() => [CartLine], { description: 'Lines to check out, in the order added.' })
  lines!: CartLine[];

  @Field(() => [CartLine], { description: 'Lines saved for later.' })
  savedForLater!: CartLine[];

  @Field(() => Money, { description: 'The lines to check out, VAT included (before delivery).' })
  subtotal!: Money;

  @Field(() => Money, { description: 'The UK VAT held in the subtotal (an export is zero-rated at checkout).' })
  vat!: Money;

  @Field(() => Int, { description: 'Pieces to check out.' })
  itemCount!: number;

  @Field({ description: 'When the cart lapses unless it changes again.' })
  expiresAt!: Date;
}

/** A cart after a change, and the guest token to keep (new when the change created a guest cart). */
@ObjectType({ description: 'The cart after the change.' })
export class CartUpdate {
  @Field(() => Cart, { description: 'The cart now.' })
  cart!: Cart;

  @Field(() => String, {
    nullable: true,
    description: "A guest's cart token: keep it and send it back as guestCartToken (null for a signed-in client).",
  })
  guestCartToken!: string | null;
}
