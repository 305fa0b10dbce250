import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { SubgraphContext } from '@elysium/subgraph-kit';
import { ProductRef, StoneRef } from '../references/entity-stubs';
import type { InventoryServices } from '../services';
import { Availability } from './availability';

/** Adds availability to the catalog's products: one SQL statement for every product in a request. */
@Resolver(() => ProductRef)
export class ProductAvailabilityResolver {
  constructor(private readonly services: InventoryServices) {}

  @Directive('@requires(fields: "leadTimeWeeks")')
  @FieldResolver(() => Availability, {
    nullable: true,
    description:
      'Whether the piece can be bought from stock now, is held in another checkout, or is made to order; null (with an error) when stock cannot be read right now.',
  })
  async availability(@Root() product: ProductRef, @Ctx() context: SubgraphContext): Promise<Availability> {
    const [count, locations] = await Promise.all([this.services.productStock(context).load(product.id), this.services.locations.all()]);
    return new Availability(count, product.leadTimeWeeks ?? null, locations);
  }
}

/** Adds availability to the catalog's certified stones (for the bespoke configurator). */
@Resolver(() => StoneRef)
export class StoneAvailabilityResolver {
  constructor(private readonly services: InventoryServices) {}

  @FieldResolver(() => Availability, {
    nullable: true,
    description:
      'Whether the stone can be chosen now (LOW_STOCK: the one stone is free), is held in another checkout (RESERVED), or is not to be had (SOLD_OUT); null (with an error) when stock cannot be read right now.',
  })
  async availability(@Root() stone: StoneRef, @Ctx() context: SubgraphContext): Promise<Availability> {
    const [count, locations] = await Promise.all([this.services.stoneStock(context).load(stone.id), this.services.locations.all()]);
    return new Availability(count, null, locations);
  }
}
