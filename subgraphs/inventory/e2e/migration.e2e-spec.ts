import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '@elysium/subgraph-kit/testing';
import { verifyLedger } from '../src/ledger/ledger-check';
import { CreateStockItem1764057600000 } from '../src/migrations/1764057600000-create-stock-item';
import { StockLedger1764500000000 } from '../src/migrations/1764500000000-stock-ledger';

/** The ledger migration on a database that already holds vault counts: nothing is lost. */
describe('inventory stock ledger migration', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase('inventory_migration');
  });

  afterAll(async () => {
    await database?.drop();
  });

  const connect = async (migrations: Array<new () => object>) => {
    const dataSource = new DataSource({ type: 'postgres', url: database.url, schema: 'public', migrations });
    await dataSource.initialize();
    return dataSource;
  };

  it('keeps every old count as stock in the vault, explained by an opening balance in the ledger', async () => {
    // Given yesterday's schema with three vault counts
    const before = await connect([CreateStockItem1764057600000]);
    await before.runMigrations();
    await before.query(
      `INSERT INTO stock_item (product_id, on_hand, reserved) VALUES ('product-a', 3, 0), ('product-b', 1, 1), ('product-c', 0, 0)`,
    );
    await before.destroy();
    // When the ledger migration runs
    const after = await connect([CreateStockItem1764057600000, StockLedger1764500000000]);
    await after.runMigrations();
    // Then each count is in the vault with the same figures, and the ledger agrees with every one
    const levels = await after.query(`SELECT product_id, sku, location_id, on_hand, reserved FROM stock_level ORDER BY product_id`);
    expect(levels).toEqual([
      { product_id: 'product-a', sku: null, location_id: 'vault', on_hand: 3, reserved: 0 },
      { product_id: 'product-b', sku: null, location_id: 'vault', on_hand: 1, reserved: 1 },
      { product_id: 'product-c', sku: null, location_id: 'vault', on_hand: 0, reserved: 0 },
    ]);
    expect(await verifyLedger(after.manager)).toEqual([]);
    expect(await after.query(`SELECT to_regclass('stock_item') AS gone`)).toEqual([{ gone: null }]);
    await after.destroy();
  });
});
