import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/** A count that fell to its low-stock threshold: raised once per crossing, cleared when stock is replenished. */
@ObjectType({ description: 'A count that fell to its low-stock threshold. Staff only.' })
@Entity({ name: 'low_stock_alert' })
export class LowStockAlert {
  @Field(() => ID, { description: 'Stable id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'The count (LocationStock) concerned.' })
  @Column('uuid')
  levelId!: string;

  @Field(() => Int, { description: 'The threshold it fell to.' })
  @Column('integer')
  threshold!: number;

  @Field(() => Int, { description: 'Units available when the alert was raised.' })
  @Column('integer')
  available!: number;

  @Field({ description: 'When it was raised (and stock control mailed).' })
  @Column('timestamptz')
  raisedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When stock came back above the threshold; null while open.' })
  @Column('timestamptz', { nullable: true })
  clearedAt!: Date | null;
}
