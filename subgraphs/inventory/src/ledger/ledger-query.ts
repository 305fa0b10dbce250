import { Field, ID, InputType, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { ARGUMENT_LIMITS, badUserInput, entitiesFromRows, isCatalogueKey, requireMaxLength, rows } from '@elysium/subgraph-kit';
import { isSerialNumber } from '../stock/stock-ref';
import { MovementKind, StockMovement } from './stock-movement.entity';

/** Which movements to list; every given filter must hold. */
@InputType({ description: 'Filters of the stock ledger; every one given must hold.' })
export class StockMovementFilter {
  @Field(() => String, { nullable: true, description: 'Counted stock of this SKU.' })
  sku?: string | null;

  @Field(() => ID, { nullable: true, description: 'Anything of this catalogue product (counted or serialised).' })
  productId?: string | null;

  @Field(() => String, { nullable: true, description: 'The unit with this serial number.' })
  serialNumber?: string | null;

  @Field(() => ID, { nullable: true, description: 'At this location.' })
  locationId?: string | null;

  @Field(() => [MovementKind], { nullable: true, description: 'Of these kinds.' })
  kinds?: MovementKind[] | null;

  @Field(() => String, { nullable: true, description: 'By this actor (staff member id or service name).' })
  actor?: string | null;

  @Field(() => ID, { nullable: true, description: 'Of this reservation.' })
  reservationId?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after this time.' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time.' })
  to?: Date | null;
}

/** A page of the ledger, newest first. */
@ObjectType({ description: 'A page of stock movements, newest first.' })
export class StockMovementPage {
  @Field(() => [StockMovement], { description: 'The movements of this page.' })
  nodes!: StockMovement[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next (older) page; null on the last page.' })
  endCursor!: string | null;
}

const cursorOf = (id: string) => Buffer.from(`movement:${id}`).toString('base64url');

function idOfCursor(cursor: string): string {
  requireMaxLength(cursor, ARGUMENT_LIMITS.cursor, 'after');
  const match = /^movement:(\d{1,18})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badUserInput('after is not a cursor this list gave out.', 'after');
  return match[1];
}

/** Reads the ledger with keyset paging: one statement a page, however deep. */
export class LedgerQuery {
  constructor(private readonly dataSource: DataSource) {}

  async page(filter: StockMovementFilter, first: number, after: string | null): Promise<StockMovementPage> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (clause: (placeholder: string) => string, value: unknown) => {
      values.push(value);
      where.push(clause(`$${values.length}`));
    };
    const text = (value: string | null | undefined, field: string, valid: (v: string) => boolean) => {
      if (value == null) return null;
      if (!valid(value)) throw badUserInput(`filter.${field} is not a valid ${field}.`, `filter.${field}`);
      return value;
    };
    const sku = text(filter.sku, 'sku', isCatalogueKey);
    const productId = text(filter.productId, 'productId', isCatalogueKey);
    const serial = text(filter.serialNumber, 'serialNumber', isSerialNumber);
    const location = text(filter.locationId, 'locationId', isCatalogueKey);
    const actor = text(filter.actor, 'actor', (v) => v.length <= 128);
    const reservation = text(filter.reservationId, 'reservationId', (v) => /^[0-9a-f-]{36}$/i.test(v));
    if (sku) add((p) => `sku = ${p}`, sku);
    if (productId) add((p) => `product_id = ${p}`, productId);
    if (serial) add((p) => `unit_id = (SELECT id FROM stock_unit WHERE serial_number = ${p})`, serial);
    if (location) add((p) => `location_id = ${p}`, location);
    if (filter.kinds?.length) add((p) => `kind = ANY(${p})`, filter.kinds);
    if (actor) add((p) => `actor = ${p}`, actor);
    if (reservation) add((p) => `reservation_id = ${p}::uuid`, reservation);
    if (filter.from) add((p) => `occurred_at >= ${p}`, filter.from);
    if (filter.to) add((p) => `occurred_at < ${p}`, filter.to);
    if (after) add((p) => `id < ${p}::bigint`, idOfCursor(after));
    values.push(first + 1);
    const found = await rows<Record<string, unknown>>(
      this.dataSource.manager,
      `SELECT * FROM stock_movement ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${values.length}`,
      values,
    );
    const nodes = entitiesFromRows(this.dataSource.manager, StockMovement, found.slice(0, first));
    return Object.assign(new StockMovementPage(), {
      nodes,
      endCursor: found.length > first && nodes.length ? cursorOf(nodes[nodes.length - 1].id) : null,
    });
  }
}
