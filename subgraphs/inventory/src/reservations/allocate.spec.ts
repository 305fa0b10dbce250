import fc from 'fast-check';
import { LocationStock } from '../stock/location-stock.entity';
import { StockUnit, UnitStatus } from '../units/stock-unit.entity';
import { allocate, type RequestedLine } from './allocate';

const ORDER = new Map([
  ['vault', 1],
  ['showroom', 2],
]);

const level = (id: string, sku: string | null, locationId: string, onHand: number, reserved = 0, productId = 'p') =>
  Object.assign(new LocationStock(), { id, sku, productId, locationId, onHand, reserved, lowStockThreshold: null, updatedAt: new Date() });
const unit = (id: string, productId: string, locationId: string | null, status = UnitStatus.AVAILABLE) =>
  Object.assign(new StockUnit(), { id, productId, stoneId: null, serialNumber: id, locationId, status, reservationId: null });

describe('allocate', () => {
  it('draws from the vault before the showroom, and splits a line over both when it must', () => {
    const levels = [level('s', 'A', 'showroom', 2), level('v', 'A', 'vault', 1)];
    const { allocations, short } = allocate([{ ref: { kind: 'sku', sku: 'A' }, quantity: 2 }], levels, [], ORDER);
    expect(short).toEqual([]);
    expect(allocations.map((a) => [a.level!.id, a.quantity])).toEqual([
      ['v', 1],
      ['s', 1],
    ]);
  });

  it('never takes stock from a location that is not sellable, nor stock already held', () => {
    const levels = [level('a', 'A', 'atelier', 5), level('v', 'A', 'vault', 3, 2)];
    const { short } = allocate([{ ref: { kind: 'sku', sku: 'A' }, quantity: 2 }], levels, [], ORDER);
    expect(short).toEqual([expect.objectContaining({ line: 0, sku: 'A', requested: 2, available: 1 })]);
  });

  it('gives a piece its free units first, then its count without a variant, and never one unit to two lines', () => {
    const units = [
      unit('u1', 'p', 'vault'),
      unit('u2', 'p', 'vault', UnitStatus.RESERVED),
      unit('u3', 'p', 'atelier', UnitStatus.IN_ATELIER),
    ];
    const levels = [level('v', null, 'vault', 1)];
    const lines: RequestedLine[] = [
      { ref: { kind: 'piece', productId: 'p' }, quantity: 2 },
      { ref: { kind: 'unit', unitId: 'u1' }, quantity: 1 },
    ];
    const { allocations, short } = allocate(lines, levels, units, ORDER);
    expect(allocations.filter((a) => a.line === 0).map((a) => a.unit?.id ?? a.level?.id)).toEqual(['u1', 'v']);
    expect(short).toEqual([expect.objectContaining({ line: 1, unitId: 'u1', available: 0 })]);
  });

  it('never allocates more than a count has free, and is short exactly when the lines want more than there is', () => {
    const skus = ['A', 'B', 'C'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({ sku: fc.constantFrom(...skus), loc: fc.constantFrom('vault', 'showroom'), onHand: fc.nat(5), reserved: fc.nat(5) }),
          { maxLength: 6 },
        ),
        fc.array(fc.record({ sku: fc.constantFrom(...skus), quantity: fc.integer({ min: 1, max: 4 }) }), { minLength: 1, maxLength: 5 }),
        (rows, wanted) => {
          const unique = new Map(rows.map((r) => [`${r.sku}@${r.loc}`, r]));
          const levels = [...unique.values()].map((r, i) => level(`l${i}`, r.sku, r.loc, r.onHand + r.reserved, r.reserved));
          const lines: RequestedLine[] = wanted.map((w) => ({ ref: { kind: 'sku', sku: w.sku }, quantity: w.quantity }));
          const { allocations, short } = allocate(lines, levels, [], ORDER);
          for (const l of levels) {
            const taken = allocations.filter((a) => a.level?.id === l.id).reduce((sum, a) => sum + a.quantity, 0);
            expect(taken).toBeLessThanOrEqual(l.available);
          }
          for (const sku of skus) {
            const want = wanted.filter((w) => w.sku === sku).reduce((sum, w) => sum + w.quantity, 0);
            const have = levels.filter((l) => l.sku === sku).reduce((sum, l) => sum + l.available, 0);
            expect(short.some((s) => s.sku === sku)).toBe(want > have);
          }
        },
      ),
    );
  });
});
