import { Directive, Field, ID, InputType, Int } from 'type-graphql';
import { FieldError, isCatalogueKey, isUuid } from '@elysium/subgraph-kit';

/**
 * What a line of stock names: a variant's counted stock (sku), a piece as a whole (productId: its
 * serialised units, or stock counted without a variant), or one serialised unit.
 */
export type StockRef =
  | { kind: 'sku'; sku: string }
  | { kind: 'piece'; productId: string }
  | { kind: 'unit'; unitId: string }
  | { kind: 'stone'; stoneId: string };

/** Serial numbers as tagged in the vault: letters, digits and . _ / - . */
const SERIAL = /^[A-Za-z0-9._/-]{1,64}$/;

export function isSerialNumber(value: unknown): value is string {
  return typeof value === 'string' && SERIAL.test(value);
}

/** The fields every stock-naming input shares: exactly one of them. */
export function stockRefOf(
  input: { sku?: string | null; productId?: string | null; unitId?: string | null; stoneId?: string | null },
  field: string,
): StockRef | FieldError[] {
  const given = (['sku', 'productId', 'unitId', 'stoneId'] as const).filter((key) => input[key] != null);
  if (given.length !== 1) return [new FieldError(`${field}.sku`, 'Give exactly one of sku, productId, unitId and stoneId.')];
  if (input.stoneId != null) {
    return isCatalogueKey(input.stoneId)
      ? { kind: 'stone', stoneId: input.stoneId }
      : [new FieldError(`${field}.stoneId`, 'Not a stone id.')];
  }
  if (input.sku != null)
    return isCatalogueKey(input.sku) ? { kind: 'sku', sku: input.sku } : [new FieldError(`${field}.sku`, 'Not a SKU.')];
  if (input.productId != null) {
    return isCatalogueKey(input.productId)
      ? { kind: 'piece', productId: input.productId }
      : [new FieldError(`${field}.productId`, 'Not a product id.')];
  }
  return isUuid(input.unitId)
    ? { kind: 'unit', unitId: input.unitId.toLowerCase() }
    : [new FieldError(`${field}.unitId`, 'Not a unit id.')];
}

/** Quantities one line may move: a jeweller's stock, not a warehouse's. */
export const MAX_LINE_QUANTITY = 1000;

export function quantityProblem(quantity: number, field: string, min = 1): FieldError[] {
  return Number.isInteger(quantity) && quantity >= min && quantity <= MAX_LINE_QUANTITY
    ? []
    : [new FieldError(field, `Must be a whole number from ${min} to ${MAX_LINE_QUANTITY}.`)];
}

/** One line to reserve. */
@Directive('@inaccessible')
@InputType({ description: 'One line to reserve: give exactly one of sku, productId, unitId and stoneId.' })
export class ReservationLineInput {
  @Field(() => String, { nullable: true, description: "A variant's SKU: reserves its counted stock." })
  sku?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A piece as a whole: reserves one of its serialised units, else its stock counted without a variant.',
  })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'One serialised unit (a chosen stone, a one-of-one piece); quantity must be 1.' })
  unitId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'A certified stone by its catalogue id (bought loose or set in a bespoke ring); quantity must be 1.',
  })
  stoneId?: string | null;

  @Field(() => Int, { defaultValue: 1, description: `How many (1 to ${MAX_LINE_QUANTITY}; 1 for a unit).` })
  quantity!: number;
}
