import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { badUserInput, requireInRange, type SubgraphContext } from '@elysium/subgraph-kit';
import { decodeCursor, ProductConnection, toConnection } from './product-connection';
import { Product } from './product.model';
import type { CatalogServices } from '../services';

/** Root fields for browsing the catalogue. Public: no sign-in needed. */
@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly services: CatalogServices) {}

  @Query(() => Product, { nullable: true, description: 'One product by id or by slug (give exactly one); null when there is none.' })
  async product(
    @Ctx() context: SubgraphContext,
    @Arg('id', () => ID, { nullable: true, description: 'The product id.' }) id?: string,
    @Arg('slug', () => String, { nullable: true, description: 'The product slug.' }) slug?: string,
  ): Promise<Product | null> {
    if ((id == null) === (slug == null)) throw badUserInput('Give exactly one of id and slug.', id == null ? 'id' : 'slug');
    if (id != null) return this.services.productById(context).load(id);
    return this.services.products.findBySlug(slug as string);
  }

  @Query(() => ProductConnection, { description: 'Products in title order, a page at a time (Relay cursor connection).' })
  async products(
    @Arg('first', () => Int, { defaultValue: 24, description: 'Page size, 1 to 100.' }) first: number,
    @Arg('after', () => String, {
      nullable: true,
      description: 'Cursor after which the page starts (pageInfo.endCursor of the previous page).',
    })
    after?: string,
  ): Promise<ProductConnection> {
    requireInRange(first, 1, 100, 'first');
    const offset = after == null ? 0 : decodeCursor(after, 'after');
    const { products, total } = await this.services.products.page(offset, first);
    return toConnection(products, offset, total);
  }
}
