import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Payments, one Stripe PaymentIntent each. */
export class CreatePayment1764057600000 implements MigrationInterface {
  name = 'CreatePayment1764057600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE payment (
        id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id                 uuid NOT NULL,
        customer_id              uuid NOT NULL,
        stripe_payment_intent_id text NOT NULL UNIQUE,
        status                   text NOT NULL CHECK (status IN ('REQUIRES_PAYMENT_METHOD','REQUIRES_ACTION','PROCESSING','SUCCEEDED','CANCELLED')),
        amount_value             integer NOT NULL CHECK (amount_value > 0),
        currency                 text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        card_brand               text,
        card_last4               text,
        created_at               timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX payment_order_idx ON payment (order_id, created_at DESC)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE payment`);
  }
}
