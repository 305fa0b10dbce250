import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { StockItem } from './stock-item.entity';

/** The vault's view of one product, for staff. */
@ObjectType({ description: 'Stock of one product as the vault counts it. Staff only.' })
export class StockLevel {
  @Field(() => ID, { description: 'The catalogue product id.' })
  productId: string;

  @Field(() => Int, { description: 'Units physically held.' })
  onHand: number;

  @Field(() => Int, { description: 'Units held back for orders awaiting payment.' })
  reserved: number;

  @Field({ description: 'When the count last changed.' })
  updatedAt: Date;

  constructor(item: StockItem) {
    this.productId = item.productId;
    this.onHand = item.onHand;
    this.reserved = item.reserved;
    this.updatedAt = item.updatedAt;
  }
}
