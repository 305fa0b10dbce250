import { Field, ID, InputType } from 'type-graphql';
import { ARGUMENT_LIMITS, FieldError, requireMaxLength, type PricedConfiguration } from '@elysium/subgraph-kit';
import { isProductId } from './product-ref';
import { QUOTE_TOKEN_MAX_LENGTH, readSignedQuote } from './quote-token';

/** What to put on a wishlist: a catalogue piece, or a bespoke design by its quote token. */
@InputType({ description: 'What to wish for: give productId (and optionally variantSku), or quoteToken; not both.' })
export class AddToWishlistInput {
  @Field(() => ID, { nullable: true, description: `A catalogue product id (at most ${ARGUMENT_LIMITS.id} characters).` })
  productId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `One variant of that product, by SKU (at most ${ARGUMENT_LIMITS.sku} characters); only with productId.`,
  })
  variantSku?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `The token of a ConfigurationQuote from priceConfiguration (at most ${QUOTE_TOKEN_MAX_LENGTH} characters). The design and its price are read from the signed token, never from the caller; an expired quote is still saved, flagged needsNewQuote.`,
  })
  quoteToken?: string | null;
}

/** A valid wish, ready to store. */
export type Wish =
  | { kind: 'product'; productId: string; variantSku: string | null }
  | { kind: 'configuration'; configuration: PricedConfiguration; token: string; expired: boolean };

const SKU = /^[A-Za-z0-9._-]+$/;

/** Refuses oversized strings as BAD_USER_INPUT before any work, as every identifying argument is. */
export function requireAddToWishlistLimits(input: AddToWishlistInput): AddToWishlistInput {
  if (input.productId != null) requireMaxLength(input.productId, ARGUMENT_LIMITS.id, 'input.productId');
  if (input.variantSku != null) requireMaxLength(input.variantSku, ARGUMENT_LIMITS.sku, 'input.variantSku');
  if (input.quoteToken != null) requireMaxLength(input.quoteToken, QUOTE_TOKEN_MAX_LENGTH, 'input.quoteToken');
  return input;
}

/**
 * The field rules of a wish, every bad field at once; a quote token must carry the catalog's
 * signature (checked with `secret`, as checkout checks it).
 */
export function validateWish(input: AddToWishlistInput, secret: string, now = Date.now()): Wish | FieldError[] {
  const problems: FieldError[] = [];
  const { productId, variantSku, quoteToken } = input;
  if (productId == null && quoteToken == null) {
    const message = 'Give productId or quoteToken.';
    return [new FieldError('input.productId', message), new FieldError('input.quoteToken', message)];
  }
  if (productId != null && quoteToken != null) {
    problems.push(new FieldError('input.quoteToken', 'Give productId or quoteToken, not both; a quote names its own product.'));
  }
  if (productId != null && !isProductId(productId)) problems.push(new FieldError('input.productId', 'Not a catalogue product id.'));
  if (variantSku != null && quoteToken != null) {
    problems.push(new FieldError('input.variantSku', 'A bespoke design has no variant; leave variantSku out with quoteToken.'));
  } else if (variantSku != null && !SKU.test(variantSku)) {
    problems.push(new FieldError('input.variantSku', 'Not a SKU: letters, digits, dot, dash and underscore only.'));
  }
  let quote: ReturnType<typeof readSignedQuote> | null = null;
  if (quoteToken != null && productId == null) {
    quote = readSignedQuote(quoteToken, secret, now);
    if (!quote.ok) {
      problems.push(
        new FieldError(
          'input.quoteToken',
          quote.reason === 'tampered'
            ? 'This quote was not issued by ELYSIUM or has been altered; price the design again.'
            : 'Not a quote token; pass ConfigurationQuote.token unchanged.',
        ),
      );
    }
  }
  if (problems.length > 0) return problems;
  if (quote?.ok) return { kind: 'configuration', configuration: quote.configuration, token: quoteToken!, expired: quote.expired };
  return { kind: 'product', productId: productId!, variantSku: variantSku ?? null };
}

/** The one field rule of a recorded view. */
export function validateViewedProduct(productId: string): FieldError[] {
  return isProductId(productId) ? [] : [new FieldError('productId', 'Not a catalogue product id.')];
}
