import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Guest sessions (keyed by the SHA-256 of the guest token, never the token), wishlists and recently
 * viewed lists. Every list row belongs to exactly one client or one guest session and goes with it.
 * Partial unique indexes make a wish or a viewed piece unique per owner, and serve the per-owner reads.
 */
export class CreateWishlist1764520000000 implements MigrationInterface {
  name = 'CreateWishlist1764520000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE guest_session (
        token_hash   text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        created_at   timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The purge of idle sessions walks this.
    await runner.query(`CREATE INDEX guest_session_last_used_idx ON guest_session (last_used_at)`);

    await runner.query(`
      CREATE TABLE wishlist_item (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id        uuid REFERENCES customer (id) ON DELETE CASCADE,
        guest_token_hash   text REFERENCES guest_session (token_hash) ON DELETE CASCADE,
        item_key           text NOT NULL,
        kind               text NOT NULL CHECK (kind IN ('PRODUCT', 'CONFIGURATION')),
        product_id         text NOT NULL,
        variant_sku        text,
        setting_code       text,
        metal              text,
        stone_id           text,
        ring_size          text,
        engraving          text,
        quote_total_amount integer CHECK (quote_total_amount >= 0),
        quote_currency     text CHECK (quote_currency ~ '^[A-Z]{3}$'),
        quote_expires_at   timestamptz,
        quote_token        text,
        added_at           timestamptz NOT NULL DEFAULT now(),
        CHECK (num_nonnulls(customer_id, guest_token_hash) = 1),
        CHECK (CASE kind
                 WHEN 'PRODUCT' THEN num_nonnulls(setting_code, metal, stone_id, ring_size, engraving,
                                                 quote_total_amount, quote_currency, quote_expires_at, quote_token) = 0
                 ELSE variant_sku IS NULL
                      AND num_nulls(setting_code, metal, stone_id, ring_size,
                                    quote_total_amount, quote_currency, quote_expires_at, quote_token) = 0
               END)
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX wishlist_item_customer_key ON wishlist_item (customer_id, item_key) WHERE customer_id IS NOT NULL`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX wishlist_item_guest_key ON wishlist_item (guest_token_hash, item_key) WHERE guest_token_hash IS NOT NULL`,
    );

    await runner.query(`
      CREATE TABLE recently_viewed (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id      uuid REFERENCES customer (id) ON DELETE CASCADE,
        guest_token_hash text REFERENCES guest_session (token_hash) ON DELETE CASCADE,
        product_id       text NOT NULL,
        viewed_at        timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (num_nonnulls(customer_id, guest_token_hash) = 1)
      )`);
    await runner.query(
      `CREATE UNIQUE INDEX recently_viewed_customer_key ON recently_viewed (customer_id, product_id) WHERE customer_id IS NOT NULL`,
    );
    await runner.query(
      `CREATE UNIQUE INDEX recently_viewed_guest_key ON recently_viewed (guest_token_hash, product_id) WHERE guest_token_hash IS NOT NULL`,
    );
    // Newest first per owner: the page reads and the trim after every view.
    await runner.query(
      `CREATE INDEX recently_viewed_customer_idx ON recently_viewed (customer_id, viewed_at DESC, id DESC) WHERE customer_id IS NOT NULL`,
    );
    await runner.query(
      `CREATE INDEX recently_viewed_guest_idx ON recently_viewed (guest_token_hash, viewed_at DESC, id DESC) WHERE guest_token_hash IS NOT NULL`,
    );
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE recently_viewed`);
    await runner.query(`DROP TABLE wishlist_item`);
    await runner.query(`DROP TABLE guest_session`);
  }
}
