import { Field, ObjectType } from 'type-graphql';

/** Where an order goes, as the client gave it at checkout. */
@ObjectType({ description: 'The delivery address given at checkout. Blanked when the client is erased.' })
export class DeliveryAddress {
  @Field({ description: 'Who signs for it.' })
  recipientName!: string;

  @Field({ description: 'First line.' })
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Second line.' })
  line2!: string | null;

  @Field({ description: 'Town or city.' })
  city!: string;

  @Field({ description: 'Postcode.' })
  postcode!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code.' })
  countryCode!: string;
}
