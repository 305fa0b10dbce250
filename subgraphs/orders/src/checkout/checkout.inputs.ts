import { Field, ID, InputType } from 'type-graphql';
import { DeliveryMethod } from './delivery';

@InputType({ description: 'Where to deliver: a full postal address.' })
export class DeliveryAddressInput {
  @Field({ description: 'Who signs for it (1 to 120 characters).' })
  recipientName!: string;

  @Field({ description: 'First line (1 to 200 characters).' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Second line (at most 200 characters).' })
  line2?: string | null;

  @Field({ description: 'Town or city (1 to 100 characters).' })
  city!: string;

  @Field(() => String, { nullable: true, description: 'Postcode (at most 20 characters); required in the UK.' })
  postcode?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. GB or FR.' })
  countryCode!: string;
}

@InputType({ description: 'How the pieces reach the client: an address for delivery, a slot for collection.' })
export class DeliveryInput {
  @Field(() => DeliveryMethod, { description: 'The method.' })
  method!: DeliveryMethod;

  @Field(() => DeliveryAddressInput, {
    nullable: true,
    description: 'For delivery, a new address (or give addressId); GB for UK next day, elsewhere for international.',
  })
  address?: DeliveryAddressInput | null;

  @Field(() => ID, {
    nullable: true,
    description: "For delivery, an address from the signed-in client's address book (instead of address).",
  })
  addressId?: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Required for collection: an hour from 10:00 to 16:00 London time, Tuesday to Saturday, 1 to 60 days ahead.',
  })
  collectionSlot?: Date | null;
}

@InputType({ description: "Checkout of the caller's cart. Prices are the server's; no amount is taken from the client." })
export class PlaceOrderInput {
  @Field({
    description:
      "The storefront's key for this checkout (8 to 100 characters): the same key returns the same order, even sent twice at once.",
  })
  idempotencyKey!: string;

  @Field(() => String, { nullable: true, description: "A guest's cart token (from addToCart); unused when signed in." })
  guestCartToken?: string | null;

  @Field({ description: 'Where order mail goes (the client’s address, prefilled by the storefront).' })
  contactEmail!: string;

  @Field(() => DeliveryInput, { description: 'How the pieces reach the client.' })
  delivery!: DeliveryInput;
}
