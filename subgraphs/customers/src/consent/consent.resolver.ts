import { Arg, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { ARGUMENT_LIMITS, isStaffRole, requireCustomerOrStaff, requireInRange, type PostgresContext } from '@elysium/subgraph-kit';
import { Customer } from '../customer/customer.entity';
import { decodeConsentCursor, encodeConsentCursor } from './consent-cursor';
import { ConsentRecord } from './consent-record.entity';
import { RecordConsentResult } from './consent.errors';
import { RecordConsentInput } from './consent.inputs';
import type { CustomersServices } from '../services';

/** Most entries one page of consent history holds. */
const HISTORY_PAGE_LIMIT = 100;

@ObjectType({ description: 'Where a page of consent history sits in the whole log.' })
export class ConsentHistoryPageInfo {
  @Field({ description: 'True when older entries follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last entry; pass it as `after` for the next (older) page. Null when the page is empty.',
  })
  endCursor!: string | null;
}

@ObjectType({ description: 'One consent history entry with its cursor.' })
export class ConsentHistoryEdge {
  @Field({ description: 'Opaque cursor of this entry.' })
  cursor!: string;

  @Field(() => ConsentRecord, { description: 'The entry.' })
  node!: ConsentRecord;
}

@ObjectType({ description: "A page of a client's consent history, newest first (Relay cursor connection)." })
export class ConsentHistoryConnection {
  @Field(() => [ConsentHistoryEdge], { description: 'The entries of this page with their cursors.' })
  edges!: ConsentHistoryEdge[];

  @Field(() => [ConsentRecord], { description: 'The entries of this page, without cursors.' })
  nodes!: ConsentRecord[];

  @Field(() => ConsentHistoryPageInfo, { description: 'Where this page sits in the whole log.' })
  pageInfo!: ConsentHistoryPageInfo;
}

/** Recording consent. Thin: the service decides. */
@Resolver()
export class ConsentResolver {
  constructor(private readonly services: CustomersServices) {}

  @Mutation(() => RecordConsentResult, {
    description:
      "Records a client's answer about being contacted on one channel for one purpose: a new log entry, never an edit. Clients record their own (source STOREFRONT); staff record any client's on their instruction (source CLIENT_SERVICE, audited).",
  })
  recordConsent(
    @Arg('input', () => RecordConsentInput, { description: 'The answer.' }) input: RecordConsentInput,
    @Ctx() context: PostgresContext,
  ): Promise<typeof RecordConsentResult> {
    return this.services.consent.service.recordConsent(context, input);
  }
}

/** Adds consents to Customer, batched per request. */
@Resolver(() => Customer)
export class CustomerConsentResolver {
  constructor(private readonly services: CustomersServices) {}

  @FieldResolver(() => [ConsentRecord], {
    description:
      "The client's current answers: the newest entry for each channel and purpose ever asked. A pair not listed was never asked, and counts as not granted.",
  })
  consents(@Root() customer: Customer, @Ctx() context: PostgresContext): Promise<ConsentRecord[]> {
    // Customer is only ever resolved for the client or staff; checked again so this field can never leak.
    requireCustomerOrStaff(context, customer.id);
    return this.services.consent.loaders.currentByCustomer(context).load(customer.id);
  }

  @FieldResolver(() => ConsentHistoryConnection, { description: 'Every answer the client gave or staff recorded for them, newest first.' })
  async consentHistory(
    @Root() customer: Customer,
    @Ctx() context: PostgresContext,
    @Arg('first', () => Int, { defaultValue: 20, description: `How many entries (1 to ${HISTORY_PAGE_LIMIT}).` }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: `The endCursor of the previous page (at most ${ARGUMENT_LIMITS.cursor} characters); left out, the newest entries.`,
    })
    after: string | null,
  ): Promise<ConsentHistoryConnection> {
    requireCustomerOrStaff(context, customer.id);
    requireInRange(first, 1, HISTORY_PAGE_LIMIT, 'first');
    const before = after == null ? null : decodeConsentCursor(after, 'after');
    const rows = await this.services.consent.loaders.historyPage(context).load({ customerId: customer.id, first, before });
    const nodes = rows.slice(0, first);
    const edges = nodes.map((node) => Object.assign(new ConsentHistoryEdge(), { cursor: encodeConsentCursor(node.id), node }));
    return Object.assign(new ConsentHistoryConnection(), {
      edges,
      nodes,
      pageInfo: Object.assign(new ConsentHistoryPageInfo(), {
        hasNextPage: rows.length > first,
        endCursor: edges.at(-1)?.cursor ?? null,
      }),
    });
  }
}

/** Fields of a consent entry that depend on who is asking. */
@Resolver(() => ConsentRecord)
export class ConsentRecordResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "Staff only: who recorded the entry (the client's id, or the staff member's). Null for clients.",
  })
  recordedBy(@Root() record: ConsentRecord, @Ctx() context: PostgresContext): string | null {
    return context.identity && isStaffRole(context.identity.role) ? record.actorSubject : null;
  }
}
