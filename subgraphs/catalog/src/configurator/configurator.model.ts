import { createUnionType, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, InputValidationError, Money } from '@elysium/subgraph-kit';
import { Metal } from '../product/product.enums';
import { Stone, StoneShape } from '../stone/stone.model';
import { CONFIGURATION_INPUT_LIMITS as LIMITS } from './configuration-input-limits';

@ObjectType({ description: 'A setting style the atelier makes, and the stone shapes it holds.' })
export class ConfiguratorSetting {
  @Field({ description: 'Code to send in ConfigurationInput.settingCode.' })
  code!: string;

  @Field({ description: 'Display name, e.g. "Four-claw solitaire".' })
  name!: string;

  @Field(() => [StoneShape], { description: 'Centre-stone shapes this setting holds.' })
  stoneShapes!: StoneShape[];
}

@ObjectType({ description: 'What may be engraved inside the band.' })
export class EngravingRules {
  @Field(() => Int, { description: 'Most characters.' })
  maxLength!: number;

  @Field({ description: 'The characters allowed, as a regular-expression character class (e.g. "A-Za-z0-9 .&\'-").' })
  allowedCharacters!: string;

  @Field(() => Money, { description: 'What engraving adds, VAT included.' })
  price!: Money;
}

@ObjectType({ description: 'A combination the atelier will not make.' })
export class CompatibilityRule {
  @Field({ description: 'The setting code the rule is about.' })
  settingCode!: string;

  @Field(() => Metal, { nullable: true, description: 'The metal that setting cannot be made in.' })
  metal!: Metal | null;

  @Field(() => StoneShape, { nullable: true, description: 'The stone shape that setting cannot hold.' })
  stoneShape!: StoneShape | null;

  @Field({ description: 'Why, in words to show the client.' })
  message!: string;
}

/** The options and rules of a bespoke piece. */
@ObjectType({ description: 'The options and rules of a bespoke piece; price a choice with `priceConfiguration`.' })
export class Configurator {
  @Field(() => ID, { description: 'The product this configurator designs.' })
  productId!: string;

  @Field({ description: 'Display title.' })
  title!: string;

  @Field(() => [ConfiguratorSetting], { description: 'Setting styles.' })
  settings!: ConfiguratorSetting[];

  @Field(() => [Metal], { description: 'Metals offered.' })
  metals!: Metal[];

  @Field(() => [Stone], { description: 'Certified centre stones offered.' })
  stones!: Stone[];

  @Field(() => [String], { description: 'UK ring sizes offered.' })
  ringSizes!: string[];

  @Field(() => EngravingRules, { nullable: true, description: 'Engraving rules; null when the piece cannot be engraved.' })
  engraving!: EngravingRules | null;

  @Field(() => [CompatibilityRule], { description: 'Combinations the atelier will not make.' })
  rules!: CompatibilityRule[];
}

/** A client's bespoke choice. */
@InputType({ description: "A client's bespoke choice; codes and ids come from `configurator(productId)`." })
export class ConfigurationInput {
  @Field(() => ID, { description: `The configurable product (at most ${LIMITS.productId} characters).` })
  productId!: string;

  @Field({ description: `A ConfiguratorSetting.code (at most ${LIMITS.settingCode} characters).` })
  settingCode!: string;

  @Field(() => Metal, { description: 'One of Configurator.metals.' })
  metal!: Metal;

  @Field(() => ID, { description: `One of Configurator.stones (at most ${LIMITS.stoneId} characters).` })
  stoneId!: string;

  @Field({ description: `One of Configurator.ringSizes, UK (at most ${LIMITS.ringSize} characters).` })
  ringSize!: string;

  @Field(() => String, {
    nullable: true,
    description: `Text to engrave inside the band (at most ${LIMITS.engraving} characters; Configurator.engraving says what the piece allows, usually far fewer).`,
  })
  engraving?: string | null;
}

@ObjectType({ description: 'How a bespoke price is made up. Parts exclude VAT; `vat` is added on top to make `total`.' })
export class PriceBreakdown {
  @Field(() => Float, { description: 'Grams of metal the setting uses.' })
  metalGrams!: number;

  @Field(() => Money, { description: 'Metal at the current price per gram.' })
  metal!: Money;

  @Field(() => Money, { description: 'The centre stone.' })
  stone!: Money;

  @Field(() => Money, { description: 'Atelier labour for the setting.' })
  labour!: Money;

  @Field(() => Money, { description: 'Engraving (zero when none).' })
  engraving!: Money;

  @Field(() => Money, { description: 'Sum of the parts, VAT excluded.' })
  net!: Money;

  @Field(() => Money, { description: 'UK VAT at 20% of net.' })
  vat!: Money;

  @Field(() => Money, { description: 'What the client pays: net + VAT.' })
  total!: Money;
}

/** A priced, signed bespoke configuration. */
@ObjectType({ description: 'A priced bespoke configuration. Checkout accepts it only with its token, until expiresAt.' })
export class ConfigurationQuote {
  @Field(() => ID, { description: 'The configurable product.' })
  productId!: string;

  @Field({ description: 'The chosen setting code.' })
  settingCode!: string;

  @Field(() => Metal, { description: 'The chosen metal.' })
  metal!: Metal;

  @Field(() => ID, { description: 'The chosen centre stone.' })
  stoneId!: string;

  @Field({ description: 'The chosen UK ring size.' })
  ringSize!: string;

  @Field(() => String, { nullable: true, description: 'The engraving, if any.' })
  engraving!: string | null;

  @Field(() => PriceBreakdown, { description: 'How the price is made up.' })
  breakdown!: PriceBreakdown;

  @Field({ description: 'Signed, expiring proof of this configuration and price; pass it to checkout unchanged.' })
  token!: string;

  @Field({ description: 'When the quote stops holding (metal prices move).' })
  expiresAt!: Date;
}

@ObjectType({ implements: ErrorResult, description: 'Each option is valid alone, but the atelier will not make them together.' })
export class IncompatibleOptionsError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always INCOMPATIBLE_OPTIONS.' })
  code = ErrorCode.INCOMPATIBLE_OPTIONS;

  @Field({ description: 'Why, in words to show the client.' })
  message: string;

  @Field(() => [String], { description: 'Input fields involved, e.g. ["input.settingCode", "input.metal"].' })
  fields: string[];

  constructor(message: string, fields: string[]) {
    this.message = message;
    this.fields = fields;
  }
}

@ObjectType({ implements: ErrorResult, description: 'No price can be quoted now (the price list has lapsed or cannot price this choice).' })
export class QuoteUnavailableError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always QUOTE_UNAVAILABLE.' })
  code = ErrorCode.QUOTE_UNAVAILABLE;

  @Field({ description: 'What to do next.' })
  message: string;

  constructor(message: string) {
    this.message = message;
  }
}

export const PriceConfigurationResult = createUnionType({
  name: 'PriceConfigurationResult',
  description: 'A quote, or why there is none.',
  types: () => [ConfigurationQuote, InputValidationError, IncompatibleOptionsError, QuoteUnavailableError] as const,
});
