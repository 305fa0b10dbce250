import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Stock per product. The CHECKs make overselling impossible even for a buggy caller. */
export class CreateStockItem1764057600000 implements MigrationInterface {
  name = 'CreateStockItem1764057600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE stock_item (
        product_id text PRIMARY KEY,
        on_hand    integer NOT NULL CHECK (on_hand >= 0),
        reserved   integer NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= on_hand),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE stock_item`);
  }
}
