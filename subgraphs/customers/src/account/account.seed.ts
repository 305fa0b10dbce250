import type { DataSource } from 'typeorm';
import { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS, type DemoAccount } from '@elysium/demo';
import { hashPassword } from './password-hasher';

/** The demo accounts live in @elysium/demo, so `npm start` prints them without loading this subgraph. */
export { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS };

/** Idempotent: accounts already present (by id or address) are left as they are. Run after the demo clients. */
export async function seedDemoAccounts(dataSource: DataSource, accounts: DemoAccount[] = DEMO_ACCOUNTS): Promise<void> {
  // Every start seeds; hashing (64 MiB, ~80 ms) only when an account is actually missing.
  const present = (await dataSource.query(`SELECT id, email FROM account WHERE id = ANY($1::uuid[]) OR email = ANY($2::text[])`, [
    accounts.map((a) => a.id),
    accounts.map((a) => a.email),
  ])) as Array<{ id: string; email: string }>;
  const missing = accounts.filter((a) => !present.some((row) => row.id === a.id || row.email === a.email));
  if (missing.length === 0) return;
  const passwordHash = await hashPassword(DEMO_ACCOUNT_PASSWORD);
  for (const account of missing) {
    await dataSource.query(
      `INSERT INTO account (id, email, password_hash, role, email_verified_at, password_changed_at)
       VALUES ($1, $2, $3, $4, now(), now())
       ON CONFLICT DO NOTHING`,
      [account.id, account.email, passwordHash, account.role],
    );
  }
}
