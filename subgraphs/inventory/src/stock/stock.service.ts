import { In, type DataSource } from 'typeorm';
import { StockItem } from './stock-item.entity';

/** Reads and counts stock. */
export class StockService {
  constructor(private readonly dataSource: DataSource) {}

  /** One SQL statement for any number of products. */
  async findByProductIds(productIds: readonly string[]): Promise<StockItem[]> {
    return this.dataSource.getRepository(StockItem).findBy({ productId: In([...productIds]) });
  }

  /** Sets the counted units of products not yet tracked; counts already present are kept. */
  async importStock(onHandByProduct: Record<string, number>): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(StockItem)
      .values(Object.entries(onHandByProduct).map(([productId, onHand]) => ({ productId, onHand, reserved: 0 })))
      .orIgnore()
      .execute();
  }
}
