import type { SubgraphContext } from '../context';
import type { Tx } from '../database/request-transaction';

/** One audit entry as it travels on the backbone: who, in what role, did what to which record, in which request. */
export interface AuditEntry {
  actor: string;
  role: string;
  action: string;
  targetType: string;
  targetId: string;
  requestId: string;
  /** The subgraph that recorded it. */
  service?: string;
}

/**
 * Records what staff did (or read) in the same transaction as the change itself, so an audited
 * write never happens without its entry. The customers subgraph keeps the append-only log.
 */
export async function recordAudit(
  tx: Tx,
  context: SubgraphContext,
  entry: { action: string; targetType: string; targetId: string; service: string },
): Promise<void> {
  const audit: AuditEntry = {
    actor: context.identity?.subject ?? context.call?.caller ?? 'anonymous',
    role: context.identity?.role ?? 'service',
    requestId: context.requestId,
    ...entry,
  };
  await tx.publish('audit.recorded', { ...audit });
}

/** The entries for staff reads of many records in one request, sent in one statement. */
export async function recordAuditedReads(
  tx: Tx,
  context: SubgraphContext,
  reads: { targetType: string; targetIds: readonly string[]; service: string },
): Promise<void> {
  if (reads.targetIds.length === 0) return;
  await tx.publishMany(
    'audit.recorded',
    reads.targetIds.map((targetId) => ({
      actor: context.identity?.subject ?? 'anonymous',
      role: context.identity?.role ?? 'service',
      requestId: context.requestId,
      action: `${reads.targetType.toLowerCase()}.read`,
      targetType: reads.targetType,
      targetId,
      service: reads.service,
    })),
  );
}
