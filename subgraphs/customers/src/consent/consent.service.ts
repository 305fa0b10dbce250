import type { DataSource, EntityManager } from 'typeorm';
import {
  InputValidationError,
  isStaffRole,
  isUuid,
  recordAudit,
  requireUuid,
  unauthenticated,
  type PostgresContext,
  type Tx,
} from '@elysium/subgraph-kit';
import { ConsentRecord } from './consent-record.entity';
import { ConsentSource } from './consent.enums';
import { ConsentClientNotFoundError } from './consent.errors';
import { validateConsentInput, type RecordConsentInput } from './consent.inputs';

/** A page of one client's consent history: newest first, `first` entries older than `before`. */
export interface ConsentHistoryKey {
  customerId: string;
  first: number;
  /** Entry id from the cursor; null for the first page. */
  before: string | null;
}

/** Consent answers of clients: an append-only log, and the current state derived from it. */
export class ConsentService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records one answer. A client records their own (source STOREFRONT); staff record any client's on
   * their instruction (source CLIENT_SERVICE), audited in the same transaction. Never edits an entry:
   * every answer is a new one, and the newest per channel and purpose is the current state.
   */
  async recordConsent(
    context: PostgresContext,
    input: RecordConsentInput,
  ): Promise<ConsentRecord | InputValidationError | ConsentClientNotFoundError> {
    const identity = context.identity;
    if (!identity) throw unauthenticated();
    const staff = isStaffRole(identity.role);
    const named = input.customerId == null ? null : requireUuid(input.customerId, 'input.customerId');
    const problems = validateConsentInput(input, staff);
    if (problems.length > 0) return new InputValidationError(problems);
    const customerId = staff ? named! : identity.subject.toLowerCase();
    // Another client's id answers exactly as an id that does not exist.
    if (!isUuid(customerId) || (!staff && named !== null && named !== customerId)) return new ConsentClientNotFoundError();

    return context.transaction(async (tx) => {
      if (!(await lockClientConsents(tx, customerId))) return new ConsentClientNotFoundError();
      const rows: Array<Record<string, unknown>> = await tx.manager.query(
        `INSERT INTO consent_event (customer_id, channel, purpose, granted, source, policy_version, actor_subject, actor_role, request_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         RETURNING *`,
        [
          customerId,
          input.channel,
          input.purpose,
          input.granted,
          staff ? ConsentSource.CLIENT_SERVICE : ConsentSource.STOREFRONT,
          input.policyVersion,
          identity.subject,
          identity.role,
          context.requestId,
        ],
      );
      if (staff) {
        await recordAudit(tx, context, { action: 'consent.recorded', targetType: 'Customer', targetId: customerId, service: 'customers' });
      }
      return toRecords(tx.manager, rows)[0];
    });
  }

  /** The current state of many clients: the newest entry per channel and purpose, in one statement. */
  async findCurrent(customerIds: readonly string[]): Promise<ConsentRecord[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT DISTINCT ON (customer_id, channel, purpose) *
         FROM consent_event WHERE customer_id = ANY($1::uuid[])
        ORDER BY customer_id, channel, purpose, id DESC`,
      [customerIds],
    );
    return toRecords(this.dataSource.manager, rows);
  }

  /** Pages of many clients' histories, newest first, each one entry longer than asked (to tell if more follow). */
  async findHistory(keys: readonly ConsentHistoryKey[]): Promise<ConsentRecord[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT e.* FROM unnest($1::uuid[], $2::bigint[], $3::int[]) AS k(customer_id, before, first)
         CROSS JOIN LATERAL (
           SELECT * FROM consent_event c
            WHERE c.customer_id = k.customer_id AND (k.before IS NULL OR c.id < k.before)
            ORDER BY c.id DESC LIMIT k.first + 1
         ) e`,
      [keys.map((k) => k.customerId), keys.map((k) => k.before), keys.map((k) => k.first)],
    );
    return toRecords(this.dataSource.manager, rows);
  }
}

/** One client's answers are recorded one at a time, so entry order is the order they took effect. */
async function lockClientConsents(tx: Tx, customerId: string): Promise<boolean> {
  const [row]: Array<{ found: boolean }> = await tx.manager.query(
    `SELECT EXISTS (SELECT 1 FROM customer WHERE id = $2) AS found FROM pg_advisory_xact_lock(hashtextextended($1, 0))`,
    [`customers.consent:${customerId}`, customerId],
  );
  return row.found;
}

/** Entities from hand-written rows, through the entity's own column mapping. */
function toRecords(manager: EntityManager, rows: Array<Record<string, unknown>>): ConsentRecord[] {
  const metadata = manager.connection.getMetadata(ConsentRecord);
  return rows.map((row) => {
    const record = metadata.create() as ConsentRecord;
    for (const column of metadata.columns) (record as unknown as Record<string, unknown>)[column.propertyName] = row[column.databaseName];
    return record;
  });
}
