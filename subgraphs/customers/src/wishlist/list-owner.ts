import { allowNewGuestSession } from './guest-throttle';
import {
  badUserInput,
  isStaffRole,
  isUuid,
  recordAudit,
  requireMaxLength,
  requireUuid,
  unauthenticated,
  type Identity,
  type PostgresContext,
  type Tx,
  rows,
} from '@elysium/subgraph-kit';
import { GUEST_SESSION_IDLE_DAYS, GUEST_TOKEN_MAX_LENGTH, guestTokenHash, newGuestToken } from './guest-token';
import { rows as queryRows } from '@elysium/subgraph-kit';
import { ShopperNotFoundError } from './wishlist.errors';

/** Whose lists a statement touches: one client, or one guest session. */
export type ListOwner = { kind: 'customer'; customerId: string } | { kind: 'guest'; tokenHash: string };

/** Whose lists the caller asked for, decided before any query: a client, a guest token, or a guest yet to be. */
export type ListTarget =
  | { kind: 'customer'; customerId: string; actor: Identity }
  | { kind: 'guest'; tokenHash: string | null }
  | { kind: 'new-guest'; ip: string | undefined };

/** The arguments every wishlist and recently viewed operation takes to say whose lists. */
export interface OwnerArguments {
  customerId?: string | null;
  guestToken?: string | null;
}

/**
 * Access, first: whose lists the caller may touch. A client acts on their own lists only (naming
 * another client answers exactly as naming no one: ShopperNotFoundError); staff name the client; a
 * visitor who is not signed in uses a guest token, or gets one.
 */
export function listTarget(context: PostgresContext, args: OwnerArguments): ListTarget | ShopperNotFoundError {
  const customerId = args.customerId == null ? null : requireUuid(args.customerId, 'customerId');
  const guestToken = args.guestToken == null ? null : requireMaxLength(args.guestToken, GUEST_TOKEN_MAX_LENGTH, 'guestToken');
  const identity = context.identity;
  if (!identity) {
    if (customerId) throw unauthenticated("Sign in to act on a client's lists.");
    return guestToken === null
      ? { kind: 'new-guest', ip: context.call?.clientIp }
      : { kind: 'guest', tokenHash: guestTokenHash(guestToken) };
  }
  if (guestToken !== null) {
    throw badUserInput(
      'guestToken is for visitors who are not signed in; signing in moves the guest lists into the account.',
      'guestToken',
    );
  }
  if (isStaffRole(identity.role)) {
    if (!customerId) throw badUserInput('Staff name the client whose lists to change: give customerId.', 'customerId');
    return { kind: 'customer', customerId, actor: identity };
  }
  const self = identity.subject.toLowerCase();
  if (!isUuid(self) || (customerId !== null && customerId !== self)) return new ShopperNotFoundError();
  return { kind: 'customer', customerId: self, actor: identity };
}

/** A client's lists change one transaction at a time, so caps hold under concurrent writes. */
const OWNER_LOCK = 'customers.lists:';

/**
 * Inside the transaction: makes sure the owner exists and serialises its writes. A client is locked
 * with `lockCustomerLists`; a guest session by its own row, which the same statement marks as used. A new guest's session is created here, so
 * it exists only if the write it came with commits. Null: no such client or live guest session.
 */
export async function claimOwner(tx: Tx, target: ListTarget): Promise<{ owner: ListOwner; newGuestToken: string | null } | null> {
  if (target.kind === 'customer') {
    const found = await lockCustomerLists(tx, target.customerId);
    return found ? { owner: { kind: 'customer', customerId: target.customerId }, newGuestToken: null } : null;
  }
  if (target.kind === 'guest') {
    if (!target.tokenHash) return null;
    const rows = await queryRows<{ token_hash: string }>(
      tx.manager,
      `UPDATE guest_session SET last_used_at = now()
        WHERE token_hash = $1 AND last_used_at > now() - make_interval(days => $2)
        RETURNING token_hash`,
      [target.tokenHash, GUEST_SESSION_IDLE_DAYS],
    );
    return rows.length === 1 ? { owner: { kind: 'guest', tokenHash: target.tokenHash }, newGuestToken: null } : null;
  }
  await allowNewGuestSession(target.ip);
  const { token, hash } = newGuestToken();
  await rows(tx.manager, `INSERT INTO guest_session (token_hash) VALUES ($1)`, [hash]);
  return { owner: { kind: 'guest', tokenHash: hash }, newGuestToken: token };
}

/**
 * Serialises writes to one client's lists until the transaction ends, with a transaction-scoped
 * advisory lock (no row of another slice's table is held), and says whether the client exists.
 */
export async function lockCustomerLists(tx: Tx, customerId: string): Promise<boolean> {
  const [row] = await queryRows<{ found: boolean }>(
    tx.manager,
    // One round trip: the lock (held to commit) and whether the client exists.
    `SELECT EXISTS (SELECT 1 FROM customer WHERE id = $2) AS found FROM pg_advisory_xact_lock(hashtextextended($1, 0))`,
    [OWNER_LOCK + customerId, customerId],
  );
  return row.found;
}

/** The column naming the owner in wishlist_item and recently_viewed (a fixed name, never caller input). */
export function ownerColumn(owner: ListOwner): 'customer_id' | 'guest_token_hash' {
  return owner.kind === 'customer' ? 'customer_id' : 'guest_token_hash';
}

export function ownerValue(owner: ListOwner): string {
  return owner.kind === 'customer' ? owner.customerId : owner.tokenHash;
}

/** Staff changing a client's lists leave an audit entry, in the same transaction as the change. */
export async function auditStaffWrite(tx: Tx, context: PostgresContext, target: ListTarget, action: string): Promise<void> {
  if (target.kind !== 'customer' || !isStaffRole(target.actor.role)) return;
  await recordAudit(tx, context, { action, targetType: 'Customer', targetId: target.customerId, service: 'customers' });
}
