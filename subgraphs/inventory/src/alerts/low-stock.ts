import { rows, type Tx } from '@elysium/subgraph-kit';
import type { LocationStock } from '../stock/location-stock.entity';
import { MovementKind } from '../ledger/stock-movement.entity';

/** Movements that bring stock back: only these clear an alert (a released hold is not a restock). */
const REPLENISHING = new Set<MovementKind>([MovementKind.RECEIPT, MovementKind.TRANSFER_IN, MovementKind.RETURN, MovementKind.ADJUSTMENT]);

/**
 * Raises an alert, and mails stock control through the outbox, when a count's available stock falls
 * to its threshold from above: once per crossing, not once per sale, because a count with an open
 * alert raises no other. The alert clears when a restock lifts it above the threshold again; holds
 * that are released or expire do not clear it, so a busy piece does not flap.
 */
export async function noticeLowStock(
  tx: Tx,
  changes: ReadonlyArray<{ level: LocationStock; onHand: number; reserved: number; kind: MovementKind }>,
  after: readonly LocationStock[],
): Promise<void> {
  for (const level of after) {
    if (level.lowStockThreshold == null) continue;
    const own = changes.filter((c) => c.level.id === level.id);
    const before = level.available - own.reduce((sum, c) => sum + c.onHand - c.reserved, 0);
    if (level.available <= level.lowStockThreshold && before > level.lowStockThreshold) {
      await raiseLowStockAlert(tx, level);
    } else if (level.available > level.lowStockThreshold && own.some((c) => REPLENISHING.has(c.kind))) {
      await rows(tx.manager, `UPDATE low_stock_alert SET cleared_at = now() WHERE level_id = $1 AND cleared_at IS NULL`, [level.id]);
    }
  }
}

/** Opens an alert for `level` unless one is open, and mails stock control after commit. */
export async function raiseLowStockAlert(tx: Tx, level: LocationStock): Promise<void> {
  const [alert] = await rows<{ id: string }>(
    tx.manager,
    `INSERT INTO low_stock_alert (level_id, threshold, available) VALUES ($1, $2, $3)
     ON CONFLICT (level_id) WHERE cleared_at IS NULL DO NOTHING
     RETURNING id`,
    [level.id, level.lowStockThreshold, level.available],
  );
  if (alert) await tx.enqueue('inventory.low-stock-mail', { alertId: alert.id });
}
