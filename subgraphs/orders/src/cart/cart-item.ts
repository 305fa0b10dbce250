import {
  FieldError,
  InputValidationError,
  isCatalogueKey,
  verifyConfigurationToken,
  type PricedConfiguration,
} from '@elysium/subgraph-kit';
import { priceKey, type CatalogueMemo, type CataloguePrices, type PricedRef } from '../pricing/catalog-prices';
import { ItemNotOfferedError, QuoteExpiredError } from './cart.errors';
import { CART_LIMITS, type AddToCartInput } from './cart.inputs';
import type { StoredLine } from './cart.service';
import { LineKind } from './line-kind';

/** The field rules of an item to add, then the catalogue's say (it exists, it is priced) and the quote's signature. */
export async function checkCartItem(
  input: AddToCartInput,
  prices: CataloguePrices,
  quoteSecret: string,
  memo: CatalogueMemo,
): Promise<CheckedItem | InputValidationError | ItemNotOfferedError | QuoteExpiredError> {
  const given = (['sku', 'productId', 'stoneId', 'quoteToken'] as const).filter((k) => input[k] != null);
  const problems: FieldError[] = [];
  if (given.length !== 1) problems.push(new FieldError('input.sku', 'Give exactly one of sku, productId, stoneId and quoteToken.'));
  for (const key of ['sku', 'productId', 'stoneId'] as const) {
    if (input[key] != null && !isCatalogueKey(input[key]))
      problems.push(new FieldError(`input.${key}`, `Not a catalogue ${key === 'sku' ? 'SKU' : 'id'}.`));
  }
  if (input.quoteToken != null && input.quoteToken.length > CART_LIMITS.quoteToken)
    problems.push(new FieldError('input.quoteToken', 'Not a quote token.'));
  const most = input.sku != null ? CART_LIMITS.quantity : 1;
  if (!Number.isInteger(input.quantity) || input.quantity < 1 || input.quantity > most) {
    problems.push(
      new FieldError('input.quantity', most === 1 ? 'Only 1 of a piece, stone or design.' : `A whole number from 1 to ${most}.`),
    );
  }
  if (problems.length) return new InputValidationError(problems);

  if (input.quoteToken != null) {
    const check = verifyConfigurationToken(input.quoteToken, quoteSecret);
    if (!check.valid) {
      return check.reason === 'expired'
        ? new QuoteExpiredError()
        : new InputValidationError([new FieldError('input.quoteToken', 'Not a quote from our configurator.')]);
    }
    return checkedDesign(input.quoteToken, check.configuration);
  }
  if (input.sku != null) {
    const productId = await prices.productOfSku(input.sku, memo);
    const price = productId
      ? (await prices.prices([{ kind: 'product', productId, sku: input.sku }], memo)).get(
          priceKey({ kind: 'product', productId, sku: input.sku }),
        )
      : undefined;
    if (!productId || !price) return new ItemNotOfferedError('input.sku', 'No piece in the catalogue has this SKU.');
    return {
      kind: LineKind.SKU,
      productId,
      sku: input.sku,
      stoneId: null,
      quoteToken: null,
      quantity: input.quantity,
      price: price.unitPrice,
    };
  }
  if (input.productId != null) {
    const ref: PricedRef = { kind: 'product', productId: input.productId, sku: null };
    const price = (await prices.prices([ref], memo)).get(priceKey(ref));
    if (!price) return new ItemNotOfferedError('input.productId', 'No piece in the catalogue has this id.');
    return {
      kind: LineKind.PIECE,
      productId: input.productId,
      sku: null,
      stoneId: null,
      quoteToken: null,
      quantity: 1,
      price: price.unitPrice,
    };
  }
  const ref: PricedRef = { kind: 'stone', stoneId: input.stoneId! };
  const price = (await prices.prices([ref], memo)).get(priceKey(ref));
  if (!price) return new ItemNotOfferedError('input.stoneId', 'No stone in the catalogue has this id, or it is priced on request.');
  return {
    kind: LineKind.STONE,
    productId: null,
    sku: null,
    stoneId: input.stoneId!,
    quoteToken: null,
    quantity: 1,
    price: price.unitPrice,
  };
}

/** An item ready to be a cart line: what it is, and its price now. */
export interface CheckedItem {
  kind: LineKind;
  productId: string | null;
  sku: string | null;
  stoneId: string | null;
  quoteToken: string | null;
  quantity: number;
  price: number;
}

function checkedDesign(token: string, configuration: PricedConfiguration): CheckedItem {
  return {
    kind: LineKind.CONFIGURED,
    productId: configuration.productId,
    sku: null,
    stoneId: configuration.stoneId,
    quoteToken: token,
    quantity: 1,
    price: configuration.total,
  };
}

export function sameItem(
  line: StoredLine,
  item: { kind: LineKind; productId: string | null; sku: string | null; stoneId: string | null; quoteToken: string | null },
): boolean {
  if (line.kind !== item.kind) return false;
  if (item.kind === LineKind.SKU) return line.sku === item.sku;
  if (item.kind === LineKind.PIECE) return line.product_id === item.productId;
  if (item.kind === LineKind.STONE) return line.stone_id === item.stoneId;
  return line.quote_token === item.quoteToken;
}
