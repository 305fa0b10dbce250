import type { DataSource } from 'typeorm';
import { demoInventory, type DemoInventory } from '@elysium/demo';
import { withTransaction, rows } from '@elysium/subgraph-kit';

const SEED_ACTOR = `'demo-seed', 'system', 'demo-seed'`;

/**
 * The demo stock for `npm start`, written with the receipts that explain it, so the ledger check
 * holds from the first minute. Runs once: a database that has any stock already keeps it.
 */
export async function seedDemoInventory(dataSource: DataSource, inventory: DemoInventory = demoInventory()): Promise<void> {
  await withTransaction(dataSource, async (manager) => {
    await rows(manager, `SELECT pg_advisory_xact_lock(hashtext('inventory:demo-seed'))`);
    const [{ any }] = (await manager.query(`SELECT EXISTS (SELECT 1 FROM stock_movement) AS any`)) as Array<{ any: boolean }>;
    if (any) return;
    const { counts, units } = inventory;
    await rows(
      manager,
      `WITH created AS (
         INSERT INTO stock_level (product_id, sku, location_id, on_hand, low_stock_threshold)
         SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::int[])
         RETURNING id, product_id, sku, location_id, on_hand)
       INSERT INTO stock_movement (kind, level_id, location_id, product_id, sku, on_hand_delta, reason, actor, actor_role, request_id)
       SELECT 'RECEIPT', id, location_id, product_id, sku, on_hand, 'Demo opening stock', ${SEED_ACTOR} FROM created`,
      [
        counts.map((c) => c.productId),
        counts.map((c) => c.sku),
        counts.map((c) => c.locationId),
        counts.map((c) => c.onHand),
        counts.map((c) => c.lowStockThreshold),
      ],
    );
    await rows(
      manager,
      `WITH created AS (
         INSERT INTO stock_unit (serial_number, product_id, stone_id, certificate_lab, certificate_number, location_id, status)
         SELECT u.serial, u.product_id, u.stone_id, u.lab, u.number, u.location_id,
                CASE loc.kind WHEN 'CONSIGNMENT' THEN 'ON_CONSIGNMENT' WHEN 'ATELIER' THEN 'IN_ATELIER' ELSE 'AVAILABLE' END
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u (serial, product_id, stone_id, lab, number, location_id)
           JOIN stock_location loc ON loc.id = u.location_id
         RETURNING id, product_id, location_id)
       INSERT INTO stock_movement (kind, unit_id, location_id, product_id, on_hand_delta, reason, actor, actor_role, request_id)
       SELECT 'RECEIPT', id, location_id, product_id, 1, 'Demo opening stock', ${SEED_ACTOR} FROM created`,
      [
        units.map((u) => u.serialNumber),
        units.map((u) => u.productId),
        units.map((u) => u.stoneId),
        units.map((u) => u.certificateLab),
        units.map((u) => u.certificateNumber),
        units.map((u) => u.locationId),
      ],
    );
    const alloys = Object.keys(inventory.metalGrams);
    const milligrams = alloys.map((alloy) => Math.round(inventory.metalGrams[alloy] * 1000));
    await rows(
      manager,
      `WITH booked AS (
         UPDATE metal_stock m SET milligrams = m.milligrams + b.mg FROM unnest($1::text[], $2::bigint[]) AS b (alloy, mg)
          WHERE m.alloy = b.alloy RETURNING m.alloy, b.mg)
       INSERT INTO stock_movement (kind, alloy, location_id, milligrams, reason, actor, actor_role, request_id)
       SELECT 'RECEIPT', alloy, 'atelier', mg, 'Demo opening stock', ${SEED_ACTOR} FROM booked`,
      [alloys, milligrams],
    );
  });
}
