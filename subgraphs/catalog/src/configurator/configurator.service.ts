import { FieldError, InputValidationError, Money, signConfiguration, withVat } from '@elysium/subgraph-kit';
import type { ContentLake } from '../sanity/content-lake';
import type { ImageUrlBuilder } from '../sanity/images';
import { Metal } from '../product/product.enums';
import { published } from '../sanity/published';
import { Stone, StoneShape } from '../stone/stone.model';
import { checkConfiguration, priceBreakdown, type ConfigurationChoice } from './configuration-rules';
import { CONFIGURATOR_PROJECTION, type ConfiguratorRow } from './configurator.rows';
import {
  ConfigurationQuote,
  Configurator,
  IncompatibleOptionsError,
  PriceBreakdown,
  QuoteUnavailableError,
  type ConfigurationInput,
} from './configurator.model';
import { PRICE_LIST_QUERY, type PriceList } from './price-list';

/** Every GROQ query the service sends, exported so the content-model spec checks them. */
export const CONFIGURATOR_QUERIES = {
  forProduct: `*[${published('product')} && _id == $productId][0].configurator->${CONFIGURATOR_PROJECTION}`,
  byIds: `*[${published('configurator')} && _id in $ids]${CONFIGURATOR_PROJECTION}`,
  priceList: PRICE_LIST_QUERY,
};

/** Bespoke pieces: their options, and server-side pricing that ends in a signed, expiring quote. */
export class ConfiguratorService {
  constructor(
    private readonly lake: ContentLake,
    private readonly urls: ImageUrlBuilder,
    private readonly tokenSecret: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** The configurator of a published product, in one GROQ request; null when it has none. */
  async rowForProduct(productId: string): Promise<ConfiguratorRow | null> {
    return this.lake.fetch<ConfiguratorRow | null>(CONFIGURATOR_QUERIES.forProduct, { productId });
  }

  /** Configurator documents by id, any number in one GROQ request (a request's loader batches them). */
  async rowsByIds(ids: readonly string[]): Promise<ConfiguratorRow[]> {
    return this.lake.fetch<ConfiguratorRow[]>(CONFIGURATOR_QUERIES.byIds, { ids });
  }

  async priceList(): Promise<PriceList | null> {
    return this.lake.fetch<PriceList | null>(CONFIGURATOR_QUERIES.priceList);
  }

  async forProduct(productId: string): Promise<Configurator | null> {
    const row = await this.rowForProduct(productId);
    return row && this.toConfigurator(productId, row);
  }

  /** A configurator document as the graph shows it, for the product that designs with it. */
  toConfigurator(productId: string, row: ConfiguratorRow): Configurator {
    return Object.assign(new Configurator(), {
      productId,
      title: row.title,
      settings: row.settings.map((s) => ({ code: s.code, name: s.name, stoneShapes: s.stoneShapes as StoneShape[] })),
      metals: row.metals as Metal[],
      stones: row.stones.map((stone) => new Stone(stone, this.urls)),
      ringSizes: row.ringSizes,
      engraving: row.engraving && {
        maxLength: row.engraving.maxLength,
        allowedCharacters: row.engraving.allowedCharacters,
        price: Money.of(withVat(row.engraving.price.amount), row.engraving.price.currency),
      },
      rules: row.rules.map((r) => ({
        settingCode: r.setting,
        metal: r.metal as Metal | null,
        stoneShape: r.stoneShape as StoneShape | null,
        message: r.message,
      })),
    });
  }

  /** Validates and prices a choice; the server computes every amount and signs the result. */
  async quote(
    input: ConfigurationInput,
  ): Promise<ConfigurationQuote | InputValidationError | IncompatibleOptionsError | QuoteUnavailableError> {
    const [configurator, priceList] = await Promise.all([this.rowForProduct(input.productId), this.priceList()]);
    if (!configurator) return new InputValidationError([new FieldError('input.productId', 'This piece has no bespoke options.')]);
    const engraving = input.engraving?.trim() || null;
    const choice: ConfigurationChoice = {
      settingCode: input.settingCode,
      metal: input.metal,
      stoneId: input.stoneId,
      ringSize: input.ringSize,
      engraving,
    };
    const check = checkConfiguration(configurator, choice);
    if (check.kind === 'invalid') return new InputValidationError(check.fieldErrors);
    if (check.kind === 'incompatible') return new IncompatibleOptionsError(check.message, check.fields);

    const now = this.now();
    const listValidUntil = priceList ? Date.parse(priceList.validUntil) : NaN;
    if (!priceList || !(listValidUntil > now)) {
      return new QuoteUnavailableError('Bespoke prices are being updated; please try again shortly or speak to client services.');
    }
    const breakdown = priceBreakdown(configurator, check.setting, check.stone, choice, priceList);
    if (!breakdown) return new QuoteUnavailableError('This combination cannot be priced online; client services will quote it for you.');

    const expiresAt = Math.floor(Math.min(now + priceList.quoteValidityMinutes * 60_000, listValidUntil) / 1000);
    const token = signConfiguration(
      { productId: input.productId, ...choice, total: breakdown.total, currency: 'GBP', expiresAt },
      this.tokenSecret,
    );
    return Object.assign(new ConfigurationQuote(), {
      productId: input.productId,
      ...choice,
      breakdown: Object.assign(new PriceBreakdown(), {
        metalGrams: breakdown.metalGrams,
        metal: Money.gbp(breakdown.metal),
        stone: Money.gbp(breakdown.stone),
        labour: Money.gbp(breakdown.labour),
        engraving: Money.gbp(breakdown.engraving),
        net: Money.gbp(breakdown.net),
        vat: Money.gbp(breakdown.vat),
        total: Money.gbp(breakdown.total),
      }),
      token,
      expiresAt: new Date(expiresAt * 1000),
    });
  }
}
