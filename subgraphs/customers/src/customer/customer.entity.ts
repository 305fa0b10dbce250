import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A client of ELYSIUM: the person who buys, commissions and is looked after one to one. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A client of ELYSIUM. Visible only to the client themself and to staff.' })
@Entity({ name: 'customer' })
export class Customer {
  @Field(() => ID, { description: 'Stable id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'Email address, stored lower-case; unique.' })
  @Column('text')
  email!: string;

  @Field({ description: 'Given (first) name.' })
  @Column('text')
  givenName!: string;

  @Field({ description: 'Family (last) name.' })
  @Column('text')
  familyName!: string;

  @Field(() => String, { nullable: true, description: 'Phone number in international format, if the client gave one.' })
  @Column('text', { nullable: true })
  phone!: string | null;

  @Field({ description: 'When the client first registered or was created by staff.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
