import type { DataSource } from 'typeorm';
import { rows } from '@elysium/subgraph-kit';
import { NO_STOCK, type StockCount } from './availability';

interface CountRow {
  key: string;
  location_id: string;
  available: number;
  reserved: number;
}

/** Sums rows of (key, location) into one count per key, in the order asked. */
function countsByKey(keys: readonly string[], found: readonly CountRow[]): StockCount[] {
  const counts = new Map<string, StockCount>();
  for (const row of found) {
    const count = counts.get(row.key) ?? { available: 0, reserved: 0, locationIds: [] };
    count.available += row.available;
    count.reserved += row.reserved;
    if (row.available > 0) count.locationIds.push(row.location_id);
    counts.set(row.key, count);
  }
  return keys.map((key) => counts.get(key) ?? NO_STOCK);
}

/** What can be bought now, at sellable locations: one SQL statement for any number of pieces or stones. */
export class AvailabilityService {
  constructor(private readonly dataSource: DataSource) {}

  /** A piece's counted stock (every variant) and its serialised units. */
  async forProducts(productIds: readonly string[]): Promise<StockCount[]> {
    const found = await rows<CountRow>(
      this.dataSource.manager,
      `SELECT s.key, s.location_id, sum(s.available)::int AS available, sum(s.reserved)::int AS reserved
         FROM (SELECT l.product_id AS key, l.location_id, l.on_hand - l.reserved AS available, l.reserved
                 FROM stock_level l JOIN stock_location loc ON loc.id = l.location_id AND loc.sellable
                WHERE l.product_id = ANY($1)
               UNION ALL
               SELECT u.product_id, u.location_id, (u.status <> 'RESERVED')::int, (u.status = 'RESERVED')::int
                 FROM stock_unit u JOIN stock_location loc ON loc.id = u.location_id AND loc.sellable
                WHERE u.product_id = ANY($1) AND u.status IN ('AVAILABLE', 'ON_CONSIGNMENT', 'RESERVED')) s
        GROUP BY s.key, s.location_id`,
      [productIds],
    );
    return countsByKey(productIds, found);
  }

  /** A certified stone: free, held in a checkout, or neither. */
  async forStones(stoneIds: readonly string[]): Promise<StockCount[]> {
    const found = await rows<CountRow>(
      this.dataSource.manager,
      `SELECT u.stone_id AS key, u.location_id, (u.status <> 'RESERVED')::int AS available, (u.status = 'RESERVED')::int AS reserved
         FROM stock_unit u JOIN stock_location loc ON loc.id = u.location_id AND loc.sellable
        WHERE u.stone_id = ANY($1) AND u.status IN ('AVAILABLE', 'ON_CONSIGNMENT', 'RESERVED')`,
      [stoneIds],
    );
    return countsByKey(stoneIds, found);
  }
}
