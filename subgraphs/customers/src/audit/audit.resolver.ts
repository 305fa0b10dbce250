import { Arg, Ctx, Field, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { PostgresContext } from '@elysium/subgraph-kit';
import { AuditEntryRecord } from './audit-entry.entity';
import type { CustomersServices } from '../services';

/** Narrows the audit log; the fields given combine with AND. */
@InputType({ description: 'Narrows the audit log; the fields given combine with AND.' })
class AuditLogFilterInput {
  @Field(() => String, { nullable: true, description: 'Only what this account did (at most 128 characters).' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only what was done to this record (at most 128 characters).' })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this action, e.g. customer.read (at most 128 characters).' })
  action?: string | null;
}

/** A page of the audit log. */
@ObjectType({ description: 'A page of the audit log, newest first.' })
class AuditLogPage {
  @Field(() => [AuditEntryRecord], { description: 'The entries of this page.' })
  entries!: AuditEntryRecord[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null when the page is empty.' })
  endCursor!: string | null;

  @Field({ description: 'True when older entries follow.' })
  hasNextPage!: boolean;
}

/** The audit log, for administrators. */
@Resolver()
export class AuditResolver {
  constructor(private readonly services: CustomersServices) {}

  @Query(() => AuditLogPage, {
    description: 'The append-only log of staff actions and staff reads of client data, newest first. ADMIN only.',
  })
  auditLog(
    @Ctx() context: PostgresContext,
    @Arg('first', () => Int, { defaultValue: 50, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'endCursor of the previous page (at most 128 characters).' })
    after: string | null,
    @Arg('filter', () => AuditLogFilterInput, { nullable: true, description: 'Narrow the log.' }) filter: AuditLogFilterInput | null,
  ): Promise<AuditLogPage> {
    return this.services.audit.page(context, first, after, filter ?? {});
  }
}
