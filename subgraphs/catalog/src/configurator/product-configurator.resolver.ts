import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@elysium/subgraph-kit';
import { Product } from '../product/product.model';
import { Configurator } from './configurator.model';
import type { CatalogServices } from '../services';

/**
 * A product's configurator as a field of the product, so a product page reads the piece and its
 * bespoke options in one request. A listing asking it of every piece still sends one GROQ request.
 */
@Resolver(() => Product)
export class ProductConfiguratorResolver {
  constructor(private readonly services: CatalogServices) {}

  @FieldResolver(() => Configurator, {
    nullable: true,
    description: 'The bespoke options and rules of this piece (as `configurator(productId:)`); null when it is not configurable.',
  })
  async configurator(@Root() product: Product, @Ctx() context: SubgraphContext): Promise<Configurator | null> {
    if (!product.configuratorId) return null;
    const row = await this.services.configuratorRowById(context).load(product.configuratorId);
    return row && this.services.configurators.toConfigurator(product.id, row);
  }
}
