import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Orders and their lines. Money is integer minor units; a line's price is frozen at sale. */
export class CreateOrder1764057600000 implements MigrationInterface {
  name = 'CreateOrder1764057600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE SEQUENCE order_number_seq START 100001`);
    await runner.query(`
      CREATE TABLE "order" (
        id           uuid PRIMARY KEY,
        number       text NOT NULL UNIQUE DEFAULT ('EL-' || nextval('order_number_seq')),
        customer_id  uuid NOT NULL,
        status       text NOT NULL CHECK (status IN ('PENDING_PAYMENT','CONFIRMED','IN_ATELIER','SHIPPED','DELIVERED','CANCELLED')),
        currency     text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
        total_amount integer NOT NULL CHECK (total_amount >= 0),
        vat_amount   integer NOT NULL CHECK (vat_amount >= 0 AND vat_amount <= total_amount),
        placed_at    timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX order_customer_placed_idx ON "order" (customer_id, placed_at DESC)`);
    await runner.query(`
      CREATE TABLE order_line (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id          uuid NOT NULL REFERENCES "order" (id) ON DELETE CASCADE,
        position          integer NOT NULL,
        product_id        text NOT NULL,
        title             text NOT NULL,
        quantity          integer NOT NULL CHECK (quantity > 0),
        unit_price_amount integer NOT NULL CHECK (unit_price_amount >= 0),
        currency          text NOT NULL,
        UNIQUE (order_id, position)
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE order_line`);
    await runner.query(`DROP TABLE "order"`);
    await runner.query(`DROP SEQUENCE order_number_seq`);
  }
}
