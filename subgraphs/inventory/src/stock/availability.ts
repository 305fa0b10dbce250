import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { StockItem } from './stock-item.entity';

/** How a storefront should present a piece's stock. */
export enum AvailabilityStatus {
  IN_STOCK = 'IN_STOCK',
  LOW_STOCK = 'LOW_STOCK',
  SOLD_OUT = 'SOLD_OUT',
}

registerEnumType(AvailabilityStatus, {
  name: 'AvailabilityStatus',
  description: 'How a storefront should present a piece: in stock, the last one, or sold out.',
  valuesConfig: {
    IN_STOCK: { description: 'More than one unit can be bought now.' },
    LOW_STOCK: { description: 'Exactly one unit left (every one-of-one piece in stock).' },
    SOLD_OUT: { description: 'Nothing can be bought from stock; made-to-order pieces may still be commissioned.' },
  },
});

/** Whether a piece can be bought from stock right now. */
@ObjectType({ description: 'Whether a piece can be bought from stock right now.' })
export class Availability {
  @Field(() => AvailabilityStatus, { description: 'How to present the stock.' })
  status: AvailabilityStatus;

  @Field(() => Int, { description: 'Units that can be bought now: on hand minus those reserved for unpaid orders.' })
  quantityAvailable: number;

  constructor(quantityAvailable: number) {
    this.quantityAvailable = quantityAvailable;
    this.status =
      quantityAvailable <= 0
        ? AvailabilityStatus.SOLD_OUT
        : quantityAvailable === 1
          ? AvailabilityStatus.LOW_STOCK
          : AvailabilityStatus.IN_STOCK;
  }

  static of(item: StockItem | null): Availability {
    return new Availability(item?.available ?? 0);
  }
}
