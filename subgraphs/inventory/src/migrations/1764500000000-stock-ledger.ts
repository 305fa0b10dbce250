import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * From one vault count per product to stock by SKU and location, serialised units, metal by weight,
 * reservations and an append-only movement ledger.
 *
 * Every old `stock_item` row becomes stock of that product (no variant recorded) in the vault, with
 * an opening-balance movement, so the ledger explains each count from its first day. The CHECKs and
 * the ledger's trigger hold even against a buggy caller: stock never goes negative, reserved never
 * exceeds on hand, and a movement once written is never changed or removed.
 */
export class StockLedger1764500000000 implements MigrationInterface {
  name = 'StockLedger1764500000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE stock_location (
        id             text PRIMARY KEY,
        name           text NOT NULL,
        kind           text NOT NULL CHECK (kind IN ('VAULT', 'ATELIER', 'SHOWROOM', 'CONSIGNMENT')),
        sellable       boolean NOT NULL,
        client_viewing text,
        address        text,
        sort_order     integer NOT NULL
      )`);
    await runner.query(`
      INSERT INTO stock_location (id, name, kind, sellable, client_viewing, address, sort_order) VALUES
        ('vault', 'The Vault', 'VAULT', true, 'By private appointment at our Mount Street salon', 'London', 1),
        ('showroom', 'Mount Street Showroom', 'SHOWROOM', true, 'In the Mount Street showroom, Tuesday to Saturday', '18 Mount Street, London W1K 2RN', 2),
        ('consignment', 'Supplier consignment', 'CONSIGNMENT', true, NULL, NULL, 3),
        ('atelier', 'The London Atelier', 'ATELIER', false, NULL, 'Hatton Garden, London EC1N', 4)`);

    await runner.query(`
      CREATE TABLE stock_level (
        id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        product_id          text NOT NULL,
        sku                 text,
        location_id         text NOT NULL REFERENCES stock_location (id),
        on_hand             integer NOT NULL DEFAULT 0 CHECK (on_hand >= 0),
        reserved            integer NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= on_hand),
        low_stock_threshold integer CHECK (low_stock_threshold >= 0),
        updated_at          timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT stock_level_one_row UNIQUE NULLS NOT DISTINCT (location_id, product_id, sku)
      )`);
    await runner.query(`CREATE INDEX stock_level_product ON stock_level (product_id)`);
    await runner.query(`CREATE INDEX stock_level_sku ON stock_level (sku) WHERE sku IS NOT NULL`);

    await runner.query(`
      CREATE TABLE stock_unit (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        serial_number      text NOT NULL UNIQUE,
        product_id         text,
        stone_id           text UNIQUE,
        certificate_lab    text,
        certificate_number text,
        location_id        text REFERENCES stock_location (id),
        status             text NOT NULL
          CHECK (status IN ('AVAILABLE', 'RESERVED', 'SOLD', 'IN_ATELIER', 'ON_CONSIGNMENT', 'RETURNED', 'IN_TRANSIT')),
        reservation_id     uuid,
        received_at        timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CHECK (product_id IS NOT NULL OR stone_id IS NOT NULL),
        CHECK ((certificate_lab IS NULL) = (certificate_number IS NULL)),
        CHECK (stone_id IS NULL OR certificate_number IS NOT NULL),
        CHECK ((status = 'RESERVED') = (reservation_id IS NOT NULL)),
        CHECK ((status = 'IN_TRANSIT') = (location_id IS NULL)),
        UNIQUE (certificate_lab, certificate_number)
      )`);
    await runner.query(`CREATE INDEX stock_unit_product ON stock_unit (product_id) WHERE product_id IS NOT NULL`);
    await runner.query(`CREATE INDEX stock_unit_location ON stock_unit (location_id, status)`);

    await runner.query(`
      CREATE TABLE metal_stock (
        alloy      text PRIMARY KEY CHECK (alloy IN ('PLATINUM', 'YELLOW_GOLD_18K', 'WHITE_GOLD_18K', 'ROSE_GOLD_18K')),
        milligrams bigint NOT NULL DEFAULT 0 CHECK (milligrams >= 0),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`INSERT INTO metal_stock (alloy) VALUES ('PLATINUM'), ('YELLOW_GOLD_18K'), ('WHITE_GOLD_18K'), ('ROSE_GOLD_18K')`);

    await runner.query(`
      CREATE TABLE reservation (
        id              uuid PRIMARY KEY,
        idempotency_key text NOT NULL UNIQUE,
        fingerprint     text NOT NULL,
        status          text NOT NULL CHECK (status IN ('ACTIVE', 'COMMITTED', 'RELEASED', 'EXPIRED')),
        reference       text,
        expires_at      timestamptz NOT NULL,
        created_by      text NOT NULL,
        request_id      text NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
        ended_at        timestamptz,
        CHECK ((status = 'ACTIVE') = (ended_at IS NULL))
      )`);
    await runner.query(`CREATE INDEX reservation_due ON reservation (expires_at) WHERE status = 'ACTIVE'`);
    await runner.query(`
      CREATE TABLE reservation_line (
        id             bigserial PRIMARY KEY,
        reservation_id uuid NOT NULL REFERENCES reservation (id),
        line           integer NOT NULL,
        level_id       uuid REFERENCES stock_level (id),
        unit_id        uuid REFERENCES stock_unit (id),
        quantity       integer NOT NULL CHECK (quantity > 0),
        CHECK (num_nonnulls(level_id, unit_id) = 1),
        CHECK (unit_id IS NULL OR quantity = 1)
      )`);
    await runner.query(`CREATE INDEX reservation_line_reservation ON reservation_line (reservation_id)`);

    await runner.query(`
      CREATE TABLE stock_transfer (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_location_id text NOT NULL REFERENCES stock_location (id),
        to_location_id   text NOT NULL REFERENCES stock_location (id),
        product_id       text,
        sku              text,
        unit_id          uuid REFERENCES stock_unit (id),
        quantity         integer NOT NULL CHECK (quantity > 0),
        status           text NOT NULL CHECK (status IN ('IN_TRANSIT', 'RECEIVED')),
        note             text,
        sent_by          text NOT NULL,
        sent_at          timestamptz NOT NULL DEFAULT now(),
        received_by      text,
        received_at      timestamptz,
        CHECK (from_location_id <> to_location_id),
        CHECK (num_nonnulls(product_id, unit_id) >= 1),
        CHECK ((status = 'RECEIVED') = (received_at IS NOT NULL))
      )`);
    await runner.query(`CREATE INDEX stock_transfer_open ON stock_transfer (sent_at) WHERE status = 'IN_TRANSIT'`);

    await runner.query(`
      CREATE TABLE stock_movement (
        id              bigserial PRIMARY KEY,
        kind            text NOT NULL CHECK (kind IN ('RECEIPT', 'RESERVATION', 'RELEASE', 'SALE', 'TRANSFER_OUT', 'TRANSFER_IN',
                                                      'ADJUSTMENT', 'RETURN', 'ATELIER_CONSUMPTION')),
        level_id        uuid REFERENCES stock_level (id),
        unit_id         uuid REFERENCES stock_unit (id),
        alloy           text,
        location_id     text REFERENCES stock_location (id),
        product_id      text,
        sku             text,
        on_hand_delta   integer NOT NULL DEFAULT 0,
        reserved_delta  integer NOT NULL DEFAULT 0,
        milligrams      bigint NOT NULL DEFAULT 0,
        reason          text,
        reservation_id  uuid,
        transfer_id     uuid,
        actor           text NOT NULL,
        actor_role      text NOT NULL,
        request_id      text NOT NULL,
        occurred_at     timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (num_nonnulls(level_id, unit_id, alloy) = 1),
        CHECK (kind <> 'ADJUSTMENT' OR reason IS NOT NULL)
      )`);
    for (const column of ['level_id', 'unit_id', 'location_id', 'sku', 'product_id', 'kind', 'actor', 'reservation_id', 'occurred_at']) {
      await runner.query(`CREATE INDEX stock_movement_${column} ON stock_movement (${column}, id)`);
    }
    await runner.query(`
      CREATE FUNCTION stock_movement_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'stock_movement is append-only: a movement is corrected by another movement';
      END $$`);
    await runner.query(`
      CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement
        FOR EACH ROW EXECUTE FUNCTION stock_movement_is_append_only()`);
    await runner.query(`
      CREATE TRIGGER stock_movement_no_truncate BEFORE TRUNCATE ON stock_movement
        FOR EACH STATEMENT EXECUTE FUNCTION stock_movement_is_append_only()`);

    await runner.query(`
      CREATE TABLE low_stock_alert (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        level_id    uuid NOT NULL REFERENCES stock_level (id),
        threshold   integer NOT NULL,
        available   integer NOT NULL,
        raised_at   timestamptz NOT NULL DEFAULT now(),
        cleared_at  timestamptz
      )`);
    await runner.query(`CREATE UNIQUE INDEX low_stock_alert_open ON low_stock_alert (level_id) WHERE cleared_at IS NULL`);

    // The old counts, kept: each product's stock in the vault, explained by an opening balance.
    await runner.query(`
      INSERT INTO stock_level (product_id, sku, location_id, on_hand, reserved, updated_at)
      SELECT product_id, NULL, 'vault', on_hand, reserved, updated_at FROM stock_item`);
    await runner.query(`
      INSERT INTO stock_movement (kind, level_id, location_id, product_id, on_hand_delta, reason, actor, actor_role, request_id)
      SELECT 'RECEIPT', id, location_id, product_id, on_hand, 'Opening balance (migrated from the vault count)', 'migration', 'system', '${this.name}'
        FROM stock_level WHERE on_hand > 0`);
    await runner.query(`
      INSERT INTO stock_movement (kind, level_id, location_id, product_id, reserved_delta, reason, actor, actor_role, request_id)
      SELECT 'RESERVATION', id, location_id, product_id, reserved, 'Opening reservation (migrated from the vault count)', 'migration', 'system', '${this.name}'
        FROM stock_level WHERE reserved > 0`);
    await runner.query(`DROP TABLE stock_item`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE stock_item (
        product_id text PRIMARY KEY,
        on_hand    integer NOT NULL CHECK (on_hand >= 0),
        reserved   integer NOT NULL DEFAULT 0 CHECK (reserved >= 0 AND reserved <= on_hand),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`
      INSERT INTO stock_item (product_id, on_hand, reserved, updated_at)
      SELECT product_id, sum(on_hand), sum(reserved), max(updated_at) FROM stock_level GROUP BY product_id`);
    for (const table of [
      'low_stock_alert',
      'stock_movement',
      'stock_transfer',
      'reservation_line',
      'reservation',
      'metal_stock',
      'stock_unit',
      'stock_level',
      'stock_location',
    ]) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query(`DROP FUNCTION stock_movement_is_append_only()`);
  }
}
