import { Field, ID, Int, ObjectType } from 'type-graphql';

/** One product's stock over every location, for staff. */
@ObjectType({ description: 'Stock of one product over every location, counted and serialised. Staff only.' })
export class StockLevel {
  @Field(() => ID, { description: 'The catalogue product id.' })
  productId: string;

  @Field(() => Int, { description: 'Units physically held, wherever they are (not those in transit).' })
  onHand: number;

  @Field(() => Int, { description: 'Units held for checkouts awaiting payment.' })
  reserved: number;

  @Field({ description: 'When anything of it last changed.' })
  updatedAt: Date;

  constructor(productId: string, onHand: number, reserved: number, updatedAt: Date) {
    this.productId = productId;
    this.onHand = onHand;
    this.reserved = reserved;
    this.updatedAt = updatedAt;
  }
}
