import type { DataSource } from 'typeorm';
import { DEMO_STOCK } from '@elysium/demo';
import { StockItem } from './stock/stock-item.entity';

/** The demo vault counts; products already tracked keep their counts. */
export async function seedStock(dataSource: DataSource, onHandByProduct: Record<string, number> = DEMO_STOCK): Promise<void> {
  await dataSource
    .createQueryBuilder()
    .insert()
    .into(StockItem)
    .values(Object.entries(onHandByProduct).map(([productId, onHand]) => ({ productId, onHand, reserved: 0 })))
    .orIgnore()
    .execute();
}
