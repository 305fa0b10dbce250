import { badUserInput } from './thrown-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a UUID, the shape of every id our Postgres subgraphs issue. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * A caller's id argument, checked before any query runs: anything but a UUID is BAD_USER_INPUT
 * naming the field (the value itself is not echoed), never a database error.
 */
export function requireUuid(value: string, field: string): string {
  if (!isUuid(value)) throw badUserInput(`${field} must be an id of the form 00000000-0000-0000-0000-000000000000.`, field);
  return value.toLowerCase();
}

/** The characters Sanity allows in a document id, and SKUs in the catalogue. */
const CATALOGUE_KEY = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Whether `value` can name a catalogue document (product, stone) or SKU at all. Checked before any
 * query: what cannot be one is simply not found (or refused as input), never sent to a database.
 */
export function isCatalogueKey(value: unknown): value is string {
  return typeof value === 'string' && CATALOGUE_KEY.test(value);
}
