import { SubgraphClient } from '@elysium/subgraph-kit';

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

/** The catalog subgraph over HTTP, signed as the inventory service (staff operations only; never on checkout's path). */
export class CatalogSubgraphDirectory implements CatalogDirectory {
  private readonly catalog: SubgraphClient;

  constructor(url: string, identitySecret: string) {
    this.catalog = new SubgraphClient('catalog', url, identitySecret, 'inventory');
  }

  async productOfSku(sku: string): Promise<string | null> {
    const data = await this.catalog.query<{ product: { id: string } | null }>(`query ($sku: String) { product(sku: $sku) { id } }`, {
      sku,
    });
    return data.product?.id ?? null;
  }

  async productExists(productId: string): Promise<boolean> {
    const data = await this.catalog.query<{ product: { id: string } | null }>(`query ($id: ID) { product(id: $id) { id } }`, {
      id: productId,
    });
    return data.product !== null;
  }

  async stone(stoneId: string): Promise<CatalogStone | null> {
    const data = await this.catalog.query<{ stone: CatalogStone | null }>(
      `query ($id: ID!) { stone(id: $id) { id lab certificateNumber } }`,
      { id: stoneId },
    );
    return data.stone;
  }
}
