import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * Counted stock of one SKU (or of a piece whose stock is counted without a variant) at one location.
 * `onHand` and `reserved` are the sums of the ledger's movements for this row.
 */
@ObjectType({ description: 'Counted stock of one SKU at one location. Staff only.' })
@Entity({ name: 'stock_level' })
export class LocationStock {
  @Field(() => ID, { description: 'Stable id of this count.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The catalogue product the SKU belongs to.' })
  @Column('text')
  productId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The variant SKU; null for stock counted as the piece itself (no variant recorded).',
  })
  @Column('text', { nullable: true })
  sku!: string | null;

  @Field(() => ID, { description: 'Where it is held.' })
  @Column('text')
  locationId!: string;

  @Field(() => Int, { description: 'Units physically held here.' })
  @Column('integer')
  onHand!: number;

  @Field(() => Int, { description: 'Units held for reservations (checkouts awaiting payment).' })
  @Column('integer')
  reserved!: number;

  @Field(() => Int, { nullable: true, description: 'Stock control is alerted when available falls to this; null for no alert.' })
  @Column('integer', { nullable: true })
  lowStockThreshold!: number | null;

  @Field({ description: 'When the count last changed.' })
  @Column('timestamptz')
  updatedAt!: Date;

  @Field(() => Int, { description: 'Units that can be reserved now: on hand minus reserved.' })
  get available(): number {
    return this.onHand - this.reserved;
  }
}
