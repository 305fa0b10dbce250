import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** Every kind of change the ledger records. */
export enum MovementKind {
  RECEIPT = 'RECEIPT',
  RESERVATION = 'RESERVATION',
  RELEASE = 'RELEASE',
  SALE = 'SALE',
  TRANSFER_OUT = 'TRANSFER_OUT',
  TRANSFER_IN = 'TRANSFER_IN',
  ADJUSTMENT = 'ADJUSTMENT',
  RETURN = 'RETURN',
  ATELIER_CONSUMPTION = 'ATELIER_CONSUMPTION',
}
registerEnumType(MovementKind, {
  name: 'MovementKind',
  description: 'What a stock movement records.',
  valuesConfig: {
    RECEIPT: { description: 'Stock, a unit or metal came in.' },
    RESERVATION: { description: 'Held for a checkout.' },
    RELEASE: { description: 'A hold ended without a sale (released, or expired).' },
    SALE: { description: 'A reservation became a sale; the stock left.' },
    TRANSFER_OUT: { description: 'Sent from this location (in transit).' },
    TRANSFER_IN: { description: 'Received at this location from a transfer.' },
    ADJUSTMENT: { description: 'Corrected by staff, with a reason (damage, a cycle count…).' },
    RETURN: { description: 'Came back from a client.' },
    ATELIER_CONSUMPTION: { description: 'Used up by the atelier (metal by weight).' },
  },
});

/**
 * One row of the append-only ledger (a trigger refuses UPDATE, DELETE and TRUNCATE). On hand and
 * reserved of every count, unit and metal balance are the sums of these rows.
 */
@ObjectType({ description: 'One entry of the append-only stock ledger. Staff only.' })
@Entity({ name: 'stock_movement' })
export class StockMovement {
  /** bigint identity: a string in JavaScript; its order is the order movements were written in. */
  @Field(() => ID, { description: 'Stable id; later movements have larger ids.' })
  @PrimaryColumn('bigint')
  id!: string;

  @Field(() => MovementKind, { description: 'What happened.' })
  @Column('text')
  kind!: MovementKind;

  @Field(() => ID, { nullable: true, description: 'The count (LocationStock) it changed; null for a unit or metal.' })
  @Column('uuid', { nullable: true })
  levelId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The serialised unit it moved; null for counted stock or metal.' })
  @Column('uuid', { nullable: true })
  unitId!: string | null;

  @Field(() => String, { nullable: true, description: 'The alloy, for metal booked in or out of the atelier.' })
  @Column('text', { nullable: true })
  alloy!: string | null;

  @Field(() => ID, { nullable: true, description: 'Where it happened.' })
  @Column('text', { nullable: true })
  locationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The catalogue product concerned.' })
  @Column('text', { nullable: true })
  productId!: string | null;

  @Field(() => String, { nullable: true, description: 'The SKU concerned, for counted stock of a variant.' })
  @Column('text', { nullable: true })
  sku!: string | null;

  @Field(() => Int, { description: 'Change to units on hand at the location.' })
  @Column('integer')
  onHandDelta!: number;

  @Field(() => Int, { description: 'Change to units reserved at the location.' })
  @Column('integer')
  reservedDelta!: number;

  /** Milligrams in JavaScript's safe range (bigint column): up to 9 tonnes. */
  @Column('bigint', { transformer: { from: (value: string | null) => (value == null ? 0 : Number(value)), to: (value: number) => value } })
  milligrams!: number;

  @Field(() => String, { nullable: true, description: 'Why (required for adjustments).' })
  @Column('text', { nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true, description: 'The reservation it belongs to.' })
  @Column('uuid', { nullable: true })
  reservationId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The transfer it belongs to.' })
  @Column('uuid', { nullable: true })
  transferId!: string | null;

  @Field({ description: 'Who: a staff member id, or the service that acted (orders, inventory for expiries).' })
  @Column('text')
  actor!: string;

  @Field({ description: "The actor's role (staff, atelier, admin, service, system)." })
  @Column('text')
  actorRole!: string;

  @Field({ description: 'The request that made it, to find it in logs and the audit trail.' })
  @Column('text')
  requestId!: string;

  @Field({ description: 'When it was written.' })
  @Column('timestamptz')
  occurredAt!: Date;

  @Field(() => Float, { description: 'Change to the metal balance in grams (metal movements only; 0 otherwise).' })
  grams(): number {
    return this.milligrams / 1000;
  }
}
