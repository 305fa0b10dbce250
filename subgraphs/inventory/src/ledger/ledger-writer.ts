import { entitiesFromRows, rows, type Tx } from '@elysium/subgraph-kit';
import { LocationStock } from '../stock/location-stock.entity';
import { StockUnit, type UnitStatus } from '../units/stock-unit.entity';
import { noticeLowStock } from '../alerts/low-stock';
import type { Actor } from './actor';
import type { MovementKind } from './stock-movement.entity';

/**
 * The only writer of stock. Each change updates the counts and appends its ledger row in the same
 * transaction, so on hand and reserved are always the ledger's sums (verifyLedger proves it).
 * Callers lock the rows first (lockLevels, lockUnits) and check their rules on the locked values;
 * the tables' CHECKs refuse anything that would still go negative.
 */

/** One change to one count, as a ledger row will record it. */
export interface LevelChange {
  level: LocationStock;
  onHand: number;
  reserved: number;
  kind: MovementKind;
  reason?: string | null;
  reservationId?: string | null;
  transferId?: string | null;
}

/** One change to one unit: its new status and place, and the ledger row recording it. */
export interface UnitChange {
  unit: StockUnit;
  status: UnitStatus;
  locationId: string | null;
  reservationId: string | null;
  kind: MovementKind;
  /** The location the movement happened at (the source of a transfer out, the destination of one in). */
  at: string | null;
  onHand: number;
  reserved: number;
  reason?: string | null;
  transferId?: string | null;
}

/** Locks counts in id order (every writer does, so two writers never wait on each other in a circle). */
export async function lockLevels(tx: Tx, where: string, parameters: unknown[]): Promise<LocationStock[]> {
  const found = await rows<Record<string, unknown>>(
    tx.manager,
    `SELECT * FROM stock_level WHERE ${where} ORDER BY id FOR UPDATE`,
    parameters,
  );
  return entitiesFromRows(tx.manager, LocationStock, found);
}

/** Locks units in id order; always after any counts the same transaction locks. */
export async function lockUnits(tx: Tx, where: string, parameters: unknown[]): Promise<StockUnit[]> {
  const found = await rows<Record<string, unknown>>(
    tx.manager,
    `SELECT * FROM stock_unit WHERE ${where} ORDER BY id FOR UPDATE`,
    parameters,
  );
  return entitiesFromRows(tx.manager, StockUnit, found);
}

/** The count of `sku` (or of the piece itself, sku null) at a location, created empty if new, locked. */
export async function lockOrCreateLevel(tx: Tx, productId: string, sku: string | null, locationId: string): Promise<LocationStock> {
  await rows(
    tx.manager,
    `INSERT INTO stock_level (product_id, sku, location_id) VALUES ($1, $2, $3) ON CONFLICT ON CONSTRAINT stock_level_one_row DO NOTHING`,
    [productId, sku, locationId],
  );
  const [level] = await lockLevels(tx, `location_id = $1 AND product_id = $2 AND sku IS NOT DISTINCT FROM $3`, [
    locationId,
    productId,
    sku,
  ]);
  return level;
}

/** Applies count changes (one UPDATE, one INSERT); returns the counts after, in the order first named. */
export async function changeLevels(tx: Tx, actor: Actor, changes: readonly LevelChange[]): Promise<LocationStock[]> {
  if (changes.length === 0) return [];
  // One UPDATE row per count: two lines drawing on the same count add up first.
  const totals = new Map<string, { onHand: number; reserved: number }>();
  for (const change of changes) {
    const total = totals.get(change.level.id) ?? { onHand: 0, reserved: 0 };
    total.onHand += change.onHand;
    total.reserved += change.reserved;
    totals.set(change.level.id, total);
  }
  const ids = [...totals.keys()];
  // The counts and their movements in one statement: both or neither, in one round trip.
  const updated = await rows<Record<string, unknown>>(
    tx.manager,
    `WITH counted AS (
       UPDATE stock_level l
          SET on_hand = l.on_hand + c.on_hand, reserved = l.reserved + c.reserved, updated_at = now()
         FROM unnest($1::uuid[], $2::int[], $3::int[]) AS c (id, on_hand, reserved)
        WHERE l.id = c.id
       RETURNING l.*),
     moved AS (
       INSERT INTO stock_movement (kind, level_id, location_id, product_id, sku, on_hand_delta, reserved_delta, reason, reservation_id,
                                   transfer_id, actor, actor_role, request_id)
       SELECT m.kind, m.level_id, m.location_id, m.product_id, m.sku, m.on_hand, m.reserved, m.reason, m.reservation_id, m.transfer_id,
              $14, $15, $16
         FROM unnest($4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::int[], $10::int[], $11::text[], $12::uuid[], $13::uuid[])
              AS m (kind, level_id, location_id, product_id, sku, on_hand, reserved, reason, reservation_id, transfer_id)
       RETURNING 1)
     SELECT * FROM counted`,
    [
      ids,
      ids.map((id) => totals.get(id)!.onHand),
      ids.map((id) => totals.get(id)!.reserved),
      changes.map((c) => c.kind),
      changes.map((c) => c.level.id),
      changes.map((c) => c.level.locationId),
      changes.map((c) => c.level.productId),
      changes.map((c) => c.level.sku),
      changes.map((c) => c.onHand),
      changes.map((c) => c.reserved),
      changes.map((c) => c.reason ?? null),
      changes.map((c) => c.reservationId ?? null),
      changes.map((c) => c.transferId ?? null),
      actor.actor,
      actor.role,
      actor.requestId,
    ],
  );
  const after = new Map(entitiesFromRows(tx.manager, LocationStock, updated).map((level) => [level.id, level]));
  const levels = ids.map((id) => after.get(id)!);
  await noticeLowStock(tx, changes, levels);
  return levels;
}

/** Applies unit changes and their movements, in one statement. */
export async function changeUnits(tx: Tx, actor: Actor, changes: readonly UnitChange[]): Promise<void> {
  if (changes.length === 0) return;
  await rows(
    tx.manager,
    `WITH placed AS (
       UPDATE stock_unit u
          SET status = c.status, location_id = c.location_id, reservation_id = c.reservation_id, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[]) AS c (id, status, location_id, reservation_id)
        WHERE u.id = c.id
       RETURNING 1)
     INSERT INTO stock_movement (kind, unit_id, location_id, product_id, on_hand_delta, reserved_delta, reason, reservation_id, transfer_id,
                                 actor, actor_role, request_id)
     SELECT m.kind, m.unit_id, m.location_id, m.product_id, m.on_hand, m.reserved, m.reason, m.reservation_id, m.transfer_id, $14, $15, $16
       FROM unnest($5::text[], $6::uuid[], $7::text[], $8::text[], $9::int[], $10::int[], $11::text[], $12::uuid[], $13::uuid[])
            AS m (kind, unit_id, location_id, product_id, on_hand, reserved, reason, reservation_id, transfer_id)`,
    [
      changes.map((c) => c.unit.id),
      changes.map((c) => c.status),
      changes.map((c) => c.locationId),
      changes.map((c) => c.reservationId),
      changes.map((c) => c.kind),
      changes.map((c) => c.unit.id),
      changes.map((c) => c.at),
      changes.map((c) => c.unit.productId),
      changes.map((c) => c.onHand),
      changes.map((c) => c.reserved),
      changes.map((c) => c.reason ?? null),
      changes.map((c) => c.reservationId ?? c.unit.reservationId ?? null),
      changes.map((c) => c.transferId ?? null),
      actor.actor,
      actor.role,
      actor.requestId,
    ],
  );
}

/** Books metal in (positive) or out (negative) in one conditional statement; false when too little is held. */
export async function changeMetal(
  tx: Tx,
  actor: Actor,
  change: { alloy: string; milligrams: number; kind: MovementKind; reason: string },
): Promise<number | null> {
  const [balance] = await rows<{ milligrams: string }>(
    tx.manager,
    `UPDATE metal_stock SET milligrams = milligrams + $2, updated_at = now()
      WHERE alloy = $1 AND milligrams + $2 >= 0
      RETURNING milligrams`,
    [change.alloy, change.milligrams],
  );
  if (!balance) return null;
  await rows(
    tx.manager,
    `INSERT INTO stock_movement (kind, alloy, location_id, milligrams, reason, actor, actor_role, request_id)
     VALUES ($1, $2, 'atelier', $3, $4, $5, $6, $7)`,
    [change.kind, change.alloy, change.milligrams, change.reason, actor.actor, actor.role, actor.requestId],
  );
  return Number(balance.milligrams);
}
