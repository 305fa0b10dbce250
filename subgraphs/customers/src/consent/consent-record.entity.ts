import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { isStaffRole, type Role } from '@elysium/subgraph-kit';
import { ConsentChannel, ConsentPurpose, ConsentSource } from './consent.enums';

/**
 * One change of a client's communication preferences. The log is append-only (a trigger refuses
 * UPDATE, DELETE and TRUNCATE); the current state is the latest entry per channel and purpose.
 */
@ObjectType({
  description:
    'One recorded answer of a client about one channel and purpose. Entries are never changed or removed; the newest entry per channel and purpose is the current state.',
})
@Entity({ name: 'consent_event' })
export class ConsentRecord {
  /** bigint identity: a string in JavaScript; its order is the order entries were recorded in for one client. */
  @Field(() => ID, { description: 'Stable id of the entry.' })
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id!: string;

  @Column('uuid')
  customerId!: string;

  @Field(() => ConsentChannel, { description: 'How the client may be reached.' })
  @Column('text')
  channel!: ConsentChannel;

  @Field(() => ConsentPurpose, { description: 'What about.' })
  @Column('text')
  purpose!: ConsentPurpose;

  @Field({ description: 'True: the client agreed. False: the client withdrew (or declined).' })
  @Column('boolean')
  granted!: boolean;

  @Field({ description: 'When the answer was recorded.' })
  @Column('timestamptz')
  recordedAt!: Date;

  @Field(() => ConsentSource, { description: 'Where the answer came from.' })
  @Column('text')
  source!: ConsentSource;

  @Field({ description: 'The version of the privacy policy the client was shown (e.g. "2026-01").' })
  @Column('text')
  policyVersion!: string;

  /** Who recorded it: the identity subject (the client's id, or a staff member's id). */
  @Column('text')
  actorSubject!: string;

  @Column('text')
  actorRole!: Role;

  /** The request that recorded it, to find it in the logs and the audit trail. */
  @Column('text', { nullable: true })
  requestId!: string | null;

  @Field({ description: "True when a member of staff recorded the answer on the client's behalf." })
  recordedByStaff(): boolean {
    return isStaffRole(this.actorRole);
  }
}
