import type { ImageUrlBuilder } from '../sanity/images';
import type { ContentLake } from '../sanity/content-lake';
import { PRODUCT_PROJECTION, Product, type ProductRow } from './product.model';
import { productFilterGroq, ProductSort, SORT_ORDER, type ProductFilter } from './product-filter.input';

/** Published products only: drafts live under `drafts.` ids and never reach the public graph. */
export const PUBLISHED_PRODUCTS = `_type == "product" && !(_id in path("drafts.**"))`;

/** Reads products from Sanity; each method is exactly one GROQ request (or none, when cached). */
export class ProductService {
  /**
   * Products are immutable, and a cached GROQ answer hands back the same row objects, so each row is
   * turned into a Product once and shared by every request that reads it until the cache moves on.
   */
  private readonly built = new WeakMap<ProductRow, Product>();

  constructor(
    private readonly lake: ContentLake,
    private readonly urls: ImageUrlBuilder,
  ) {}

  private toProduct(row: ProductRow): Product {
    let product = this.built.get(row);
    if (!product) {
      product = new Product(row, this.urls);
      this.built.set(row, product);
    }
    return product;
  }

  async findByIds(ids: readonly string[]): Promise<Product[]> {
    const rows = await this.lake.fetch<ProductRow[]>(`*[${PUBLISHED_PRODUCTS} && _id in $ids]${PRODUCT_PROJECTION}`, { ids });
    return rows.map((row) => this.toProduct(row));
  }

  async findBySlug(slug: string): Promise<Product | null> {
    const row = await this.lake.fetch<ProductRow | null>(`*[${PUBLISHED_PRODUCTS} && slug.current == $slug][0]${PRODUCT_PROJECTION}`, {
      slug,
    });
    return row ? this.toProduct(row) : null;
  }

  async findBySku(sku: string): Promise<Product | null> {
    const row = await this.lake.fetch<ProductRow | null>(`*[${PUBLISHED_PRODUCTS} && $sku in variants[].sku][0]${PRODUCT_PROJECTION}`, {
      sku,
    });
    return row ? this.toProduct(row) : null;
  }

  /** One page of the filtered, sorted list and the total that match, in a single request. */
  async page(options: {
    offset: number;
    limit: number;
    filter?: ProductFilter | null;
    sort: ProductSort;
  }): Promise<{ products: Product[]; total: number }> {
    const { clauses, params } = productFilterGroq(options.filter);
    const where = [PUBLISHED_PRODUCTS, ...clauses].join(' && ');
    const result = await this.lake.fetch<{ rows: ProductRow[]; total: number }>(
      `{
        "rows": *[${where}] | order(${SORT_ORDER[options.sort]}) [$offset...$end]${PRODUCT_PROJECTION},
        "total": count(*[${where}])
      }`,
      { ...params, offset: options.offset, end: options.offset + options.limit },
    );
    return { products: result.rows.map((row) => this.toProduct(row)), total: result.total };
  }
}
