import type { DataSource } from 'typeorm';
import { byKey, defineLoader } from '@elysium/subgraph-kit';
import { StockService } from './stock/stock.service';
import type { StockItem } from './stock/stock-item.entity';

/** Everything the inventory resolvers need, built once per process. */
export function createInventoryServices(dataSource: DataSource) {
  const stock = new StockService(dataSource);
  return {
    stock,
    stockByProductId: defineLoader<string, StockItem | null>(async (ids) =>
      byKey(ids, await stock.findByProductIds(ids), (item) => item.productId),
    ),
  };
}

export type InventoryServices = ReturnType<typeof createInventoryServices>;
