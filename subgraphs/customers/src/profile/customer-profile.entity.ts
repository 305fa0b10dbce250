import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { MetalCode } from './profile.enums';

/**
 * The one-per-client part of the profile that the customer table does not hold. Not a GraphQL type:
 * its columns surface as fields of Customer, each behind its own visibility rule.
 */
@Entity({ name: 'customer_profile' })
export class CustomerProfile {
  @PrimaryColumn('uuid')
  customerId!: string;

  /** `YYYY-MM-DD` (TypeORM reads a `date` column as a string, so no time zone shifts it). */
  @Column('date', { nullable: true })
  dateOfBirth!: string | null;

  /** Content-model metal codes, most preferred first. */
  @Column('text', { array: true, default: () => `'{}'` })
  metalPreferences!: MetalCode[];

  /** The staff member looking after the client: their identity subject and the name staff gave. */
  @Column('text', { nullable: true })
  advisorId!: string | null;

  @Column('text', { nullable: true })
  advisorName!: string | null;

  @Column('timestamptz', { nullable: true })
  advisorAssignedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
