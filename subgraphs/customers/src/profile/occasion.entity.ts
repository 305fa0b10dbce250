import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, Int, ObjectType } from 'type-graphql';
import { OccasionKind } from './profile.enums';

/** A date client services remembers for the client (and, if they opted in, reminds them of). */
@ObjectType({ description: 'A date to remember: an anniversary, a birthday or another occasion. The year is optional.' })
@Entity({ name: 'customer_occasion' })
export class Occasion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  customerId!: string;

  @Field(() => OccasionKind, { description: 'What the date is.' })
  @Column('text')
  kind!: OccasionKind;

  @Field(() => Int, { description: 'Month, 1–12.' })
  @Column('smallint')
  month!: number;

  @Field(() => Int, { description: 'Day of the month, 1–31.' })
  @Column('smallint')
  day!: number;

  @Field(() => Int, { nullable: true, description: 'Year, when it matters (e.g. the wedding year); null for a yearly date.' })
  @Column('smallint', { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true, description: 'Whose or what occasion, e.g. "Wedding" or "Sophie\'s birthday".' })
  @Column('text', { nullable: true })
  label!: string | null;

  @Field({ description: 'Whether the client wants a reminder before the date.' })
  @Column('boolean', { default: false })
  reminderOptIn!: boolean;

  /** Keeps the client's order when the list is read back. */
  @Column('smallint')
  position!: number;
}
