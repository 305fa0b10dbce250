import type { DataSource } from 'typeorm';
import { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS, type DemoAccount } from '@elysium/demo';
import { hashPassword } from './password-hasher';

/** The demo accounts live in @elysium/demo, so `npm start` prints them without loading this subgraph. */
export { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS };

/** Idempotent: accounts already present (by id or address) are left as they are. Run after the demo clients. */
export async function seedDemoAccounts(dataSource: DataSource, accounts: DemoAccount[] = DEMO_ACCOUNTS): Promise<void> {
  const passwordHash = await hashPassword(DEMO_ACCOUNT_PASSWORD);
  for (const account of accounts) {
    await dataSource.query(
      `INSERT INTO account (id, email, password_hash, role, email_verified_at, password_changed_at)
       VALUES ($1, $2, $3, $4, now(), now())
       ON CONFLICT DO NOTHING`,
      [account.id, account.email, passwordHash, account.role],
    );
  }
}
