import { Column, Entity, PrimaryColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';

/** One line of the append-only audit log. */
@ObjectType({ description: 'Something staff did, or a staff read of a client’s personal data. Entries are never changed or removed.' })
@Entity({ name: 'audit_log' })
export class AuditEntryRecord {
  @Field(() => ID, { description: 'Stable id of the entry (the id of the event that carried it).' })
  @PrimaryColumn('uuid')
  id!: string;

  @Field({ description: 'When it happened.' })
  @Column('timestamptz')
  occurredAt!: Date;

  @Field({ description: 'Who did it: the account id of the staff member (or the service, for system actions).' })
  @Column('text')
  actorId!: string;

  @Field({ description: 'The role they acted in: staff, atelier, admin, customer or service.' })
  @Column('text')
  actorRole!: string;

  @Field({ description: 'What was done, as `<domain>.<verb>` (e.g. customer.read, address.updated, customer.erased).' })
  @Column('text')
  action!: string;

  @Field({ description: 'The kind of record it was done to (Customer, Order, …).' })
  @Column('text')
  targetType!: string;

  @Field({ description: 'The id of that record.' })
  @Column('text')
  targetId!: string;

  @Field({ description: 'The request it happened in (x-request-id), to find it in the logs.' })
  @Column('text')
  requestId!: string;

  @Field({ description: 'The subgraph that recorded it.' })
  @Column('text')
  service!: string;
}
