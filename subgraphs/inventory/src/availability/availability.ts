import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { StockLocation } from '../locations/stock-location.entity';

/** How a storefront should present a piece's stock. */
export enum AvailabilityStatus {
  IN_STOCK = 'IN_STOCK',
  LOW_STOCK = 'LOW_STOCK',
  SOLD_OUT = 'SOLD_OUT',
  MADE_TO_ORDER = 'MADE_TO_ORDER',
  RESERVED = 'RESERVED',
}

registerEnumType(AvailabilityStatus, {
  name: 'AvailabilityStatus',
  description: 'How a storefront should present a piece: in stock, the last one, held for another client, made to order, or sold out.',
  valuesConfig: {
    IN_STOCK: { description: 'More than one unit can be bought now.' },
    LOW_STOCK: { description: 'Exactly one unit left (every one-of-one piece or stone in stock).' },
    SOLD_OUT: { description: 'Nothing can be bought from stock, and the piece is not made to order.' },
    MADE_TO_ORDER: { description: 'None in stock, but the atelier makes one to order in leadTimeWeeks.' },
    RESERVED: {
      description: "None free: the last ones are held in another client's checkout, and come back if it is not completed in time.",
    },
  },
});

/** Stock of one piece or stone at sellable locations, as one SQL statement found it. */
export interface StockCount {
  available: number;
  reserved: number;
  /** Where free units are, for "see it in person". */
  locationIds: string[];
}

export const NO_STOCK: StockCount = { available: 0, reserved: 0, locationIds: [] };

/** Whether a piece can be bought from stock right now, or made to order. */
@ObjectType({ description: 'Whether a piece can be bought from stock now, or commissioned from the atelier.' })
export class Availability {
  @Field(() => AvailabilityStatus, { description: 'How to present the piece.' })
  status: AvailabilityStatus;

  @Field(() => Int, { description: 'Units that can be bought now: on hand minus those held in checkouts.' })
  quantityAvailable: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Weeks to make one when none is in stock; null when it ships from stock or cannot be made.',
  })
  leadTimeWeeks: number | null;

  @Field(() => [StockLocation], {
    description: 'Where a client can see a free unit in person (the showroom, the vault by appointment); empty when nowhere.',
  })
  viewingLocations: StockLocation[];

  constructor(count: StockCount, madeToOrderWeeks: number | null, locations: readonly StockLocation[]) {
    const available = count.available;
    this.quantityAvailable = available;
    this.leadTimeWeeks = available > 0 ? null : madeToOrderWeeks;
    this.viewingLocations = locations.filter((l) => l.clientViewing !== null && count.locationIds.includes(l.id));
    this.status =
      available > 1
        ? AvailabilityStatus.IN_STOCK
        : available === 1
          ? AvailabilityStatus.LOW_STOCK
          : madeToOrderWeeks != null
            ? AvailabilityStatus.MADE_TO_ORDER
            : count.reserved > 0
              ? AvailabilityStatus.RESERVED
              : AvailabilityStatus.SOLD_OUT;
  }
}
