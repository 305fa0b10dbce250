import type { ImageUrlBuilder } from '../sanity/images';
import type { ContentLake } from '../sanity/content-lake';
import { published } from '../sanity/published';
import { PRODUCT_PROJECTION, Product, type ProductRow } from './product.model';
import { productFilterGroq, ProductSort, SORT_ORDER, type ProductFilter } from './product-filter.input';

/** Every GROQ query the service sends, exported so the content-model spec checks them. */
export const PRODUCT_QUERIES = {
  byIds: `*[${published('product')} && _id in $ids]${PRODUCT_PROJECTION}`,
  bySlug: `*[${published('product')} && slug.current in $slugs]${PRODUCT_PROJECTION}`,
  bySku: `*[${published('product')} && count((variants[].sku)[@ in $skus]) > 0]${PRODUCT_PROJECTION}`,
  /** One page of the list narrowed by `clauses`, and how many match in all, in one request. */
  page: (clauses: string[], sort: ProductSort) => {
    const where = [published('product'), ...clauses].join(' && ');
    return `{ "rows": *[${where}] | order(${SORT_ORDER[sort]}) [$offset...$end]${PRODUCT_PROJECTION}, "total": count(*[${where}]) }`;
  },
};

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
    const rows = await this.lake.fetch<ProductRow[]>(PRODUCT_QUERIES.byIds, { ids });
    return rows.map((row) => this.toProduct(row));
  }

  /** Products by slug, for any number of slugs in one request (DataLoader batches a request's lookups). */
  async findBySlugs(slugs: readonly string[]): Promise<Product[]> {
    const rows = await this.lake.fetch<ProductRow[]>(PRODUCT_QUERIES.bySlug, { slugs });
    return rows.map((row) => this.toProduct(row));
  }

  /** Products holding any of the variant SKUs, in one request. */
  async findBySkus(skus: readonly string[]): Promise<Product[]> {
    const rows = await this.lake.fetch<ProductRow[]>(PRODUCT_QUERIES.bySku, { skus });
    return rows.map((row) => this.toProduct(row));
  }

  /** One page of the filtered, sorted list and the total that match, in a single request. */
  async page(options: {
    offset: number;
    limit: number;
    filter?: ProductFilter | null;
    sort: ProductSort;
  }): Promise<{ products: Product[]; total: number }> {
    const { clauses, params } = productFilterGroq(options.filter);
    const result = await this.lake.fetch<{ rows: ProductRow[]; total: number }>(PRODUCT_QUERIES.page(clauses, options.sort), {
      ...params,
      offset: options.offset,
      end: options.offset + options.limit,
    });
    return { products: result.rows.map((row) => this.toProduct(row)), total: result.total };
  }
}
