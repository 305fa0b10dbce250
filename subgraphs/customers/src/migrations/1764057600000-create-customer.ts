import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Customers with a case-insensitively unique email. */
export class CreateCustomer1764057600000 implements MigrationInterface {
  name = 'CreateCustomer1764057600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE customer (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email       text NOT NULL CHECK (email = lower(email) AND position('@' in email) > 1),
        given_name  text NOT NULL,
        family_name text NOT NULL,
        phone       text,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE UNIQUE INDEX customer_email_key ON customer (email)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE customer`);
  }
}
