import { internalCallHeaders, upstreamUnavailable, type Logger } from '@elysium/subgraph-kit';

/** A catalogue stone as stock control checks it on receipt: its grading report must match. */
export interface CatalogStone {
  id: string;
  lab: string;
  certificateNumber: string;
}

/**
 * What inventory asks the catalog (the source of truth for products) before it takes stock in: that
 * a SKU, piece or stone exists, and which product a SKU belongs to. Stock of a typo is stock no
 * client can ever buy, so receiving refuses what the catalogue does not know.
 */
export interface CatalogDirectory {
  /** The product id of the variant `sku`; null when no product has it. */
  productOfSku(sku: string): Promise<string | null>;
  /** Whether the product exists (published). */
  productExists(productId: string): Promise<boolean>;
  stone(stoneId: string): Promise<CatalogStone | null>;
}

const CATALOG_TIMEOUT_MS = 5000;

/** The catalog subgraph over HTTP, signed as the inventory service (staff operations only; never on checkout's path). */
export class CatalogSubgraphDirectory implements CatalogDirectory {
  constructor(
    private readonly url: string,
    private readonly identitySecret: string,
    private readonly log: Logger,
  ) {}

  async productOfSku(sku: string): Promise<string | null> {
    const data = await this.query<{ product: { id: string } | null }>(`query ($sku: String) { product(sku: $sku) { id } }`, { sku });
    return data.product?.id ?? null;
  }

  async productExists(productId: string): Promise<boolean> {
    const data = await this.query<{ product: { id: string } | null }>(`query ($id: ID) { product(id: $id) { id } }`, { id: productId });
    return data.product !== null;
  }

  async stone(stoneId: string): Promise<CatalogStone | null> {
    const data = await this.query<{ stone: CatalogStone | null }>(`query ($id: ID!) { stone(id: $id) { id lab certificateNumber } }`, {
      id: stoneId,
    });
    return data.stone;
  }

  private async query<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    try {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...internalCallHeaders('catalog', this.identitySecret, null, 'inventory', { query, variables }),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(CATALOG_TIMEOUT_MS),
      });
      const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
      if (!response.ok || body.errors?.length || !body.data)
        throw new Error(`catalog answered ${response.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
      return body.data;
    } catch (error) {
      this.log.warn({ err: error }, 'catalog lookup failed');
      throw upstreamUnavailable('catalog', error);
    }
  }
}
