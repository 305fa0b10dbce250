import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Carts, checkout and the order life cycle. Today's CONFIRMED orders were paid: they become PAID.
 * Order numbers already quoted to clients keep their form; new ones read ELY-000123.
 */
export class Checkout1764600000000 implements MigrationInterface {
  name = 'Checkout1764600000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE "order" DROP CONSTRAINT order_status_check`);
    await runner.query(`UPDATE "order" SET status = 'PAID' WHERE status = 'CONFIRMED'`);
    await runner.query(`
      ALTER TABLE "order"
        ADD CONSTRAINT order_status_check CHECK (status IN ('PENDING_PAYMENT', 'PAID', 'IN_ATELIER', 'READY', 'SHIPPED', 'COLLECTED',
                                                           'DELIVERED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED')),
        ALTER COLUMN number SET DEFAULT ('ELY-' || lpad(nextval('order_number_seq')::text, 6, '0')),
        ALTER COLUMN customer_id DROP NOT NULL,
        ADD COLUMN contact_email     text,
        ADD COLUMN delivery_method   text CHECK (delivery_method IN ('UK_NEXT_DAY_INSURED', 'INTERNATIONAL_INSURED', 'COLLECTION')),
        ADD COLUMN delivery_address  jsonb,
        ADD COLUMN collection_slot   timestamptz,
        ADD COLUMN shipping_amount   integer NOT NULL DEFAULT 0 CHECK (shipping_amount >= 0),
        ADD COLUMN reservation_id    uuid,
        ADD COLUMN cancel_reason     text,
        ADD COLUMN disputed_at       timestamptz,
        ADD COLUMN refunded_amount   integer NOT NULL DEFAULT 0 CHECK (refunded_amount >= 0),
        ADD COLUMN paid_at           timestamptz,
        ADD COLUMN balance_amount    integer NOT NULL DEFAULT 0 CHECK (balance_amount >= 0),
        ADD COLUMN balance_paid_at   timestamptz,
        ADD COLUMN updated_at        timestamptz NOT NULL DEFAULT now(),
        ADD CONSTRAINT order_has_owner CHECK (customer_id IS NOT NULL OR contact_email IS NOT NULL)`);
    await runner.query(`CREATE INDEX order_status_placed_idx ON "order" (status, placed_at DESC)`);
    await runner.query(`
      ALTER TABLE order_line
        ADD COLUMN kind          text NOT NULL DEFAULT 'SKU' CHECK (kind IN ('SKU', 'PIECE', 'STONE', 'CONFIGURED')),
        ADD COLUMN sku           text,
        ADD COLUMN stone_id      text,
        ADD COLUMN configuration jsonb,
        ADD COLUMN vat_amount    integer NOT NULL DEFAULT 0 CHECK (vat_amount >= 0),
        ADD COLUMN held          boolean NOT NULL DEFAULT false,
        ADD COLUMN made_to_order boolean NOT NULL DEFAULT false,
        ADD COLUMN serial_number text`);
    await runner.query(`
      CREATE TABLE order_history (
        id         bigserial PRIMARY KEY,
        order_id   uuid NOT NULL REFERENCES "order" (id),
        from_status text,
        to_status  text,
        note       text,
        actor      text NOT NULL,
        actor_role text NOT NULL,
        request_id text NOT NULL,
        at         timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await runner.query(`CREATE INDEX order_history_order ON order_history (order_id, id)`);

    // One row per checkout attempt's idempotency key: the same key returns the same order.
    await runner.query(`
      CREATE TABLE checkout (
        idempotency_key text PRIMARY KEY,
        owner           text NOT NULL,
        fingerprint     text NOT NULL,
        order_id        uuid NOT NULL UNIQUE,
        state           text NOT NULL CHECK (state IN ('IN_PROGRESS', 'PLACED', 'REFUSED')),
        outcome         jsonb,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now()
      )`);

    await runner.query(`
      CREATE TABLE cart (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id      uuid UNIQUE,
        guest_token_hash text UNIQUE,
        currency         text NOT NULL DEFAULT 'GBP',
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        expires_at       timestamptz NOT NULL,
        CHECK (num_nonnulls(customer_id, guest_token_hash) = 1)
      )`);
    await runner.query(`CREATE INDEX cart_expires ON cart (expires_at)`);
    await runner.query(`
      CREATE TABLE cart_line (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cart_id          uuid NOT NULL REFERENCES cart (id) ON DELETE CASCADE,
        kind             text NOT NULL CHECK (kind IN ('SKU', 'PIECE', 'STONE', 'CONFIGURED')),
        product_id       text,
        sku              text,
        stone_id         text,
        quote_token      text,
        quantity         integer NOT NULL CHECK (quantity BETWEEN 1 AND 20),
        price_when_added integer NOT NULL CHECK (price_when_added >= 0),
        saved_for_later  boolean NOT NULL DEFAULT false,
        added_at         timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (kind <> 'SKU' OR sku IS NOT NULL),
        CHECK (kind <> 'PIECE' OR product_id IS NOT NULL),
        CHECK (kind <> 'STONE' OR stone_id IS NOT NULL),
        CHECK (kind <> 'CONFIGURED' OR quote_token IS NOT NULL),
        CHECK (kind IN ('SKU') OR quantity = 1)
      )`);
    await runner.query(`CREATE INDEX cart_line_cart ON cart_line (cart_id, added_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['cart_line', 'cart', 'checkout', 'order_history']) await runner.query(`DROP TABLE ${table}`);
    await runner.query(
      `ALTER TABLE order_line DROP COLUMN kind, DROP COLUMN sku, DROP COLUMN stone_id, DROP COLUMN configuration, DROP COLUMN vat_amount, DROP COLUMN held`,
    );
    await runner.query(`DROP INDEX order_status_placed_idx`);
    await runner.query(`ALTER TABLE "order" DROP CONSTRAINT order_status_check, DROP CONSTRAINT order_has_owner`);
    await runner.query(
      `UPDATE "order" SET status = 'CONFIRMED' WHERE status IN ('PAID', 'READY', 'COLLECTED', 'REFUNDED', 'PARTIALLY_REFUNDED')`,
    );
    await runner.query(`
      ALTER TABLE "order"
        ADD CONSTRAINT order_status_check CHECK (status IN ('PENDING_PAYMENT','CONFIRMED','IN_ATELIER','SHIPPED','DELIVERED','CANCELLED')),
        ALTER COLUMN number SET DEFAULT ('EL-' || nextval('order_number_seq')),
        DROP COLUMN contact_email, DROP COLUMN delivery_method, DROP COLUMN delivery_address, DROP COLUMN collection_slot,
        DROP COLUMN shipping_amount, DROP COLUMN reservation_id, DROP COLUMN cancel_reason, DROP COLUMN disputed_at,
        DROP COLUMN refunded_amount, DROP COLUMN paid_at, DROP COLUMN balance_amount, DROP COLUMN balance_paid_at, DROP COLUMN updated_at`);
  }
}
