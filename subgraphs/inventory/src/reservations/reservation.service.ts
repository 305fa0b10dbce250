import { createHash, randomUUID } from 'node:crypto';
import { entitiesFromRows, FieldError, InputValidationError, isUuid, rows, type TransactionRunner, type Tx } from '@elysium/subgraph-kit';
import type { Actor } from '../ledger/actor';
import { changeLevels, changeUnits, lockLevels, lockUnits, type LevelChange, type UnitChange } from '../ledger/ledger-writer';
import { MovementKind } from '../ledger/stock-movement.entity';
import type { LocationDirectory } from '../locations/location-directory';
import { quantityProblem, stockRefOf, type ReservationLineInput } from '../stock/stock-ref';
import { RESERVABLE_STATUSES, restingStatus, UnitStatus } from '../units/stock-unit.entity';
import { allocate, type Allocation, type RequestedLine } from './allocate';
import { Reservation, ReservationStatus, ReservedLine } from './reservation.entity';
import {
  IdempotencyKeyReusedError,
  OutOfStockError,
  ReservationEndedError,
  ReservationExpiredError,
  ReservationNotFoundError,
  type ShortLine,
} from './reservation.errors';

/** Limits of one reservation request. */
export const RESERVATION_LIMITS = {
  lines: 100,
  minTtlSeconds: 60,
  maxTtlSeconds: 86_400,
  defaultTtlSeconds: 900,
  keyLength: 100,
  reference: 100,
};

export interface ReserveStockRequest {
  idempotencyKey: string;
  lines: ReservationLineInput[];
  ttlSeconds: number;
  reference?: string | null;
}

/** Thrown inside the transaction so nothing of a failed reservation is kept, caught outside it. */
class Shortage extends Error {
  constructor(readonly lines: ShortLine[]) {
    super('out of stock');
  }
}

/**
 * Reservations for checkout: reserve (all or nothing), commit (a sale), release, and expiry through
 * the job queue. Every path locks the reservation first, then counts, then units, each in id order,
 * so concurrent reservations never wait on each other in a circle; and commit and expiry both decide
 * on the locked reservation against the database clock, so only one of them can ever win.
 */
export class ReservationService {
  constructor(
    private readonly run: TransactionRunner,
    private readonly locations: LocationDirectory,
  ) {}

  async reserve(
    actor: Actor,
    request: ReserveStockRequest,
  ): Promise<Reservation | OutOfStockError | IdempotencyKeyReusedError | InputValidationError> {
    const valid = validateReserve(request);
    if (valid instanceof InputValidationError) return valid;
    const order = await this.locations.sellableOrder();
    try {
      return await this.run(async (tx) => {
        const id = randomUUID();
        const [created] = await rows<Record<string, unknown>>(
          tx.manager,
          `INSERT INTO reservation (id, idempotency_key, fingerprint, status, reference, expires_at, created_by, request_id)
           VALUES ($1, $2, $3, 'ACTIVE', $4, clock_timestamp() + make_interval(secs => $5), $6, $7)
           ON CONFLICT (idempotency_key) DO NOTHING
           RETURNING *`,
          [id, request.idempotencyKey, valid.fingerprint, request.reference ?? null, request.ttlSeconds, actor.actor, actor.requestId],
        );
        if (!created) return this.repeat(tx, request.idempotencyKey, valid.fingerprint);
        const reservation = entitiesFromRows(tx.manager, Reservation, [created])[0];

        const skus = valid.lines.flatMap(({ ref }) => (ref.kind === 'sku' ? [ref.sku] : []));
        const pieces = valid.lines.flatMap(({ ref }) => (ref.kind === 'piece' ? [ref.productId] : []));
        const unitIds = valid.lines.flatMap(({ ref }) => (ref.kind === 'unit' ? [ref.unitId] : []));
        const stoneIds = valid.lines.flatMap(({ ref }) => (ref.kind === 'stone' ? [ref.stoneId] : []));
        const levels =
          skus.length || pieces.length
            ? await lockLevels(tx, `location_id = ANY($3) AND (sku = ANY($1) OR (sku IS NULL AND product_id = ANY($2)))`, [
                skus,
                pieces,
                [...order.keys()],
              ])
            : [];
        const units =
          unitIds.length || pieces.length || stoneIds.length
            ? await lockUnits(tx, `id = ANY($1::uuid[]) OR stone_id = ANY($4) OR (product_id = ANY($2) AND status = ANY($3))`, [
                unitIds,
                pieces,
                RESERVABLE_STATUSES,
                stoneIds,
              ])
            : [];
        const { allocations, short } = allocate(valid.lines, levels, units, order);
        if (short.length) throw new Shortage(short);

        await changeLevels(
          tx,
          actor,
          allocations.flatMap((a): LevelChange[] =>
            a.level ? [{ level: a.level, onHand: 0, reserved: a.quantity, kind: MovementKind.RESERVATION, reservationId: id }] : [],
          ),
        );
        await changeUnits(
          tx,
          actor,
          allocations.flatMap((a): UnitChange[] =>
            a.unit
              ? [
                  {
                    unit: a.unit,
                    status: UnitStatus.RESERVED,
                    locationId: a.unit.locationId,
                    reservationId: id,
                    kind: MovementKind.RESERVATION,
                    at: a.unit.locationId,
                    onHand: 0,
                    reserved: 1,
                  },
                ]
              : [],
          ),
        );
        await rows(
          tx.manager,
          `INSERT INTO reservation_line (reservation_id, line, level_id, unit_id, quantity)
           SELECT $1, l.line, l.level_id, l.unit_id, l.quantity FROM unnest($2::int[], $3::uuid[], $4::uuid[], $5::int[]) AS l (line, level_id, unit_id, quantity)`,
          [
            id,
            allocations.map((a) => a.line),
            allocations.map((a) => a.level?.id ?? null),
            allocations.map((a) => a.unit?.id ?? null),
            allocations.map((a) => a.quantity),
          ],
        );
        // Expiry is scheduled work on the queue, written with the reservation: it exists exactly when the hold does.
        await tx.enqueue('inventory.expire-reservation', { reservationId: id }, { startAfter: reservation.expiresAt });
        reservation.lines = allocations.map(reservedLineOf);
        return reservation;
      });
    } catch (error) {
      if (error instanceof Shortage) return new OutOfStockError(error.lines);
      throw error;
    }
  }

  /** Turns the hold into a sale. A repeat returns the committed reservation; an expired one can never be committed. */
  async commit(
    actor: Actor,
    reservationId: string,
  ): Promise<Reservation | ReservationExpiredError | ReservationEndedError | ReservationNotFoundError> {
    if (!isUuid(reservationId)) return new ReservationNotFoundError();
    return this.run(async (tx) => {
      const locked = await this.lockReservation(tx, reservationId);
      if (!locked) return new ReservationNotFoundError();
      const { reservation, overdue } = locked;
      if (reservation.status === ReservationStatus.COMMITTED) return this.withLines(tx, reservation);
      if (reservation.status === ReservationStatus.EXPIRED) return new ReservationExpiredError();
      if (reservation.status === ReservationStatus.RELEASED) return new ReservationEndedError(reservation.status);
      if (overdue) {
        // Past its time but not yet swept: it expires now, in this transaction, and stays expired.
        await this.end(tx, actor, locked, ReservationStatus.EXPIRED);
        return new ReservationExpiredError();
      }
      return this.end(tx, actor, locked, ReservationStatus.COMMITTED);
    });
  }

  /** Gives the stock back. Releasing an ended hold returns it as it is; a committed one is a sale and stays one. */
  async release(actor: Actor, reservationId: string): Promise<Reservation | ReservationEndedError | ReservationNotFoundError> {
    if (!isUuid(reservationId)) return new ReservationNotFoundError();
    return this.run(async (tx) => {
      const locked = await this.lockReservation(tx, reservationId);
      if (!locked) return new ReservationNotFoundError();
      const { reservation } = locked;
      if (reservation.status === ReservationStatus.COMMITTED) return new ReservationEndedError(reservation.status);
      if (reservation.status !== ReservationStatus.ACTIVE) return this.withLines(tx, reservation);
      return this.end(tx, actor, locked, ReservationStatus.RELEASED);
    });
  }

  /** The expiry job: ends the hold if it is still active and due. A job that runs early leaves it be (the sweep comes back). */
  async expireIn(tx: Tx, actor: Actor, reservationId: string): Promise<boolean> {
    const locked = await this.lockReservation(tx, reservationId);
    if (!locked || locked.reservation.status !== ReservationStatus.ACTIVE || !locked.overdue) return false;
    await this.end(tx, actor, locked, ReservationStatus.EXPIRED);
    return true;
  }

  /** The sweep: every active hold past its time, each expired in its own transaction. */
  async expireOverdue(actor: Actor, limit = 500): Promise<number> {
    const due = await this.run((tx) =>
      rows<{ id: string }>(
        tx.manager,
        `SELECT id FROM reservation WHERE status = 'ACTIVE' AND expires_at <= clock_timestamp() ORDER BY expires_at LIMIT $1`,
        [limit],
      ),
    );
    let expired = 0;
    for (const { id } of due) if (await this.run((tx) => this.expireIn(tx, actor, id))) expired++;
    return expired;
  }

  async find(reservationId: string): Promise<Reservation | null> {
    if (!isUuid(reservationId)) return null;
    return this.run(async (tx) => {
      const found = await rows<Record<string, unknown>>(tx.manager, `SELECT * FROM reservation WHERE id = $1`, [reservationId]);
      return found.length ? this.withLines(tx, entitiesFromRows(tx.manager, Reservation, found)[0]) : null;
    });
  }

  private async repeat(tx: Tx, key: string, fingerprint: string): Promise<Reservation | IdempotencyKeyReusedError> {
    const found = await rows<Record<string, unknown>>(tx.manager, `SELECT * FROM reservation WHERE idempotency_key = $1`, [key]);
    const reservation = entitiesFromRows(tx.manager, Reservation, found)[0];
    if (reservation.fingerprint !== fingerprint) return new IdempotencyKeyReusedError();
    return this.withLines(tx, reservation);
  }

  /** Locks a reservation and reads what it holds, in one statement. */
  private async lockReservation(tx: Tx, id: string): Promise<{ reservation: Reservation; overdue: boolean; held: HeldLine[] } | null> {
    const found = await rows<Record<string, unknown> & { overdue: boolean; held: HeldLine[] }>(
      tx.manager,
      `SELECT r.*, r.expires_at <= clock_timestamp() AS overdue,
              coalesce((SELECT json_agg(json_build_object('level_id', rl.level_id, 'unit_id', rl.unit_id, 'quantity', rl.quantity))
                          FROM reservation_line rl WHERE rl.reservation_id = r.id), '[]') AS held
         FROM reservation r WHERE r.id = $1 FOR UPDATE OF r`,
      [id],
    );
    if (!found.length) return null;
    return { reservation: entitiesFromRows(tx.manager, Reservation, found)[0], overdue: found[0].overdue, held: found[0].held };
  }

  /** Ends an active hold: a sale (stock leaves) or a release/expiry (stock is free again). */
  private async end(
    tx: Tx,
    actor: Actor,
    locked: { reservation: Reservation; held: HeldLine[] },
    outcome: ReservationStatus,
  ): Promise<Reservation> {
    const { reservation, held } = locked;
    const levelIds = held.flatMap((h) => (h.level_id ? [h.level_id] : []));
    const unitIds = held.flatMap((h) => (h.unit_id ? [h.unit_id] : []));
    const levels = new Map((levelIds.length ? await lockLevels(tx, `id = ANY($1::uuid[])`, [levelIds]) : []).map((l) => [l.id, l]));
    const units = unitIds.length ? await lockUnits(tx, `id = ANY($1::uuid[])`, [unitIds]) : [];
    const sale = outcome === ReservationStatus.COMMITTED;
    const kind = sale ? MovementKind.SALE : MovementKind.RELEASE;
    const reason = sale ? null : outcome === ReservationStatus.EXPIRED ? 'Reservation expired' : 'Reservation released';
    await changeLevels(
      tx,
      actor,
      held.flatMap((h): LevelChange[] =>
        h.level_id
          ? [
              {
                level: levels.get(h.level_id)!,
                onHand: sale ? -h.quantity : 0,
                reserved: -h.quantity,
                kind,
                reason,
                reservationId: reservation.id,
              },
            ]
          : [],
      ),
    );
    const kinds = await this.locations.kinds();
    await changeUnits(
      tx,
      actor,
      units.map((unit) => ({
        unit,
        status: sale ? UnitStatus.SOLD : restingStatus(kinds.get(unit.locationId!)!),
        locationId: unit.locationId,
        reservationId: null,
        kind,
        at: unit.locationId,
        onHand: sale ? -1 : 0,
        reserved: -1,
        reason,
      })),
    );
    const [ended] = await rows<Record<string, unknown> & { lines: LineRow[] }>(
      tx.manager,
      `WITH ended AS (UPDATE reservation SET status = $2, ended_at = clock_timestamp() WHERE id = $1 RETURNING *)
       SELECT ended.*, ${LINES_OF('ended.id')} AS lines FROM ended`,
      [reservation.id, outcome],
    );
    return withLineRows(entitiesFromRows(tx.manager, Reservation, [ended])[0], ended.lines);
  }

  private async withLines(tx: Tx, reservation: Reservation): Promise<Reservation> {
    const [found] = await rows<{ lines: LineRow[] }>(tx.manager, `SELECT ${LINES_OF('$1::uuid')} AS lines`, [reservation.id]);
    return withLineRows(reservation, found.lines);
  }
}

/** What a reservation line holds: a count (level) or a unit. */
interface HeldLine {
  level_id: string | null;
  unit_id: string | null;
  quantity: number;
}

/** A reservation's line as answered: what was held, where, and the unit's serial. */
interface LineRow {
  line: number;
  quantity: number;
  unit_id: string | null;
  sku: string | null;
  product_id: string | null;
  serial_number: string | null;
  location_id: string | null;
}

/** A reservation's lines as one JSON array (LineRow), for the reservation whose id is `idSql`. */
const LINES_OF = (idSql: string) => `coalesce((
  SELECT json_agg(json_build_object('line', rl.line, 'quantity', rl.quantity, 'unit_id', rl.unit_id, 'sku', l.sku,
                                    'product_id', COALESCE(l.product_id, u.product_id), 'serial_number', u.serial_number,
                                    'location_id', COALESCE(l.location_id, u.location_id)) ORDER BY rl.id)
    FROM reservation_line rl
    LEFT JOIN stock_level l ON l.id = rl.level_id
    LEFT JOIN stock_unit u ON u.id = rl.unit_id
   WHERE rl.reservation_id = ${idSql}), '[]')`;

function withLineRows(reservation: Reservation, found: LineRow[]): Reservation {
  reservation.lines = found.map((row) =>
    Object.assign(new ReservedLine(), {
      line: row.line,
      sku: row.sku,
      productId: row.product_id,
      unitId: row.unit_id,
      serialNumber: row.serial_number,
      locationId: row.location_id ?? '',
      quantity: row.quantity,
    }),
  );
  return reservation;
}

function reservedLineOf(allocation: Allocation): ReservedLine {
  return Object.assign(new ReservedLine(), {
    line: allocation.line,
    sku: allocation.level?.sku ?? null,
    productId: allocation.level?.productId ?? allocation.unit?.productId ?? null,
    unitId: allocation.unit?.id ?? null,
    serialNumber: allocation.unit?.serialNumber ?? null,
    locationId: allocation.level?.locationId ?? allocation.unit?.locationId ?? '',
    quantity: allocation.quantity,
  });
}

/** Every field rule of a reservation request at once; the fingerprint identifies the request for its key. */
export function validateReserve(request: ReserveStockRequest): { lines: RequestedLine[]; fingerprint: string } | InputValidationError {
  const problems: FieldError[] = [];
  const key = request.idempotencyKey;
  if (key.length < 8 || key.length > RESERVATION_LIMITS.keyLength || !/^[\x21-\x7e]+$/.test(key)) {
    problems.push(
      new FieldError('input.idempotencyKey', `Must be 8 to ${RESERVATION_LIMITS.keyLength} printable characters without spaces.`),
    );
  }
  const { minTtlSeconds, maxTtlSeconds } = RESERVATION_LIMITS;
  if (!Number.isInteger(request.ttlSeconds) || request.ttlSeconds < minTtlSeconds || request.ttlSeconds > maxTtlSeconds) {
    problems.push(new FieldError('input.ttlSeconds', `Must be a whole number of seconds from ${minTtlSeconds} to ${maxTtlSeconds}.`));
  }
  if (request.reference != null && request.reference.length > RESERVATION_LIMITS.reference) {
    problems.push(new FieldError('input.reference', `Must be at most ${RESERVATION_LIMITS.reference} characters.`));
  }
  if (request.lines.length < 1 || request.lines.length > RESERVATION_LIMITS.lines) {
    problems.push(new FieldError('input.lines', `Give 1 to ${RESERVATION_LIMITS.lines} lines.`));
  }
  const lines: RequestedLine[] = [];
  request.lines.slice(0, RESERVATION_LIMITS.lines).forEach((input, i) => {
    const field = `input.lines.${i}`;
    const ref = stockRefOf(input, field);
    if (Array.isArray(ref)) return void problems.push(...ref);
    const quantityProblems = quantityProblem(input.quantity, `${field}.quantity`);
    if (ref.kind === 'unit' && input.quantity !== 1)
      quantityProblems.push(new FieldError(`${field}.quantity`, 'A unit is reserved one at a time: quantity must be 1.'));
    problems.push(...quantityProblems);
    lines.push({ ref, quantity: input.quantity });
  });
  if (problems.length) return new InputValidationError(problems);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ lines, ttl: request.ttlSeconds, reference: request.reference ?? null }))
    .digest('base64url');
  return { lines, fingerprint };
}
