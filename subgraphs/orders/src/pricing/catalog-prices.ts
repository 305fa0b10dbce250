import { CurrencyCode, SubgraphClient } from '@elysium/subgraph-kit';

/** What the catalogue says a line costs now, VAT included, and what to call it. */
export interface CataloguePrice {
  title: string;
  unitPrice: number;
  currency: CurrencyCode;
  /** Weeks to make it when the catalogue makes it to order; null when it ships from stock. */
  leadTimeWeeks: number | null;
}

/** A line as the catalogue is asked about it. */
export type PricedRef = { kind: 'product'; productId: string; sku: string | null } | { kind: 'stone'; stoneId: string };

export const priceKey = (ref: PricedRef) => (ref.kind === 'stone' ? `stone:${ref.stoneId}` : `product:${ref.productId}:${ref.sku ?? ''}`);

interface ProductRow {
  __typename: 'Product';
  id: string;
  title: string;
  price: { amount: number; currency: CurrencyCode };
  leadTimeWeeks: number | null;
  variants: Array<{ sku: string; price: { amount: number } }>;
}
interface StoneRow {
  __typename: 'Stone';
  id: string;
  title: string;
  /** Aliased: Product.price is non-null, Stone.price is not, and one selection cannot ask for both. */
  stonePrice: { amount: number; currency: CurrencyCode } | null;
}

const PRODUCT_FIELDS = 'id title price { amount currency } leadTimeWeeks variants { sku price { amount } }';

/**
 * What the catalogue answered within one request, by `Typename:id` (null: it has no such entity).
 * A request that checks an item and then prices the cart holding it asks the catalogue once.
 */
export type CatalogueMemo = Map<string, ProductRow | StoneRow | null>;

/**
 * Prices from the catalog, the one source of truth for them: one call for a whole cart (entity
 * references, as the gateway would send), never a price the client sent. Nothing is kept between
 * requests: every cart read and every checkout prices from the catalogue as it is now.
 */
export class CataloguePrices {
  constructor(private readonly catalog: SubgraphClient) {}

  /** The product a variant SKU belongs to (null when no product has it), remembered with its prices. */
  async productOfSku(sku: string, memo: CatalogueMemo): Promise<string | null> {
    const data = await this.catalog.query<{ product: ProductRow | null }>(
      `query ($sku: String) { product(sku: $sku) { __typename ${PRODUCT_FIELDS} } }`,
      { sku },
    );
    if (data.product) memo.set(`Product:${data.product.id}`, data.product);
    return data.product?.id ?? null;
  }

  /** Current prices by priceKey; a line the catalogue no longer has (or prices on request) is absent. */
  async prices(refs: readonly PricedRef[], memo: CatalogueMemo = new Map()): Promise<Map<string, CataloguePrice>> {
    const wanted = (typename: string, ids: string[]) => [...new Set(ids)].filter((id) => !memo.has(`${typename}:${id}`));
    const products = wanted(
      'Product',
      refs.flatMap((r) => (r.kind === 'product' ? [r.productId] : [])),
    );
    const stones = wanted(
      'Stone',
      refs.flatMap((r) => (r.kind === 'stone' ? [r.stoneId] : [])),
    );
    if (products.length || stones.length) {
      const representations = [
        ...products.map((id) => ({ __typename: 'Product', id })),
        ...stones.map((id) => ({ __typename: 'Stone', id })),
      ];
      const data = await this.catalog.query<{ _entities: Array<ProductRow | StoneRow | null> }>(
        `query ($r: [_Any!]!) { _entities(representations: $r) {
           __typename
           ... on Product { ${PRODUCT_FIELDS} }
           ... on Stone { id title stonePrice: price { amount currency } }
         } }`,
        { r: representations },
      );
      representations.forEach((r, i) => memo.set(`${r.__typename}:${r.id}`, data._entities[i] ?? null));
    }
    const prices = new Map<string, CataloguePrice>();
    for (const ref of refs) {
      if (ref.kind === 'stone') {
        const stone = memo.get(`Stone:${ref.stoneId}`) as StoneRow | undefined;
        if (stone?.stonePrice)
          prices.set(priceKey(ref), {
            title: stone.title,
            unitPrice: stone.stonePrice.amount,
            currency: stone.stonePrice.currency,
            leadTimeWeeks: null,
          });
        continue;
      }
      const product = memo.get(`Product:${ref.productId}`) as ProductRow | undefined;
      if (!product) continue;
      const variant = ref.sku ? product.variants.find((v) => v.sku === ref.sku) : null;
      if (ref.sku && !variant) continue;
      prices.set(priceKey(ref), {
        title: product.title,
        unitPrice: variant ? variant.price.amount : product.price.amount,
        currency: product.price.currency,
        leadTimeWeeks: product.leadTimeWeeks,
      });
    }
    return prices;
  }
}
