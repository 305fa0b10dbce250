import { Directive, Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';

/**
 * Every business error code in the graph. Defined once here so codes stay unique and clients can
 * switch on them; each subgraph uses the ones of its domain.
 */
export enum ErrorCode {
  INPUT_VALIDATION_ERROR = 'INPUT_VALIDATION_ERROR',
  NOT_FOUND = 'NOT_FOUND',
  INCOMPATIBLE_OPTIONS = 'INCOMPATIBLE_OPTIONS',
  QUOTE_UNAVAILABLE = 'QUOTE_UNAVAILABLE',
  WISHLIST_FULL = 'WISHLIST_FULL',
  ADDRESS_BOOK_FULL = 'ADDRESS_BOOK_FULL',
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  EMAIL_NOT_VERIFIED = 'EMAIL_NOT_VERIFIED',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_TOKEN = 'INVALID_TOKEN',
  SESSION_ENDED = 'SESSION_ENDED',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  OUT_OF_STOCK = 'OUT_OF_STOCK',
  RESERVATION_EXPIRED = 'RESERVATION_EXPIRED',
  RESERVATION_ENDED = 'RESERVATION_ENDED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  NOT_IN_CATALOGUE = 'NOT_IN_CATALOGUE',
  INSUFFICIENT_STOCK = 'INSUFFICIENT_STOCK',
  UNIT_UNAVAILABLE = 'UNIT_UNAVAILABLE',
  TRANSFER_ALREADY_RECEIVED = 'TRANSFER_ALREADY_RECEIVED',
  QUOTE_EXPIRED = 'QUOTE_EXPIRED',
  CART_EMPTY = 'CART_EMPTY',
}

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Machine-readable code of an ErrorResult; stable across releases, new codes are only added.',
  valuesConfig: {
    INPUT_VALIDATION_ERROR: { description: 'One or more input fields are invalid; see fieldErrors.' },
    NOT_FOUND: { description: 'The thing the operation names does not exist or is not visible to the caller.' },
    INCOMPATIBLE_OPTIONS: { description: 'Each option is valid alone, but the atelier will not make them together.' },
    QUOTE_UNAVAILABLE: { description: 'No price can be quoted now (the price list has lapsed); try again later or ask client services.' },
    WISHLIST_FULL: { description: 'The wishlist already holds the most items it may; remove one first.' },
    ADDRESS_BOOK_FULL: { description: "The client's address book is full; remove an address first." },
    INVALID_CREDENTIALS: { description: 'The email address or password is wrong (the same answer for an address without an account).' },
    EMAIL_NOT_VERIFIED: { description: 'The email address is not confirmed yet; a new confirmation link has been mailed.' },
    TOO_MANY_ATTEMPTS: { description: 'Too many attempts for this address or from this network; wait retryAfterSeconds.' },
    INVALID_TOKEN: { description: 'A mailed link that is unknown, used already or expired.' },
    SESSION_ENDED: { description: 'The session cannot be renewed (signed out, expired, or its refresh token reused); sign in again.' },
    EMAIL_TAKEN: { description: 'The email address already belongs to another account.' },
    OUT_OF_STOCK: { description: 'One or more lines cannot be reserved from stock now; shortLines names each.' },
    RESERVATION_EXPIRED: { description: 'The reservation ran out before it was committed; its stock is free again.' },
    RESERVATION_ENDED: { description: 'The reservation was released (or committed) already and cannot change now.' },
    IDEMPOTENCY_KEY_REUSED: { description: 'The idempotency key was used before for a different request.' },
    NOT_IN_CATALOGUE: { description: 'The SKU, product or stone is not in the catalogue (or its certificate does not match).' },
    INSUFFICIENT_STOCK: {
      description: 'The stock at that location is too little for the change (free units, or units not held for orders).',
    },
    UNIT_UNAVAILABLE: { description: 'The serialised unit is not in a state that allows this (sold, in transit, reserved…).' },
    TRANSFER_ALREADY_RECEIVED: { description: 'The transfer was received already.' },
    QUOTE_EXPIRED: { description: 'The bespoke quote has lapsed (metal prices move); price the design again.' },
    CART_EMPTY: { description: 'There is nothing to check out: the cart is empty, or every line is saved for later.' },
  },
});

/** A business outcome the caller can act on, returned as a member of a mutation's result union (Vendure). */
@InterfaceType({
  description:
    'A business outcome the caller can act on (out of stock, card declined, invalid input), returned as a member of a result union rather than thrown.',
})
export abstract class ErrorResult {
  @Field(() => ErrorCode, { description: 'What went wrong, for programs.' })
  code!: ErrorCode;

  @Field({ description: 'What went wrong, in English, for people.' })
  message!: string;
}

/** One invalid input field. */
@Directive('@shareable')
@ObjectType({ description: 'One invalid input field and why it is invalid.' })
export class FieldError {
  @Field({ description: 'Path of the field in the input, dot-separated (e.g. "input.lines.0.quantity").' })
  field!: string;

  @Field({ description: 'Why the value was refused, in English.' })
  message!: string;

  constructor(field: string, message: string) {
    this.field = field;
    this.message = message;
  }
}

/** Input that breaks the field rules, naming every bad field at once (Saleor's `field`). */
@Directive('@shareable')
@ObjectType({ implements: ErrorResult, description: 'The input broke one or more field rules; every bad field is listed.' })
export class InputValidationError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always INPUT_VALIDATION_ERROR.' })
  code = ErrorCode.INPUT_VALIDATION_ERROR;

  @Field({ description: 'A summary naming the bad fields.' })
  message: string;

  @Field(() => [FieldError], { description: 'Every invalid field, in input order.' })
  fieldErrors: FieldError[];

  constructor(fieldErrors: FieldError[]) {
    this.fieldErrors = fieldErrors;
    this.message = `Invalid input: ${fieldErrors.map((e) => e.field).join(', ')}`;
  }
}

export * from './thrown-errors';
