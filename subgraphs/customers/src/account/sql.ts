import type { EntityManager } from 'typeorm';

/**
 * Runs one hand-written statement and returns its rows. TypeORM answers UPDATE and DELETE with
 * `[rows, rowCount]` and every other command with the rows; callers want the rows either way.
 */
export async function rows<T>(manager: EntityManager, text: string, parameters: unknown[] = []): Promise<T[]> {
  const result: unknown = await manager.query(text, parameters);
  const updateOrDelete = Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number';
  return (updateOrDelete ? result[0] : result) as T[];
}

/**
 * Serialises every change that claims an email address (registration, staff accounts, address
 * changes) on that address, for the rest of the transaction: two of them can never both take it.
 */
export async function lockEmail(manager: EntityManager, email: string): Promise<void> {
  await manager.query(`SELECT pg_advisory_xact_lock(hashtext('customers:email:' || $1))`, [email]);
}
