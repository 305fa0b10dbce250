import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The client profile: date of birth, metal preferences and advisor (one row per client), the address
 * book, ring sizes, occasions and staff notes. Every row goes with its client (ON DELETE CASCADE):
 * erasing a client erases their profile.
 */
export class CreateProfile1764510000000 implements MigrationInterface {
  name = 'CreateProfile1764510000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE customer_profile (
        customer_id         uuid PRIMARY KEY REFERENCES customer (id) ON DELETE CASCADE,
        date_of_birth       date CHECK (date_of_birth >= DATE '1900-01-01'),
        metal_preferences   text[] NOT NULL DEFAULT '{}',
        advisor_id          text,
        advisor_name        text,
        advisor_assigned_at timestamptz,
        updated_at          timestamptz NOT NULL DEFAULT now(),
        -- An advisor is all three or none.
        CHECK ((advisor_id IS NULL) = (advisor_name IS NULL) AND (advisor_id IS NULL) = (advisor_assigned_at IS NULL))
      )`);

    await runner.query(`
      CREATE TABLE customer_address (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id         uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        label               text,
        recipient_name      text NOT NULL,
        line1               text NOT NULL,
        line2               text,
        city                text NOT NULL,
        region              text,
        postcode            text,
        country_code        text NOT NULL CHECK (country_code ~ '^[A-Z]{2}$'),
        phone               text CHECK (phone ~ '^\\+[1-9][0-9]{6,14}$'),
        is_default_delivery boolean NOT NULL DEFAULT false,
        is_default_billing  boolean NOT NULL DEFAULT false,
        created_at          timestamptz NOT NULL DEFAULT now(),
        updated_at          timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX customer_address_customer_id_idx ON customer_address (customer_id, created_at)`);
    // At most one default of each kind per client, whatever the application does.
    await runner.query(
      `CREATE UNIQUE INDEX customer_address_one_default_delivery ON customer_address (customer_id) WHERE is_default_delivery`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX customer_address_one_default_billing ON customer_address (customer_id) WHERE is_default_billing`,
    );

    await runner.query(`
      CREATE TABLE customer_ring_size (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        size        text NOT NULL CHECK (size ~ '^[A-Z]½?$'),
        hand        text CHECK (hand IN ('LEFT', 'RIGHT')),
        finger      text CHECK (finger IN ('THUMB', 'INDEX', 'MIDDLE', 'RING', 'LITTLE')),
        position    smallint NOT NULL
      )`);
    // One size per hand and finger; "unknown" (null) counts as a value of its own.
    await runner.query(
      `CREATE UNIQUE INDEX customer_ring_size_finger_key ON customer_ring_size (customer_id, hand, finger) NULLS NOT DISTINCT`,
    );

    await runner.query(`
      CREATE TABLE customer_occasion (
        id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id     uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        kind            text NOT NULL CHECK (kind IN ('ANNIVERSARY', 'BIRTHDAY', 'OTHER')),
        month           smallint NOT NULL CHECK (month BETWEEN 1 AND 12),
        day             smallint NOT NULL CHECK (day BETWEEN 1 AND 31),
        year            smallint CHECK (year BETWEEN 1900 AND 2100),
        label           text,
        reminder_opt_in boolean NOT NULL DEFAULT false,
        position        smallint NOT NULL
      )`);
    await runner.query(`CREATE INDEX customer_occasion_customer_id_idx ON customer_occasion (customer_id)`);
    // Reminder jobs look dates up across all clients: "who opted in for an occasion on 14 March?"
    await runner.query(`CREATE INDEX customer_occasion_reminder_idx ON customer_occasion (month, day) WHERE reminder_opt_in`);

    await runner.query(`
      CREATE TABLE customer_staff_note (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL REFERENCES customer (id) ON DELETE CASCADE,
        text        text NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
        author_id   text NOT NULL,
        author_role text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX customer_staff_note_customer_id_idx ON customer_staff_note (customer_id, created_at DESC)`);
    // Append-only: a note, once written, is evidence. Deletion stays possible so erasing a client works.
    await runner.query(`
      CREATE FUNCTION customer_staff_note_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'customer_staff_note is append-only' USING ERRCODE = 'restrict_violation';
      END
      $$`);
    await runner.query(`
      CREATE TRIGGER customer_staff_note_no_update BEFORE UPDATE ON customer_staff_note
      FOR EACH ROW EXECUTE FUNCTION customer_staff_note_append_only()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE customer_staff_note`);
    await runner.query(`DROP FUNCTION customer_staff_note_append_only()`);
    await runner.query(`DROP TABLE customer_occasion`);
    await runner.query(`DROP TABLE customer_ring_size`);
    await runner.query(`DROP TABLE customer_address`);
    await runner.query(`DROP TABLE customer_profile`);
  }
}
