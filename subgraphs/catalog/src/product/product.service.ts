import type { ContentLake } from '../sanity/content-lake';
import { PRODUCT_PROJECTION, toProduct, type Product, type ProductRow } from './product.model';

const PUBLISHED_PRODUCTS = `_type == "product" && !(_id in path("drafts.**"))`;

/** Reads products from Sanity; each method is exactly one GROQ request. */
export class ProductService {
  constructor(private readonly lake: ContentLake) {}

  async findByIds(ids: readonly string[]): Promise<Product[]> {
    const rows = await this.lake.fetch<ProductRow[]>(`*[${PUBLISHED_PRODUCTS} && _id in $ids]${PRODUCT_PROJECTION}`, { ids });
    return rows.map(toProduct);
  }

  async findBySlug(slug: string): Promise<Product | null> {
    const row = await this.lake.fetch<ProductRow | null>(`*[${PUBLISHED_PRODUCTS} && slug.current == $slug][0]${PRODUCT_PROJECTION}`, {
      slug,
    });
    return row ? toProduct(row) : null;
  }

  /** One page, title order, and the total, in a single request. */
  async page(offset: number, limit: number): Promise<{ products: Product[]; total: number }> {
    const result = await this.lake.fetch<{ rows: ProductRow[]; total: number }>(
      `{
        "rows": *[${PUBLISHED_PRODUCTS}] | order(title asc, _id asc) [$offset...$end]${PRODUCT_PROJECTION},
        "total": count(*[${PUBLISHED_PRODUCTS}])
      }`,
      { offset, end: offset + limit },
    );
    return { products: result.rows.map(toProduct), total: result.total };
  }
}
