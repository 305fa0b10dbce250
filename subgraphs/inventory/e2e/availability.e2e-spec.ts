import { readMetric } from '@elysium/subgraph-kit/testing';
import { startInventoryHarness, type InventoryHarness } from './inventory-harness';

/** Availability as the gateway asks for it: per status, and at a flat cost however long the list. */
describe('inventory availability', () => {
  let h: InventoryHarness;

  beforeAll(async () => {
    h = await startInventoryHarness('availability');
  });

  afterAll(async () => {
    await h?.stop();
  });

  it('reads any number of products (counted, serialised, untracked) in one SQL statement', async () => {
    // Given 100 products: counted stock, one-of-one units, and untracked (made to order)
    const products = await Promise.all(Array.from({ length: 100 }, () => h.newProduct(1)));
    for (const [i, product] of products.entries()) {
      if (i % 3 === 0) await h.receive(product.skus[0], 2);
      else if (i % 3 === 1) await h.receivePiece(product.id);
    }
    const statements = async (count: number) => {
      const before = await readMetric(h.url, 'elysium_sql_statements_total', 'inventory-e2e-identity-secret');
      const answers = await h.availability(
        products.slice(0, count).map((p) => p.id),
        6,
      );
      expect(answers).toHaveLength(count);
      return (await readMetric(h.url, 'elysium_sql_statements_total', 'inventory-e2e-identity-secret')) - before;
    };
    // When availability is asked for 1, 10 and 100 products
    // Then each request costs one statement, whatever the length
    expect([await statements(1), await statements(10), await statements(100)]).toEqual([1, 1, 1]);
    const answers = await h.availability(
      products.slice(0, 3).map((p) => p.id),
      6,
    );
    expect(answers.map((a) => a.status)).toEqual(['IN_STOCK', 'LOW_STOCK', 'MADE_TO_ORDER']);
  });

  it('tells a piece held in a checkout (RESERVED) from one sold out, and made to order from both', async () => {
    const [held, gone, commissioned] = await Promise.all([h.newProduct(1), h.newProduct(1), h.newProduct(1)]);
    await h.receive(held.skus[0], 1);
    await h.reserve([{ sku: held.skus[0], quantity: 1 }]);
    await h.receive(gone.skus[0], 1);
    await h.commit((await h.reserve([{ sku: gone.skus[0], quantity: 1 }])).id!);
    expect((await h.availability([held.id, gone.id])).map((a) => a.status)).toEqual(['RESERVED', 'SOLD_OUT']);
    expect(await h.availability([commissioned.id], 8)).toEqual([expect.objectContaining({ status: 'MADE_TO_ORDER', leadTimeWeeks: 8 })]);
  });

  it('never counts stock at the atelier (work in hand) as available', async () => {
    const { id, skus } = await h.newProduct(1);
    await h.receive(skus[0], 3, 'atelier');
    expect(await h.availability([id])).toEqual([
      expect.objectContaining({ status: 'SOLD_OUT', quantityAvailable: 0, viewingLocations: [] }),
    ]);
  });
});
