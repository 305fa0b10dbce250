import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Role } from '@elysium/subgraph-kit';

/** What an account may do; the values are the identity roles the gateway puts in access tokens. */
export enum AccountRole {
  CUSTOMER = 'customer',
  STAFF = 'staff',
  ATELIER = 'atelier',
  ADMIN = 'admin',
}

registerEnumType(AccountRole, {
  name: 'AccountRole',
  description: 'What an account may do. Every role but CUSTOMER is house staff.',
  valuesConfig: {
    CUSTOMER: { description: 'A client: sees only their own record, orders and payments.' },
    STAFF: { description: 'Client services: sees and serves every client.' },
    ATELIER: { description: 'The atelier: works on commissions and repairs.' },
    ADMIN: { description: 'An administrator: everything staff may do, and creates staff accounts.' },
  },
});

/**
 * ACTIVE accounts may sign in. ERASED is final: the client asked to be forgotten, the personal data
 * went with it, and the account can never sign in again (sign-in treats it as an unknown address).
 */
export type AccountStatus = 'ACTIVE' | 'ERASED';

/** Someone who signs in: a client (same id as their customer row) or a member of staff (no customer row). */
@ObjectType({ description: 'The signed-in person’s account: how they sign in, and where they are signed in.' })
@Entity({ name: 'account' })
export class Account {
  @Field(() => ID, { description: 'Stable id (UUID); for a client, the same as their Customer id.' })
  @PrimaryColumn('uuid')
  id!: string;

  @Field({ description: 'The address the account signs in with and receives mail at, lower-case.' })
  @Column('text')
  email!: string;

  /** argon2id, PHC string format; null while the account waits for its first password, and once erased. */
  @Column('text', { nullable: true })
  passwordHash!: string | null;

  @Field(() => AccountRole, { description: 'What the account may do.' })
  @Column('text')
  role!: Role;

  @Column('timestamptz', { nullable: true })
  emailVerifiedAt!: Date | null;

  /** See AccountStatus: ERASED accounts never sign in again. */
  @Column('text')
  status!: AccountStatus;

  @Field({ description: 'When the account was created.' })
  @Column('timestamptz')
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the password was last set or changed; null if never.' })
  @Column('timestamptz', { nullable: true })
  passwordChangedAt!: Date | null;

  @Field({ description: 'Whether the email address has been confirmed (from a link we mailed to it).' })
  get verified(): boolean {
    return this.emailVerifiedAt !== null;
  }
}
