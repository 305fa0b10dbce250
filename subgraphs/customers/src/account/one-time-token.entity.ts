import { Column, Entity, PrimaryColumn } from 'typeorm';

export type OneTimeTokenPurpose = 'VERIFY_EMAIL' | 'RESET_PASSWORD' | 'CHANGE_EMAIL';

/**
 * A token mailed in a link (confirm an address, set a password, confirm a new address). Single use,
 * short-lived, stored as the SHA-256 of the token; the token itself is derived from the id with
 * ACCOUNT_TOKEN_SECRET when the mail is written, so no job payload ever holds it.
 */
@Entity({ name: 'one_time_token' })
export class OneTimeToken {
  @PrimaryColumn('uuid')
  id!: string;

  @Column('text')
  hash!: string;

  @Column('text')
  purpose!: OneTimeTokenPurpose;

  @Column('uuid')
  accountId!: string;

  /** The address being moved to (CHANGE_EMAIL only). */
  @Column('text', { nullable: true })
  newEmail!: string | null;

  @Column('timestamptz')
  createdAt!: Date;

  @Column('timestamptz')
  expiresAt!: Date;

  @Column('timestamptz', { nullable: true })
  usedAt!: Date | null;
}
