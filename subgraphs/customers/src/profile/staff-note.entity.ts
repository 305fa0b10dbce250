import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** A private note staff keep about a client: append-only, never shown to the client. */
@ObjectType({ description: 'A private note by staff about a client. Append-only; never visible to the client.' })
@Entity({ name: 'customer_staff_note' })
export class StaffNote {
  @Field(() => ID, { description: 'Stable id (UUID).' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  customerId!: string;

  @Field({ description: 'The note as written.' })
  @Column('text')
  text!: string;

  @Field(() => ID, { description: 'The staff account that wrote it (its identity subject).' })
  @Column('text')
  authorId!: string;

  @Field({ description: 'The role the author held when writing it (staff, atelier, admin).' })
  @Column('text')
  authorRole!: string;

  @Field({ description: 'When it was written.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
