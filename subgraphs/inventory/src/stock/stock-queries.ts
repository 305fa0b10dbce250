import type { DataSource } from 'typeorm';
import { entitiesFromRows, rows } from '@elysium/subgraph-kit';
import { LowStockAlert } from '../alerts/low-stock-alert.entity';
import { StockTransfer, type TransferStatus } from '../transfers/stock-transfer.entity';
import { StockUnit, type UnitStatus } from '../units/stock-unit.entity';
import { LocationStock } from './location-stock.entity';
import { StockLevel } from './product-stock';

/** Staff reads of stock: one statement each, bounded by `first`. */
export class StockQueries {
  constructor(private readonly dataSource: DataSource) {}

  private async list<E extends object>(entity: new () => E, text: string, values: unknown[]): Promise<E[]> {
    return entitiesFromRows(this.dataSource.manager, entity, await rows<Record<string, unknown>>(this.dataSource.manager, text, values));
  }

  /** Each product's totals over every location, counted and serialised; untracked products are left out. */
  async productTotals(productIds: readonly string[]): Promise<StockLevel[]> {
    const found = await rows<{ product_id: string; on_hand: number; reserved: number; updated_at: Date }>(
      this.dataSource.manager,
      `SELECT product_id, sum(on_hand)::int AS on_hand, sum(reserved)::int AS reserved, max(updated_at) AS updated_at
         FROM (SELECT product_id, on_hand, reserved, updated_at FROM stock_level WHERE product_id = ANY($1)
               UNION ALL
               SELECT product_id, (status NOT IN ('SOLD', 'IN_TRANSIT'))::int, (status = 'RESERVED')::int, updated_at
                 FROM stock_unit WHERE product_id = ANY($1)) s
        GROUP BY product_id`,
      [productIds],
    );
    const byId = new Map(found.map((row) => [row.product_id, new StockLevel(row.product_id, row.on_hand, row.reserved, row.updated_at)]));
    return productIds.flatMap((id) => byId.get(id) ?? []);
  }

  locationStock(
    filter: { productIds?: string[] | null; skus?: string[] | null; locationId?: string | null },
    first: number,
  ): Promise<LocationStock[]> {
    return this.list(
      LocationStock,
      `SELECT * FROM stock_level
        WHERE ($1::text[] IS NULL OR product_id = ANY($1)) AND ($2::text[] IS NULL OR sku = ANY($2)) AND ($3::text IS NULL OR location_id = $3)
        ORDER BY product_id, sku NULLS FIRST, location_id LIMIT $4`,
      [filter.productIds ?? null, filter.skus ?? null, filter.locationId ?? null, first],
    );
  }

  units(
    filter: { productId?: string | null; stoneId?: string | null; locationId?: string | null; status?: UnitStatus | null },
    first: number,
  ): Promise<StockUnit[]> {
    return this.list(
      StockUnit,
      `SELECT * FROM stock_unit
        WHERE ($1::text IS NULL OR product_id = $1) AND ($2::text IS NULL OR stone_id = $2)
          AND ($3::text IS NULL OR location_id = $3) AND ($4::text IS NULL OR status = $4)
        ORDER BY serial_number LIMIT $5`,
      [filter.productId ?? null, filter.stoneId ?? null, filter.locationId ?? null, filter.status ?? null, first],
    );
  }

  async unitBySerial(serialNumber: string): Promise<StockUnit | null> {
    return (await this.list(StockUnit, `SELECT * FROM stock_unit WHERE serial_number = $1`, [serialNumber]))[0] ?? null;
  }

  transfers(status: TransferStatus | null, first: number): Promise<StockTransfer[]> {
    return this.list(StockTransfer, `SELECT * FROM stock_transfer WHERE ($1::text IS NULL OR status = $1) ORDER BY sent_at DESC LIMIT $2`, [
      status,
      first,
    ]);
  }

  alerts(openOnly: boolean, first: number): Promise<LowStockAlert[]> {
    return this.list(LowStockAlert, `SELECT * FROM low_stock_alert WHERE NOT $1 OR cleared_at IS NULL ORDER BY raised_at DESC LIMIT $2`, [
      openOnly,
      first,
    ]);
  }
}
