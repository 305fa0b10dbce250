import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { ARGUMENT_LIMITS, Money, requireInRange, requireMaxLength, withVat, type SubgraphContext } from '@elysium/subgraph-kit';
import { Stone, StoneShape } from './stone.model';
import { stonePrice } from './stone-pricing';
import type { CatalogServices } from '../services';

/** Certified stones, priced from the current price list. */
@Resolver(() => Stone)
export class StoneResolver {
  constructor(private readonly services: CatalogServices) {}

  @Query(() => Stone, { nullable: true, description: 'A certified stone by id.' })
  stone(
    @Arg('id', () => ID, { description: `The stone id (at most ${ARGUMENT_LIMITS.id} characters).` }) id: string,
    @Ctx() context: SubgraphContext,
  ): Promise<Stone | null> {
    return this.services.stoneById(context).load(requireMaxLength(id, ARGUMENT_LIMITS.id, 'id'));
  }

  @Query(() => [Stone], { description: 'Certified stones, lightest first.' })
  stones(
    @Arg('shape', () => StoneShape, { nullable: true, description: 'Only this shape.' }) shape: StoneShape | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many (1 to 100).' }) first: number,
  ): Promise<Stone[]> {
    return this.services.stones.list({ shape, limit: requireInRange(first, 1, 100, 'first') });
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Price of the stone alone, VAT included; null when it is priced on request.' })
  async price(@Root() stone: Stone): Promise<Money | null> {
    const priceList = await this.services.configurators.priceList();
    const net = priceList && stonePrice(stone, priceList);
    return net == null ? null : Money.gbp(withVat(net));
  }
}
