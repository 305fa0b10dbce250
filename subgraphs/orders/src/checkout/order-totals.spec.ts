import type { StoredLine } from '../cart/cart.service';
import { LineKind } from '../cart/line-kind';
import type { CataloguePrice } from '../pricing/catalog-prices';
import type { PlaceOrderInput } from './checkout.inputs';
import { DeliveryMethod } from './delivery';
import { orderTotals } from './order-totals';

const line = (id: string, kind: LineKind, quantity = 1): StoredLine => ({
  id,
  kind,
  product_id: 'p',
  sku: kind === LineKind.SKU ? `S-${id}` : null,
  stone_id: null,
  quote_token: null,
  quantity,
  price_when_added: 0,
  saved_for_later: false,
  added_at: new Date(),
});
const price = (unitPrice: number, leadTimeWeeks: number | null = null): CataloguePrice => ({
  title: 'T',
  unitPrice,
  currency: 'GBP' as CataloguePrice['currency'],
  leadTimeWeeks,
});
const to = (method: DeliveryMethod, countryCode = 'GB') =>
  ({ delivery: { method, address: { recipientName: 'R', line1: 'L', city: 'C', postcode: 'P', countryCode } } }) as PlaceOrderInput;

describe('orderTotals', () => {
  it('includes UK VAT in every price and states it', () => {
    const lines = [line('a', LineKind.SKU, 2)];
    const totals = orderTotals(lines, new Map([['a', price(120_000)]]), to(DeliveryMethod.UK_NEXT_DAY_INSURED), () => null);
    expect(totals).toEqual(expect.objectContaining({ total: 240_000, vat: 40_000, shipping: 0, balance: 0 }));
  });

  it('zero-rates an export: the net price, the net delivery, no VAT', () => {
    const lines = [line('a', LineKind.PIECE)];
    const totals = orderTotals(lines, new Map([['a', price(120_000)]]), to(DeliveryMethod.INTERNATIONAL_INSURED, 'FR'), () => null);
    expect(totals).toEqual(expect.objectContaining({ total: 100_000 + 9_500 - Math.round(9_500 / 6), vat: 0 }));
  });

  it('leaves the balance of what is made for the client (a design or a made-to-order piece) for later', () => {
    const lines = [line('stock', LineKind.SKU), line('made', LineKind.PIECE), line('bespoke', LineKind.CONFIGURED)];
    const prices = new Map([
      ['stock', price(100_000)],
      ['made', price(200_000, 8)],
      ['bespoke', price(300_000)],
    ]);
    const totals = orderTotals(lines, prices, to(DeliveryMethod.UK_NEXT_DAY_INSURED), () => null, 30);
    expect(totals.total).toBe(600_000);
    expect(totals.balance).toBe(500_000 - 150_000);
    expect(totals.lines.map((l) => l.made)).toEqual([false, true, true]);
  });
});
