import type { LocationStock } from '../stock/location-stock.entity';
import type { StockRef } from '../stock/stock-ref';
import { RESERVABLE_STATUSES, type StockUnit } from '../units/stock-unit.entity';
import { ShortLine } from './reservation.errors';

/** One requested line, validated. */
export interface RequestedLine {
  ref: StockRef;
  quantity: number;
}

/** What one line takes: `quantity` of a count, or one unit. */
export type Allocation =
  | { line: number; level: LocationStock; quantity: number; unit?: undefined }
  | { line: number; unit: StockUnit; quantity: 1; level?: undefined };

/** Where sellable stock is drawn from first (the vault before the showroom before consignment). */
export type LocationOrder = ReadonlyMap<string, number>;

/**
 * All or nothing, decided on locked rows: every line gets its stock, or the short lines are named
 * and nothing is taken. Pure, so its rules are tested without a database. A piece as a whole takes
 * its free serialised units first, then stock counted without a variant. Lines drawing on the same
 * stock share it: two lines of one SKU cannot both take the last one.
 */
export function allocate(
  lines: readonly RequestedLine[],
  levels: readonly LocationStock[],
  units: readonly StockUnit[],
  order: LocationOrder,
): { allocations: Allocation[]; short: ShortLine[] } {
  const rank = (locationId: string | null) =>
    locationId === null ? Number.MAX_SAFE_INTEGER : (order.get(locationId) ?? Number.MAX_SAFE_INTEGER);
  const sellable = (locationId: string | null) => locationId !== null && order.has(locationId);
  const left = new Map(levels.map((level) => [level.id, level.available]));
  const takenUnits = new Set<string>();
  const freeUnit = (unit: StockUnit) => !takenUnits.has(unit.id) && RESERVABLE_STATUSES.includes(unit.status) && sellable(unit.locationId);
  const byRank = <T>(items: T[], locationOf: (item: T) => string | null) => items.sort((a, b) => rank(locationOf(a)) - rank(locationOf(b)));

  const allocations: Allocation[] = [];
  const short: ShortLine[] = [];
  lines.forEach(({ ref, quantity }, line) => {
    const taken: Allocation[] = [];
    let wanted = quantity;
    if (ref.kind === 'unit' || ref.kind === 'stone') {
      const unit = units.find((u) => (ref.kind === 'unit' ? u.id === ref.unitId : u.stoneId === ref.stoneId));
      if (unit && quantity === 1 && freeUnit(unit)) taken.push({ line, unit, quantity: 1 });
      wanted = taken.length ? 0 : quantity;
      if (wanted) short.push(new ShortLine(line, ref.kind === 'unit' ? { unitId: ref.unitId } : { stoneId: ref.stoneId }, quantity, 0));
    } else {
      const pieceUnits =
        ref.kind === 'piece'
          ? byRank(
              units.filter((u) => u.productId === ref.productId && freeUnit(u)),
              (u) => u.locationId,
            )
          : [];
      for (const unit of pieceUnits) {
        if (wanted === 0) break;
        taken.push({ line, unit, quantity: 1 });
        takenUnits.add(unit.id);
        wanted--;
      }
      const counts = byRank(
        levels.filter(
          (level) =>
            sellable(level.locationId) &&
            (ref.kind === 'sku' ? level.sku === ref.sku : level.sku === null && level.productId === ref.productId),
        ),
        (level) => level.locationId,
      );
      for (const level of counts) {
        const take = Math.min(wanted, left.get(level.id) ?? 0);
        if (take <= 0) continue;
        taken.push({ line, level, quantity: take });
        left.set(level.id, (left.get(level.id) ?? 0) - take);
        wanted -= take;
      }
      if (wanted > 0) {
        const had = quantity - wanted;
        short.push(new ShortLine(line, ref.kind === 'sku' ? { sku: ref.sku } : { productId: ref.productId }, quantity, had));
      }
    }
    for (const allocation of taken) if (allocation.unit) takenUnits.add(allocation.unit.id);
    allocations.push(...taken);
  });
  return { allocations, short };
}
