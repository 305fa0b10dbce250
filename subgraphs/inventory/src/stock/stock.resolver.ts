import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { ARGUMENT_LIMITS, requireInRange, requireMaxLength, requireStaff, type SubgraphContext } from '@elysium/subgraph-kit';
import { Availability } from './availability';
import { ProductRef } from '../references/entity-stubs';
import { StockLevel } from './stock-level';
import type { InventoryServices } from '../services';

/** Adds availability to Product, and gives staff the vault counts. */
@Resolver(() => ProductRef)
export class StockResolver {
  constructor(private readonly services: InventoryServices) {}

  @Directive('@requires(fields: "leadTimeWeeks")')
  @FieldResolver(() => Availability, {
    nullable: true,
    description:
      'Whether the piece can be bought from stock now, or made to order; null (with an error) when stock cannot be read right now.',
  })
  async availability(@Root() product: ProductRef, @Ctx() context: SubgraphContext): Promise<Availability> {
    return Availability.of(await this.services.stockByProductId(context).load(product.id), product.leadTimeWeeks);
  }

  @Query(() => [StockLevel], {
    description: 'Vault counts for up to 100 products, in the order asked; untracked products are left out. Staff only.',
  })
  async stockLevels(
    @Arg('productIds', () => [ID], { description: 'Catalogue product ids (at most 100, each at most 64 characters).' })
    productIds: string[],
    @Ctx() context: SubgraphContext,
  ): Promise<StockLevel[]> {
    requireStaff(context);
    requireInRange(productIds.length, 0, 100, 'productIds');
    productIds.forEach((id, i) => requireMaxLength(id, ARGUMENT_LIMITS.id, `productIds.${i}`));
    const items = await this.services.stockByProductId(context).loadMany(productIds);
    return items.flatMap((item) => (item && !(item instanceof Error) ? [new StockLevel(item)] : []));
  }
}
