import type { DataSource } from 'typeorm';
import {
  ARGUMENT_LIMITS,
  badUserInput,
  defineLoader,
  recordAuditedReads,
  requireInRange,
  requireMaxLength,
  requireRole,
  type AuditEntry,
  type EventMessage,
  type PostgresContext,
  type Tx,
  rows,
} from '@elysium/subgraph-kit';
import { AuditEntryRecord } from './audit-entry.entity';

export interface AuditLogFilter {
  actorId?: string | null;
  targetId?: string | null;
  action?: string | null;
}

export interface AuditLogPageResult {
  entries: AuditEntryRecord[];
  endCursor: string | null;
  hasNextPage: boolean;
}

const encodeCursor = (entry: AuditEntryRecord) => Buffer.from(`${entry.occurredAt.toISOString()}|${entry.id}`).toString('base64url');

function decodeCursor(cursor: string): { occurredAt: Date; id: string } {
  requireMaxLength(cursor, ARGUMENT_LIMITS.cursor * 2, 'after');
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const occurredAt = new Date(at ?? '');
  if (!id || Number.isNaN(occurredAt.getTime())) throw badUserInput('after is not a cursor this list gave out.', 'after');
  return { occurredAt, id };
}

/** The append-only audit log: entries arrive from every subgraph over the backbone; ADMIN reads them. */
export class AuditService {
  /** Staff reads of client records in one request become one batch of entries (one statement). */
  private readonly staffReads = defineLoader<string, true>(async (ids, context) => {
    const postgres = context as PostgresContext;
    await postgres.transaction((tx) => recordAuditedReads(tx, context, { targetType: 'Customer', targetIds: ids, service: 'customers' }));
    return ids.map(() => true as const);
  });

  constructor(private readonly dataSource: DataSource) {}

  /** Notes that staff read a client's personal data; resolves once the entry is safely queued. */
  async staffRead(context: PostgresContext, customerId: string): Promise<void> {
    await this.staffReads(context).load(customerId);
  }

  /** Keeps one entry; a redelivered event finds its id taken and adds nothing. */
  async append(tx: Tx, message: EventMessage): Promise<void> {
    const entry = message.data as unknown as AuditEntry;
    await rows(
      tx.manager,
      `INSERT INTO audit_log (id, occurred_at, actor_id, actor_role, action, target_type, target_id, request_id, service)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
      [
        message.id,
        message.publishedAt,
        entry.actor,
        entry.role,
        entry.action,
        entry.targetType,
        entry.targetId,
        entry.requestId,
        entry.service ?? 'unknown',
      ],
    );
  }

  /** Newest first, a page at a time; ADMIN only. */
  async page(context: PostgresContext, first: number, after: string | null, filter: AuditLogFilter): Promise<AuditLogPageResult> {
    requireRole(context, 'admin');
    requireInRange(first, 1, 100, 'first');
    for (const [field, value] of Object.entries(filter)) if (value) requireMaxLength(value, ARGUMENT_LIMITS.id * 2, `filter.${field}`);
    const query = this.dataSource
      .getRepository(AuditEntryRecord)
      .createQueryBuilder('a')
      .orderBy('a.occurred_at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(first + 1);
    if (filter.actorId) query.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.targetId) query.andWhere('a.target_id = :targetId', { targetId: filter.targetId });
    if (filter.action) query.andWhere('a.action = :action', { action: filter.action });
    if (after) {
      const cursor = decodeCursor(after);
      query.andWhere('(a.occurred_at, a.id) < (:at, :id)', { at: cursor.occurredAt, id: cursor.id });
    }
    const rows = await query.getMany();
    const entries = rows.slice(0, first);
    return { entries, hasNextPage: rows.length > first, endCursor: entries.length ? encodeCursor(entries[entries.length - 1]) : null };
  }
}
