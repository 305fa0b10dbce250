import { vatIncluded, type CurrencyCode } from '@elysium/subgraph-kit';
import type { StoredLine } from '../cart/cart.service';
import { LineKind } from '../cart/line-kind';
import type { CataloguePrice } from '../pricing/catalog-prices';
import type { PlaceOrderInput } from './checkout.inputs';
import { DELIVERY_PRICES, DeliveryMethod } from './delivery';

/**
 * The order's money, all in pence: catalogue prices include UK VAT; an export outside the UK is
 * zero-rated, so its price is the net (the VAT taken out) and its VAT is zero.
 */
export function orderTotals(
  lines: readonly StoredLine[],
  prices: ReadonlyMap<string, CataloguePrice | null>,
  input: PlaceOrderInput,
  designOf: (line: StoredLine) => Record<string, unknown> | null,
  depositPercent = 100,
) {
  const exported = input.delivery.method === DeliveryMethod.INTERNATIONAL_INSURED && input.delivery.address?.countryCode !== 'GB';
  const currency = prices.get(lines[0].id)!.currency as CurrencyCode;
  const priced = lines.map((line, position) => {
    const gross = prices.get(line.id)!.unitPrice;
    const unit = exported ? gross - vatIncluded(gross) : gross;
    return {
      id: line.id,
      position,
      kind: line.kind,
      product_id: line.product_id ?? line.stone_id,
      sku: line.sku,
      stone_id: line.stone_id,
      configuration: designOf(line),
      title: prices.get(line.id)!.title,
      quantity: line.quantity,
      unit_price: unit,
      vat: exported ? 0 : vatIncluded(unit) * line.quantity,
      // Made for this client: a bespoke design, or a piece the catalogue makes to order.
      made: line.kind === LineKind.CONFIGURED || prices.get(line.id)!.leadTimeWeeks !== null,
    };
  });
  const shippingGross = DELIVERY_PRICES[input.delivery.method];
  const shipping = exported ? shippingGross - vatIncluded(shippingGross) : shippingGross;
  const goods = priced.reduce((sum, l) => sum + l.unit_price * l.quantity, 0);
  const vat = priced.reduce((sum, l) => sum + l.vat, 0) + (exported ? 0 : vatIncluded(shipping));
  // What is made for the client takes a deposit now and the balance before dispatch; the rest is paid in full.
  const made = priced.filter((l) => l.made).reduce((sum, l) => sum + l.unit_price * l.quantity, 0);
  const balance = made - Math.round((made * depositPercent) / 100);
  return { currency, lines: priced, shipping, total: goods + shipping, vat, balance };
}
