import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ObjectType } from 'type-graphql';
import { Finger, Hand } from './profile.enums';

/** A ring size the atelier measured or the client told us. */
@ObjectType({ description: 'A UK ring size, optionally for one hand and finger.' })
@Entity({ name: 'customer_ring_size' })
export class RingSize {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  customerId!: string;

  @Field({ description: 'UK size: a letter A–Z, optionally with a half, e.g. "M" or "M½".' })
  @Column('text')
  size!: string;

  @Field(() => Hand, { nullable: true, description: 'The hand it was measured on, if known.' })
  @Column('text', { nullable: true })
  hand!: Hand | null;

  @Field(() => Finger, { nullable: true, description: 'The finger it was measured on, if known.' })
  @Column('text', { nullable: true })
  finger!: Finger | null;

  /** Keeps the client's order when the list is read back. */
  @Column('smallint')
  position!: number;
}
