import type { DataSource } from 'typeorm';
import { StockLocation, type LocationKind } from './stock-location.entity';

/**
 * The stock locations, read once per process: they are set by migrations (a new showroom is a
 * release, not a form), so hot paths never spend a statement on them.
 */
export class LocationDirectory {
  private loaded?: Promise<StockLocation[]>;

  constructor(private readonly dataSource: DataSource) {}

  all(): Promise<StockLocation[]> {
    this.loaded ??= this.dataSource
      .getRepository(StockLocation)
      .find({ order: { sortOrder: 'ASC' } })
      .catch((error: unknown) => {
        this.loaded = undefined;
        throw error;
      });
    return this.loaded;
  }

  async find(id: string): Promise<StockLocation | null> {
    return (await this.all()).find((location) => location.id === id) ?? null;
  }

  /** Sellable locations and the order checkout draws from them in. */
  async sellableOrder(): Promise<Map<string, number>> {
    return new Map((await this.all()).filter((l) => l.sellable).map((l) => [l.id, l.sortOrder]));
  }

  async kinds(): Promise<Map<string, LocationKind>> {
    return new Map((await this.all()).map((l) => [l.id, l.kind]));
  }
}
