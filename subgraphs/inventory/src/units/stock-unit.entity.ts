import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { LocationKind } from '../locations/stock-location.entity';

/** Where a serialised unit stands. Reserved by unit, never by quantity. */
export enum UnitStatus {
  AVAILABLE = 'AVAILABLE',
  RESERVED = 'RESERVED',
  SOLD = 'SOLD',
  IN_ATELIER = 'IN_ATELIER',
  ON_CONSIGNMENT = 'ON_CONSIGNMENT',
  RETURNED = 'RETURNED',
  IN_TRANSIT = 'IN_TRANSIT',
}
registerEnumType(UnitStatus, {
  name: 'UnitStatus',
  description: 'Where a serialised unit (a one-of-one piece or a certified stone) stands.',
  valuesConfig: {
    AVAILABLE: { description: 'Ours, held at a sellable location, free to sell.' },
    RESERVED: { description: 'Held for one checkout until it is paid or the reservation ends.' },
    SOLD: { description: 'Sold; it has left stock.' },
    IN_ATELIER: { description: 'In the atelier for work (setting, resizing); not for sale meanwhile.' },
    ON_CONSIGNMENT: { description: "A supplier's, held on memo at the consignment location; sellable, ours once sold." },
    RETURNED: { description: 'Returned by a client; held for inspection before it may be sold again.' },
    IN_TRANSIT: { description: 'Moving between locations (a transfer not yet received).' },
  },
});

/** Statuses from which a unit can be reserved. */
export const RESERVABLE_STATUSES: readonly UnitStatus[] = [UnitStatus.AVAILABLE, UnitStatus.ON_CONSIGNMENT];

/** Statuses of a unit physically held at its location (counted at a cycle count, movable). */
export const HELD_STATUSES: readonly UnitStatus[] = [
  UnitStatus.AVAILABLE,
  UnitStatus.RESERVED,
  UnitStatus.IN_ATELIER,
  UnitStatus.ON_CONSIGNMENT,
  UnitStatus.RETURNED,
];

/** What a free unit is where it rests: at work in the atelier, on memo at consignment, else available. */
export function restingStatus(kind: LocationKind): UnitStatus {
  if (kind === LocationKind.ATELIER) return UnitStatus.IN_ATELIER;
  if (kind === LocationKind.CONSIGNMENT) return UnitStatus.ON_CONSIGNMENT;
  return UnitStatus.AVAILABLE;
}

/** One serialised unit: a one-of-one piece, or a certified stone with its grading report. */
@ObjectType({ description: 'A serialised unit: a one-of-one piece or a certified stone. Staff only.' })
@Entity({ name: 'stock_unit' })
export class StockUnit {
  @Field(() => ID, { description: 'Stable id of the unit.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Field({ description: 'The serial number engraved or tagged on it.' })
  @Column('text')
  serialNumber!: string;

  @Field(() => ID, { nullable: true, description: 'The catalogue product it is (one-of-one pieces); null for a loose stone.' })
  @Column('text', { nullable: true })
  productId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The catalogue stone it is; null for a piece.' })
  @Column('text', { nullable: true })
  stoneId!: string | null;

  @Field(() => String, { nullable: true, description: 'The laboratory of its grading report (GIA, IGI…), as on the catalogue stone.' })
  @Column('text', { nullable: true })
  certificateLab!: string | null;

  @Field(() => String, { nullable: true, description: "The grading report's number, as on the catalogue stone." })
  @Column('text', { nullable: true })
  certificateNumber!: string | null;

  @Field(() => ID, { nullable: true, description: 'Where it is held (its last location once sold); null while in transit.' })
  @Column('text', { nullable: true })
  locationId!: string | null;

  @Field(() => UnitStatus, { description: 'Where it stands.' })
  @Column('text')
  status!: UnitStatus;

  /** The reservation holding it, while RESERVED. */
  @Column('uuid', { nullable: true })
  reservationId!: string | null;

  @Field({ description: 'When it was first received.' })
  @Column('timestamptz')
  receivedAt!: Date;

  @Field({ description: 'When its status or location last changed.' })
  @Column('timestamptz')
  updatedAt!: Date;
}
