import type { ImageUrlBuilder } from '../sanity/images';
import type { ContentLake } from '../sanity/content-lake';
import { PRODUCT_PROJECTION, Product, type ProductRow } from './product.model';
import { productFilterGroq, ProductSort, SORT_ORDER, type ProductFilter } from './product-filter.input';

/** Published products only: drafts live under `drafts.` ids and never reach the public graph. */
export const PUBLISHED_PRODUCTS = `_type == "product" && !(_id in path("drafts.**"))`;

/** Reads products from Sanity; each method is exactly one GROQ request (or none, when cached). */
export class ProductService {
  constructor(
    private readonly lake: ContentLake,
    private readonly urls: ImageUrlBuilder,
  ) {}

  async findByIds(ids: readonly string[]): Promise<Product[]> {
    const rows = await this.lake.fetch<ProductRow[]>(`*[${PUBLISHED_PRODUCTS} && _id in $ids]${PRODUCT_PROJECTION}`, { ids });
    return rows.map((row) => new Product(row, this.urls));
  }

  async findBySlug(slug: string): Promise<Product | null> {
    const row = await this.lake.fetch<ProductRow | null>(`*[${PUBLISHED_PRODUCTS} && slug.current == $slug][0]${PRODUCT_PROJECTION}`, {
      slug,
    });
    return row ? new Product(row, this.urls) : null;
  }

  async findBySku(sku: string): Promise<Product | null> {
    const row = await this.lake.fetch<ProductRow | null>(`*[${PUBLISHED_PRODUCTS} && $sku in variants[].sku][0]${PRODUCT_PROJECTION}`, {
      sku,
    });
    return row ? new Product(row, this.urls) : null;
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
    return { products: result.rows.map((row) => new Product(row, this.urls)), total: result.total };
  }
}
