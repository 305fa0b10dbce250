import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Data exports: one row per request, its parts filled in by each subgraph over the backbone. */
export class CreateDataExport1764550000000 implements MigrationInterface {
  name = 'CreateDataExport1764550000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE data_export (
        id           uuid PRIMARY KEY,
        customer_id  uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        requested_by text NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        parts        jsonb NOT NULL DEFAULT '{}',
        completed_at timestamptz
      )`);
    await runner.query(`CREATE INDEX data_export_customer_idx ON data_export (customer_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE data_export`);
  }
}
