import type { PostgresSubgraphDefinition } from '@elysium/subgraph-kit';
import { CreateStockItem1764057600000 } from './migrations/1764057600000-create-stock-item';
import { ProductRef } from './references/entity-stubs';
import { StockItem } from './stock/stock-item.entity';
import { StockResolver } from './stock/stock.resolver';
import { seedStock } from './seed';
import { createInventoryServices, type InventoryServices } from './services';

/** The inventory subgraph: what is in the vault. Owns Postgres schema `inventory`. */
export const inventorySubgraph: PostgresSubgraphDefinition<InventoryServices> = {
  name: 'inventory',
  schema: 'inventory',
  entities: [StockItem],
  migrations: [CreateStockItem1764057600000],
  resolvers: [StockResolver],
  orphanedTypes: [ProductRef],
  createServices: createInventoryServices,
  // A Product reference needs nothing loaded here: `availability` batches its own lookups and gets
  // leadTimeWeeks from the catalog through @requires.
  references: () => ({
    Product: {
      __resolveReference: (reference: { id: string; leadTimeWeeks?: number | null }) => ({
        id: reference.id,
        leadTimeWeeks: reference.leadTimeWeeks ?? null,
      }),
    },
  }),
  seedDemoData: (_services, dataSource) => seedStock(dataSource),
};
