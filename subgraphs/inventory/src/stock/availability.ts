import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { StockItem } from './stock-item.entity';

/** How a storefront should present a piece's stock. */
export enum AvailabilityStatus {
  IN_STOCK = 'IN_STOCK',
  LOW_STOCK = 'LOW_STOCK',
  SOLD_OUT = 'SOLD_OUT',
  MADE_TO_ORDER = 'MADE_TO_ORDER',
}

registerEnumType(AvailabilityStatus, {
  name: 'AvailabilityStatus',
  description: 'How a storefront should present a piece: in stock, the last one, or sold out.',
  valuesConfig: {
    IN_STOCK: { description: 'More than one unit can be bought now.' },
    LOW_STOCK: { description: 'Exactly one unit left (every one-of-one piece in stock).' },
    SOLD_OUT: { description: 'Nothing can be bought from stock, and the piece is not made to order.' },
    MADE_TO_ORDER: { description: 'None in stock, but the atelier makes one to order in leadTimeWeeks.' },
  },
});

/** Whether a piece can be bought from stock right now, or made to order. */
@ObjectType({ description: 'Whether a piece can be bought from stock now, or commissioned from the atelier.' })
export class Availability {
  @Field(() => AvailabilityStatus, { description: 'How to present the piece.' })
  status: AvailabilityStatus;

  @Field(() => Int, { description: 'Units that can be bought now: on hand minus those reserved for unpaid orders.' })
  quantityAvailable: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Weeks to make one when none is in stock; null when it ships from stock or cannot be made.',
  })
  leadTimeWeeks: number | null;

  constructor(quantityAvailable: number, madeToOrderWeeks: number | null) {
    this.quantityAvailable = quantityAvailable;
    this.leadTimeWeeks = quantityAvailable > 0 ? null : madeToOrderWeeks;
    this.status =
      quantityAvailable > 1
        ? AvailabilityStatus.IN_STOCK
        : quantityAvailable === 1
          ? AvailabilityStatus.LOW_STOCK
          : madeToOrderWeeks != null
            ? AvailabilityStatus.MADE_TO_ORDER
            : AvailabilityStatus.SOLD_OUT;
  }

  /** Stock first; with none, the catalog's lead time decides between made to order and sold out. */
  static of(item: StockItem | null, leadTimeWeeks: number | null | undefined): Availability {
    return new Availability(item?.available ?? 0, leadTimeWeeks ?? null);
  }
}
