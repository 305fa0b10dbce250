import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Directive, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ReservationStatus {
  ACTIVE = 'ACTIVE',
  COMMITTED = 'COMMITTED',
  RELEASED = 'RELEASED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(ReservationStatus, {
  name: 'ReservationStatus',
  description: 'Internal: where a stock reservation stands.',
  valuesConfig: {
    ACTIVE: { description: 'Holding its stock until expiresAt.' },
    COMMITTED: { description: 'Became a sale; the stock left.' },
    RELEASED: { description: 'Given up by checkout; the stock is free again.' },
    EXPIRED: { description: 'Ran out before it was committed; the stock is free again.' },
  },
});

/** What one line holds: a count at a location (`quantity` of it) or one unit. */
@Directive('@inaccessible')
@ObjectType({ description: 'Internal: what one line of a reservation holds.' })
export class ReservedLine {
  @Field(() => Int, { description: 'Index of the line in the request (a line split over locations appears once per location).' })
  line!: number;

  @Field(() => String, { nullable: true, description: 'The SKU, for counted stock of a variant.' })
  sku!: string | null;

  @Field(() => ID, { nullable: true, description: 'The catalogue product.' })
  productId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The serialised unit, when one is held.' })
  unitId!: string | null;

  @Field(() => String, { nullable: true, description: 'Its serial number, when a unit is held.' })
  serialNumber!: string | null;

  @Field(() => ID, { description: 'Where the stock is held.' })
  locationId!: string;

  @Field(() => Int, { description: 'How many are held.' })
  quantity!: number;
}

/** Stock held for one checkout until it is paid (commit), given up (release), or runs out (expiry). */
@Directive('@inaccessible')
@ObjectType({ description: 'Internal: stock held for one checkout until it is committed, released or expires.' })
@Entity({ name: 'reservation' })
export class Reservation {
  @Field(() => ID, { description: 'Stable id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Field({ description: 'The key the caller sent; the same key returns this reservation again.' })
  @Column('text')
  idempotencyKey!: string;

  /** SHA-256 of the request, to refuse the key reused for a different one. */
  @Column('text')
  fingerprint!: string;

  @Field(() => ReservationStatus, { description: 'Where it stands.' })
  @Column('text')
  status!: ReservationStatus;

  @Field(() => String, { nullable: true, description: "The caller's reference (e.g. an order or checkout id)." })
  @Column('text', { nullable: true })
  reference!: string | null;

  @Field({ description: 'When it expires unless committed first; never extended.' })
  @Column('timestamptz')
  expiresAt!: Date;

  @Field({ description: 'The service that made it.' })
  @Column('text')
  createdBy!: string;

  @Column('text')
  requestId!: string;

  @Field({ description: 'When it was made.' })
  @Column('timestamptz')
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was committed, released or expired; null while active.' })
  @Column('timestamptz', { nullable: true })
  endedAt!: Date | null;

  @Field(() => [ReservedLine], { description: 'What it holds (what it held, once ended).' })
  lines!: ReservedLine[];
}
