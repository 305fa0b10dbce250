import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log: append-only. A trigger refuses UPDATE, DELETE and TRUNCATE for everyone, the
 * application included; entries are keyed by the event id that carried them, so a redelivery adds
 * nothing.
 */
export class CreateAuditLog1764540000000 implements MigrationInterface {
  name = 'CreateAuditLog1764540000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE audit_log (
        id          uuid PRIMARY KEY,
        occurred_at timestamptz NOT NULL,
        actor_id    text NOT NULL,
        actor_role  text NOT NULL,
        action      text NOT NULL,
        target_type text NOT NULL,
        target_id   text NOT NULL,
        request_id  text NOT NULL,
        service     text NOT NULL
      )`);
    await runner.query(`CREATE INDEX audit_log_recent_idx ON audit_log (occurred_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX audit_log_target_idx ON audit_log (target_type, target_id, occurred_at DESC)`);
    await runner.query(`CREATE INDEX audit_log_actor_idx ON audit_log (actor_id, occurred_at DESC)`);
    await runner.query(`
      CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await runner.query(`
      CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only()`);
    await runner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE audit_log`);
    await runner.query(`DROP FUNCTION audit_log_is_append_only()`);
  }
}
