import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The consent log: one row per answer, append-only. The application connects as the table's owner, so
 * a REVOKE alone would not bind it; a trigger refuses UPDATE, DELETE and TRUNCATE for everyone. The one
 * exception is erasure: rows may go when their client is deleted (ON DELETE CASCADE), which the
 * trigger recognises by the client row being gone already.
 */
export class CreateConsentLog1764530000000 implements MigrationInterface {
  name = 'CreateConsentLog1764530000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE consent_event (
        id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        customer_id    uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        channel        text NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'PHONE', 'POST')),
        purpose        text NOT NULL CHECK (purpose IN ('MARKETING', 'EVENTS', 'CLIENTELING_REMINDERS')),
        granted        boolean NOT NULL,
        recorded_at    timestamptz NOT NULL DEFAULT now(),
        source         text NOT NULL CHECK (source IN ('STOREFRONT', 'CLIENT_SERVICE', 'IMPORT')),
        policy_version text NOT NULL CHECK (policy_version ~ '^[A-Za-z0-9._-]{1,32}$'),
        actor_subject  text NOT NULL,
        actor_role     text NOT NULL CHECK (actor_role IN ('customer', 'staff', 'atelier', 'admin', 'system')),
        request_id     text
      )`);
    // History pages, newest first.
    await runner.query(`CREATE INDEX consent_event_customer_idx ON consent_event (customer_id, id DESC)`);
    // The current state: the newest entry per client, channel and purpose.
    await runner.query(`CREATE INDEX consent_event_current_idx ON consent_event (customer_id, channel, purpose, id DESC)`);
    await runner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON consent_event FROM PUBLIC`);
    // SET search_path FROM CURRENT: the function finds this schema's customer table whatever the session's path.
    await runner.query(`
      CREATE FUNCTION consent_event_append_only() RETURNS trigger
      LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF NOT EXISTS (SELECT 1 FROM customer WHERE id = OLD.customer_id) THEN
            RETURN OLD;
          END IF;
        END IF;
        RAISE EXCEPTION 'consent_event is append-only: % is not allowed', TG_OP
          USING ERRCODE = 'insufficient_privilege',
                HINT = 'Record a new answer instead; the newest entry per channel and purpose is the current state.';
      END
      $$`);
    await runner.query(`
      CREATE TRIGGER consent_event_no_update_or_delete BEFORE UPDATE OR DELETE ON consent_event
      FOR EACH ROW EXECUTE FUNCTION consent_event_append_only()`);
    await runner.query(`
      CREATE TRIGGER consent_event_no_truncate BEFORE TRUNCATE ON consent_event
      FOR EACH STATEMENT EXECUTE FUNCTION consent_event_append_only()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE consent_event`);
    await runner.query(`DROP FUNCTION consent_event_append_only()`);
  }
}
