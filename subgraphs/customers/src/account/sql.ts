import { rows } from '@elysium/subgraph-kit';
import type { EntityManager } from 'typeorm';

/**
 * Serialises every change that claims an email address (registration, staff accounts, address
 * changes) on that address, for the rest of the transaction: two of them can never both take it.
 */
export async function lockEmail(manager: EntityManager, email: string): Promise<void> {
  await rows(manager, `SELECT pg_advisory_xact_lock(hashtext('customers:email:' || $1))`, [email]);
}
