import { Field, Float, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { FieldError, isCatalogueKey } from '@elysium/subgraph-kit';
import { Metal } from '../metal/metal-balance';
import { isSerialNumber } from './stock-ref';

/** Counted stock as staff name it: a variant by SKU, or a piece counted without a variant. */
export type CountRef = { kind: 'sku'; sku: string } | { kind: 'piece'; productId: string };

/** Anything staff name: counted stock, or a unit by serial number. */
export type StaffStockRef = CountRef | { kind: 'unit'; serialNumber: string };

/** Longest free text staff may give (reasons, notes). */
export const NOTE_MAX_LENGTH = 500;

/** The naming fields of an input about counted stock: exactly one of sku and productId. */
export function countRefOf(input: { sku?: string | null; productId?: string | null }, field: string): CountRef | FieldError[] {
  if ((input.sku == null) === (input.productId == null)) return [new FieldError(`${field}.sku`, 'Give exactly one of sku and productId.')];
  if (input.sku != null)
    return isCatalogueKey(input.sku) ? { kind: 'sku', sku: input.sku } : [new FieldError(`${field}.sku`, 'Not a SKU.')];
  return isCatalogueKey(input.productId)
    ? { kind: 'piece', productId: input.productId }
    : [new FieldError(`${field}.productId`, 'Not a product id.')];
}

/** The naming fields of an input about counted stock or a unit: exactly one of sku, productId and serialNumber. */
export function staffRefOf(
  input: { sku?: string | null; productId?: string | null; serialNumber?: string | null },
  field: string,
): StaffStockRef | FieldError[] {
  if (input.serialNumber == null) return countRefOf(input, field);
  if (input.sku != null || input.productId != null)
    return [new FieldError(`${field}.serialNumber`, 'Give exactly one of sku, productId and serialNumber.')];
  return isSerialNumber(input.serialNumber)
    ? { kind: 'unit', serialNumber: input.serialNumber }
    : [new FieldError(`${field}.serialNumber`, 'Not a serial number: 1 to 64 letters, digits and . _ / -.')];
}

/** A required reason or an optional note: trimmed, not empty when required, at most NOTE_MAX_LENGTH. */
export function textProblem(value: string | null | undefined, field: string, required: boolean): FieldError[] {
  const text = value?.trim() ?? '';
  if (required && text.length < 3) return [new FieldError(field, 'Give a reason (at least 3 characters).')];
  if (text.length > NOTE_MAX_LENGTH) return [new FieldError(field, `At most ${NOTE_MAX_LENGTH} characters.`)];
  return [];
}

/** The naming fields of counted stock, shared by every staff input about it (give one). */
@InputType({ description: 'The naming fields of counted stock (never used alone).' })
export abstract class CountedStockFields {
  @Field(() => String, { nullable: true, description: 'The variant SKU, as in the catalogue.' })
  sku?: string | null;

  @Field(() => ID, { nullable: true, description: 'A piece counted as itself (no variant), by catalogue product id.' })
  productId?: string | null;
}

@InputType({ description: 'Stock that came in: give sku (a variant) or productId (a piece counted without a variant).' })
export class ReceiveStockInput extends CountedStockFields {
  @Field(() => ID, { description: 'Where it came in (vault, showroom, consignment, atelier).' })
  locationId!: string;

  @Field(() => Int, { description: 'How many (1 to 1000).' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'Delivery note or supplier reference (at most 500 characters).' })
  note?: string | null;
}

@InputType({
  description: 'A serialised unit that came in: a one-of-one piece (productId) or a certified stone (stoneId with its certificate).',
})
export class ReceiveUnitInput {
  @Field({ description: 'The serial number on its tag (unique; 1 to 64 letters, digits and . _ / -).' })
  serialNumber!: string;

  @Field(() => ID, { nullable: true, description: 'The catalogue product it is (a one-of-one piece).' })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The catalogue stone it is; certificateLab and certificateNumber are then required.' })
  stoneId?: string | null;

  @Field(() => String, { nullable: true, description: 'The laboratory on the grading report in hand; must match the catalogue stone.' })
  certificateLab?: string | null;

  @Field(() => String, { nullable: true, description: 'The report number in hand; must match the catalogue stone.' })
  certificateNumber?: string | null;

  @Field(() => ID, { description: 'Where it came in.' })
  locationId!: string;

  @Field(() => String, { nullable: true, description: 'Delivery note or supplier memo reference (at most 500 characters).' })
  note?: string | null;
}

@InputType({ description: 'A correction of counted stock at one location, with its reason.' })
export class AdjustStockInput extends CountedStockFields {
  @Field(() => ID, { description: 'The location.' })
  locationId!: string;

  @Field(() => Int, { description: 'Units to add (positive) or remove (negative); never below what is held for checkouts.' })
  change!: number;

  @Field({ description: 'Why (damaged, found, miscount…); kept in the ledger (3 to 500 characters).' })
  reason!: string;
}

@InputType({ description: 'The low-stock threshold of one count: stock control is mailed when available falls to it.' })
export class SetLowStockThresholdInput extends CountedStockFields {
  @Field(() => ID, { description: 'The location.' })
  locationId!: string;

  @Field(() => Int, { nullable: true, description: 'Alert at or below this many available (0 to 1000); null for no alert.' })
  threshold?: number | null;
}

@InputType({ description: 'One counted line of a cycle count.' })
export class CycleCountLineInput extends CountedStockFields {
  @Field(() => Int, { description: 'Units found on the shelf (0 to 1000).' })
  counted!: number;
}

@InputType({ description: 'A cycle count of one location: what was found, to reconcile with the records.' })
export class CycleCountInput {
  @Field(() => ID, { description: 'The location counted.' })
  locationId!: string;

  @Field(() => [CycleCountLineInput], {
    description: 'Counted stock, one line per SKU (at most 500); SKUs not listed are left as they are.',
  })
  lines!: CycleCountLineInput[];

  @Field(() => [String], { defaultValue: [], description: 'Serial numbers of every unit seen at the location (at most 500).' })
  serialNumbersSeen!: string[];

  @Field(() => String, { nullable: true, description: 'Who counted, which shelves (at most 500 characters).' })
  note?: string | null;
}

@InputType({ description: 'Something a client returned: counted stock (sku or productId) or a unit (serialNumber).' })
export class RecordReturnInput extends CountedStockFields {
  @Field(() => String, { nullable: true, description: 'A sold unit, by serial number; it comes back RETURNED, for inspection.' })
  serialNumber?: string | null;

  @Field(() => ID, { description: 'Where it came back to.' })
  locationId!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many (1 for a unit).' })
  quantity!: number;

  @Field({ description: 'Why it came back (order number, reason); 3 to 500 characters.' })
  reason!: string;
}

@InputType({ description: 'Stock or a unit to send from one location to another; it is in transit until received.' })
export class TransferStockInput extends CountedStockFields {
  @Field(() => String, { nullable: true, description: 'A unit, by serial number.' })
  serialNumber?: string | null;

  @Field(() => ID, { description: 'Where it leaves.' })
  fromLocationId!: string;

  @Field(() => ID, { description: 'Where it goes.' })
  toLocationId!: string;

  @Field(() => Int, { defaultValue: 1, description: 'How many (free units only; 1 for a unit).' })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'Courier, reason (at most 500 characters).' })
  note?: string | null;
}

export enum MetalDirection {
  IN = 'IN',
  OUT = 'OUT',
}
registerEnumType(MetalDirection, {
  name: 'MetalDirection',
  description: 'Whether metal comes into the atelier or is used up by it.',
  valuesConfig: {
    IN: { description: 'Received from the bullion dealer or refiner.' },
    OUT: { description: 'Used up at the bench (cast, fabricated, lost to filings).' },
  },
});

@InputType({ description: 'Metal booked into or out of the atelier, by weight.' })
export class BookMetalInput {
  @Field(() => Metal, { description: 'The alloy.' })
  alloy!: Metal;

  @Field(() => Float, { description: 'Grams, more than 0 and at most 100000, to the milligram (at most three decimals).' })
  grams!: number;

  @Field(() => MetalDirection, { description: 'In or out.' })
  direction!: MetalDirection;

  @Field({ description: 'Why: dealer invoice, job number (3 to 500 characters).' })
  reason!: string;
}
