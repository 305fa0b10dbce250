import { In, type DataSource } from 'typeorm';
import { StockItem } from './stock-item.entity';

/** Reads and counts stock. */
export class StockService {
  constructor(private readonly dataSource: DataSource) {}

  /** One SQL statement for any number of products. */
  async findByProductIds(productIds: readonly string[]): Promise<StockItem[]> {
    return this.dataSource.getRepository(StockItem).findBy({ productId: In([...productIds]) });
  }
}
