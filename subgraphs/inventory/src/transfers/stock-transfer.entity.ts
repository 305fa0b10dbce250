import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum TransferStatus {
  IN_TRANSIT = 'IN_TRANSIT',
  RECEIVED = 'RECEIVED',
}
registerEnumType(TransferStatus, {
  name: 'TransferStatus',
  description: 'Where a transfer between locations stands.',
  valuesConfig: {
    IN_TRANSIT: { description: 'Sent and not yet received: counted at neither location.' },
    RECEIVED: { description: 'Received at the destination.' },
  },
});

/** Stock or a unit on its way between two locations (sent, then received). */
@ObjectType({ description: 'Stock or a unit moving between two locations. Staff only.' })
@Entity({ name: 'stock_transfer' })
export class StockTransfer {
  @Field(() => ID, { description: 'Stable id; pass it to receiveTransfer.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Field(() => ID, { description: 'Where it left.' })
  @Column('text')
  fromLocationId!: string;

  @Field(() => ID, { description: 'Where it is going.' })
  @Column('text')
  toLocationId!: string;

  @Field(() => ID, { nullable: true, description: 'The catalogue product; null for a loose stone.' })
  @Column('text', { nullable: true })
  productId!: string | null;

  @Field(() => String, { nullable: true, description: 'The SKU, for counted stock of a variant.' })
  @Column('text', { nullable: true })
  sku!: string | null;

  @Field(() => ID, { nullable: true, description: 'The serialised unit, when one moves.' })
  @Column('uuid', { nullable: true })
  unitId!: string | null;

  @Field(() => Int, { description: 'How many (1 for a unit).' })
  @Column('integer')
  quantity!: number;

  @Field(() => TransferStatus, { description: 'Where it stands.' })
  @Column('text')
  status!: TransferStatus;

  @Field(() => String, { nullable: true, description: 'A note from the sender (courier, reason).' })
  @Column('text', { nullable: true })
  note!: string | null;

  @Field({ description: 'Who sent it.' })
  @Column('text')
  sentBy!: string;

  @Field({ description: 'When it was sent.' })
  @Column('timestamptz')
  sentAt!: Date;

  @Field(() => String, { nullable: true, description: 'Who received it.' })
  @Column('text', { nullable: true })
  receivedBy!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was received; null in transit.' })
  @Column('timestamptz', { nullable: true })
  receivedAt!: Date | null;
}
