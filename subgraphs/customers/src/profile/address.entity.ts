import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { PROFILE_LIMITS as LIMITS } from './profile-limits';

/** One address in a client's address book. */
@ObjectType({
  description: `An address in a client's address book (at most ${LIMITS.addresses} per client). Visible only to the client and to staff.`,
})
@Entity({ name: 'customer_address' })
export class Address {
  @Field(() => ID, { description: 'Stable id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The client it belongs to (customer.id). */
  @Column('uuid')
  customerId!: string;

  @Field(() => String, { nullable: true, description: 'The client\'s name for it, e.g. "Home" or "Studio".' })
  @Column('text', { nullable: true })
  label!: string | null;

  @Field({ description: 'Who receives deliveries here, as the courier should ask for them.' })
  @Column('text')
  recipientName!: string;

  @Field({ description: 'First line: building and street.' })
  @Column('text')
  line1!: string;

  @Field(() => String, { nullable: true, description: 'Second line: flat, floor, company.' })
  @Column('text', { nullable: true })
  line2!: string | null;

  @Field({ description: 'Town or city.' })
  @Column('text')
  city!: string;

  @Field(() => String, { nullable: true, description: 'County, state or province, where the post uses one.' })
  @Column('text', { nullable: true })
  region!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Postcode as the post writes it; UK postcodes are normalised (e.g. "SW1A 1AA"). Null where the country has none.',
  })
  @Column('text', { nullable: true })
  postcode!: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, upper case (e.g. "GB").' })
  @Column('text')
  countryCode!: string;

  @Field(() => String, { nullable: true, description: 'Phone for the courier, E.164 (e.g. "+447911123456").' })
  @Column('text', { nullable: true })
  phone!: string | null;

  @Field({ description: "Whether this is the client's default delivery address (at most one is)." })
  @Column('boolean', { default: false })
  isDefaultDelivery!: boolean;

  @Field({ description: "Whether this is the client's default billing address (at most one is)." })
  @Column('boolean', { default: false })
  isDefaultBilling!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
