import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { ARGUMENT_LIMITS, badUserInput, requireInRange, requireMaxLength, type SubgraphContext } from '@elysium/subgraph-kit';
import { decodeCursor, ProductConnection, toConnection } from './product-connection';
import { ProductFilter, ProductSort } from './product-filter.input';
import { Product } from './product.model';
import type { CatalogServices } from '../services';

/** Root fields for browsing the catalogue. Public: no sign-in needed. */
@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly services: CatalogServices) {}

  @Query(() => Product, {
    nullable: true,
    description: 'One product by id, slug or variant SKU (give exactly one); null when there is none.',
  })
  async product(
    @Ctx() context: SubgraphContext,
    @Arg('id', () => ID, { nullable: true, description: `The product id (at most ${ARGUMENT_LIMITS.id} characters).` }) id?: string,
    @Arg('slug', () => String, { nullable: true, description: `The product slug (at most ${ARGUMENT_LIMITS.slug} characters).` })
    slug?: string,
    @Arg('sku', () => String, {
      nullable: true,
      description: `The SKU of one of its variants (at most ${ARGUMENT_LIMITS.sku} characters).`,
    })
    sku?: string,
  ): Promise<Product | null> {
    const given = [id, slug, sku].filter((v) => v != null).length;
    if (given !== 1) throw badUserInput('Give exactly one of id, slug and sku.', 'id');
    if (id != null) return this.services.productById(context).load(requireMaxLength(id, ARGUMENT_LIMITS.id, 'id'));
    if (slug != null) return this.services.productBySlug(context).load(requireMaxLength(slug, ARGUMENT_LIMITS.slug, 'slug'));
    return this.services.productBySku(context).load(requireMaxLength(sku as string, ARGUMENT_LIMITS.sku, 'sku'));
  }

  @Query(() => ProductConnection, { description: 'Products, filtered and sorted, a page at a time (Relay cursor connection).' })
  async products(
    @Arg('first', () => Int, { defaultValue: 24, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: `Cursor after which the page starts: pageInfo.endCursor of the previous page (at most ${ARGUMENT_LIMITS.cursor} characters).`,
    })
    after: string | null,
    @Arg('filter', () => ProductFilter, { nullable: true, description: 'Narrow the list; the fields given combine with AND.' })
    filter: ProductFilter | null,
    @Arg('sort', () => ProductSort, { defaultValue: ProductSort.TITLE, description: 'Order of the list.' }) sort: ProductSort,
  ): Promise<ProductConnection> {
    requireInRange(first, 1, 100, 'first');
    const offset = after == null ? 0 : decodeCursor(after, 'after');
    const { products, total } = await this.services.products.page({ offset, limit: first, filter, sort });
    return toConnection(products, offset, total);
  }
}
