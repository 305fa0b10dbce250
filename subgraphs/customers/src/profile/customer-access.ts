import {
  badUserInput,
  isStaffRole,
  isUuid,
  recordAudit,
  requireUuid,
  unauthenticated,
  type AuditEntry,
  type Identity,
  type SubgraphContext,
  type Tx,
} from '@elysium/subgraph-kit';
import { Customer } from '../customer/customer.entity';

/*
 * Who may act on which client, for every profile mutation: a client on their own record only, staff
 * on any. Someone else's client and a missing one give the same answer (null → *NotFoundError).
 */

/** The signed-in caller; anonymous callers must sign in first. */
export function requireIdentity(context: SubgraphContext): Identity {
  if (!context.identity) throw unauthenticated();
  return context.identity;
}

export function isStaff(context: SubgraphContext): boolean {
  return isStaffRole(context.identity?.role);
}

/**
 * The client a mutation names. Clients may leave `customerId` out (they act on themselves); staff act
 * for someone, so they must give it. A malformed id is BAD_USER_INPUT before any query runs.
 */
export function targetCustomerId(context: SubgraphContext, customerId: string | null | undefined): string {
  const identity = requireIdentity(context);
  if (customerId != null) return requireUuid(customerId, 'customerId');
  if (isStaffRole(identity.role)) throw badUserInput('Staff must name the client: customerId is required.', 'customerId');
  return identity.subject.toLowerCase();
}

/**
 * The client, row-locked until the transaction ends, when the caller may act on them; else null.
 * The lock (FOR NO KEY UPDATE: foreign keys from other slices' tables still go through) serialises
 * every profile write of one client, so "at most 20 addresses" and "one default" hold under
 * concurrent requests without a retry.
 */
export async function lockVisibleCustomer(tx: Tx, context: SubgraphContext, customerId: string): Promise<Customer | null> {
  const identity = requireIdentity(context);
  if (!isStaffRole(identity.role) && identity.subject.toLowerCase() !== customerId) return null;
  if (!isUuid(customerId)) return null;
  return tx
    .getRepository(Customer)
    .createQueryBuilder('customer')
    .where('customer.id = :id', { id: customerId })
    .setLock('for_no_key_update')
    .getOne();
}

/** What staff did to a client's record, or that they read its private part. */
export type AuditAction =
  | 'profile.updated'
  | 'address.added'
  | 'address.updated'
  | 'address.removed'
  | 'address.default-set'
  | 'ring-sizes.set'
  | 'metal-preferences.set'
  | 'occasions.set'
  | 'advisor.assigned'
  | 'staff-note.added'
  | 'staff-notes.read';

/** The subgraph named in the audit entries this slice records. */
const SERVICE = 'customers';

/**
 * Records a staff action in the audit log, in the caller's transaction: the entry exists exactly when
 * the change happened. A client's changes to their own record are not audited.
 */
export async function auditStaffAction(tx: Tx, context: SubgraphContext, action: AuditAction, customerId: string): Promise<void> {
  if (!isStaffRole(context.identity?.role)) return;
  await recordAudit(tx, context, { action, targetType: 'Customer', targetId: customerId, service: SERVICE });
}

/** One entry per client whose private notes staff read, in one statement (a page of clients is one batch). */
export async function auditStaffNotesRead(tx: Tx, context: SubgraphContext, customerIds: readonly string[]): Promise<void> {
  const identity = context.identity;
  if (!identity || !isStaffRole(identity.role) || customerIds.length === 0) return;
  const entries: AuditEntry[] = customerIds.map((targetId) => ({
    actor: identity.subject,
    role: identity.role,
    action: 'staff-notes.read' satisfies AuditAction,
    targetType: 'Customer',
    targetId,
    requestId: context.requestId,
    service: SERVICE,
  }));
  await tx.publishMany(
    'audit.recorded',
    entries.map((entry) => ({ ...entry })),
  );
}
