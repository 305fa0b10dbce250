import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What webhooks and checkout need: every Stripe event received (its id is the dedupe key), and on
 * each payment its purpose, what was refunded, whether it is disputed, and why it last failed.
 */
export class StripeWebhooks1764600000000 implements MigrationInterface {
  name = 'StripeWebhooks1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE stripe_event (
        id            text PRIMARY KEY,
        type          text NOT NULL,
        intent_id     text,
        stripe_created timestamptz NOT NULL,
        received_at   timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX stripe_event_intent ON stripe_event (intent_id, received_at)`);
    await runner.query(`
      ALTER TABLE payment
        ADD COLUMN purpose         text NOT NULL DEFAULT 'FULL' CHECK (purpose IN ('FULL', 'DEPOSIT', 'BALANCE')),
        ADD COLUMN amount_refunded integer NOT NULL DEFAULT 0 CHECK (amount_refunded >= 0 AND amount_refunded <= amount_value),
        ADD COLUMN disputed_at     timestamptz,
        ADD COLUMN failure_code    text,
        ADD COLUMN updated_at      timestamptz NOT NULL DEFAULT now(),
        ALTER COLUMN customer_id DROP NOT NULL`);
    await runner.query(`CREATE INDEX payment_open ON payment (updated_at) WHERE status NOT IN ('SUCCEEDED', 'CANCELLED')`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX payment_open`);
    await runner.query(
      `ALTER TABLE payment DROP COLUMN purpose, DROP COLUMN amount_refunded, DROP COLUMN disputed_at, DROP COLUMN failure_code, DROP COLUMN updated_at`,
    );
    await runner.query(`DROP TABLE stripe_event`);
  }
}
