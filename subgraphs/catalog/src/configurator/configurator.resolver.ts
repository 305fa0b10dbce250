import { Arg, ID, Query, Resolver } from 'type-graphql';
import { ARGUMENT_LIMITS, requireMaxLength } from '@elysium/subgraph-kit';
import { requireConfigurationInputLimits } from './configuration-input-limits';
import { Configurator, ConfigurationInput, PriceConfigurationResult } from './configurator.model';
import type { CatalogServices } from '../services';

/** The bespoke configurator: options, and quotes priced on the server. */
@Resolver(() => Configurator)
export class ConfiguratorResolver {
  constructor(private readonly services: CatalogServices) {}

  @Query(() => Configurator, {
    nullable: true,
    description: 'The bespoke options and rules of a product; null when it is not configurable.',
  })
  configurator(
    @Arg('productId', () => ID, { description: `The product id (at most ${ARGUMENT_LIMITS.id} characters).` }) productId: string,
  ): Promise<Configurator | null> {
    return this.services.configurators.forProduct(requireMaxLength(productId, ARGUMENT_LIMITS.id, 'productId'));
  }

  @Query(() => PriceConfigurationResult, {
    description:
      'Validates and prices a bespoke choice on the server. A ConfigurationQuote carries a signed token that expires with the quote; checkout accepts only such tokens. No side effects.',
  })
  priceConfiguration(
    @Arg('input', () => ConfigurationInput, { description: 'The choice to price.' }) input: ConfigurationInput,
  ): Promise<typeof PriceConfigurationResult> {
    return this.services.configurators.quote(requireConfigurationInputLimits(input));
  }
}
