import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (clients and staff), their sessions, rotating refresh tokens and mailed one-time tokens.
 * Tokens are stored only as SHA-256 digests: a copy of these tables opens no account.
 */
export class CreateAccounts1764500000000 implements MigrationInterface {
  name = 'CreateAccounts1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    // A client's account shares its id with their customer row; staff accounts have none, so no foreign key.
    // password_hash is null while an account waits for its first password (claimed or invited) and once erased.
    await runner.query(`
      CREATE TABLE account (
        id                  uuid PRIMARY KEY,
        email               text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        password_hash       text,
        role                text NOT NULL CHECK (role IN ('customer', 'staff', 'atelier', 'admin')),
        email_verified_at   timestamptz,
        status              text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ERASED')),
        created_at          timestamptz NOT NULL DEFAULT now(),
        password_changed_at timestamptz
      )`);
    await runner.query(`CREATE UNIQUE INDEX account_email_key ON account (email)`);

    await runner.query(`
      CREATE TABLE session (
        id           uuid PRIMARY KEY,
        account_id   uuid NOT NULL REFERENCES account (id),
        created_at   timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        revoked_at   timestamptz,
        user_agent   text,
        ip           text
      )`);
    // Revoking everywhere and listing an account's sessions read only the live ones.
    await runner.query(`CREATE INDEX session_account_live_idx ON session (account_id) WHERE revoked_at IS NULL`);

    await runner.query(`
      CREATE TABLE refresh_token (
        hash       text PRIMARY KEY CHECK (hash ~ '^[0-9a-f]{64}$'),
        session_id uuid NOT NULL REFERENCES session (id) ON DELETE CASCADE,
        issued_at  timestamptz NOT NULL DEFAULT now(),
        used_at    timestamptz,
        expires_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX refresh_token_session_idx ON refresh_token (session_id)`);

    await runner.query(`
      CREATE TABLE one_time_token (
        id         uuid PRIMARY KEY,
        hash       text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
        purpose    text NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD', 'CHANGE_EMAIL')),
        account_id uuid NOT NULL REFERENCES account (id),
        new_email  text CHECK ((purpose = 'CHANGE_EMAIL') = (new_email IS NOT NULL) AND new_email = lower(new_email)),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        used_at    timestamptz
      )`);
    await runner.query(`CREATE UNIQUE INDEX one_time_token_hash_key ON one_time_token (hash)`);
    await runner.query(`CREATE INDEX one_time_token_open_idx ON one_time_token (account_id, purpose) WHERE used_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE one_time_token`);
    await runner.query(`DROP TABLE refresh_token`);
    await runner.query(`DROP TABLE session`);
    await runner.query(`DROP TABLE account`);
  }
}
