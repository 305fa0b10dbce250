import {
  entitiesFromRows,
  FieldError,
  InputValidationError,
  isCatalogueKey,
  recordAudit,
  rows,
  type PostgresContext,
  type Tx,
} from '@elysium/subgraph-kit';
import type { CatalogDirectory } from '../catalog/catalog-directory';
import { raiseLowStockAlert } from '../alerts/low-stock';
import { actorOf } from '../ledger/actor';
import { changeLevels, changeUnits, lockLevels, lockOrCreateLevel, lockUnits } from '../ledger/ledger-writer';
import { MovementKind } from '../ledger/stock-movement.entity';
import type { LocationDirectory } from '../locations/location-directory';
import { restingStatus, StockUnit, UnitStatus } from '../units/stock-unit.entity';
import { LocationStock } from './location-stock.entity';
import { InsufficientStockError, NotInCatalogueError, StockNotFoundError, UnitUnavailableError } from './stock-control.errors';
import {
  countRefOf,
  staffRefOf,
  textProblem,
  type CountRef,
  type AdjustStockInput,
  type ReceiveStockInput,
  type ReceiveUnitInput,
  type RecordReturnInput,
  type SetLowStockThresholdInput,
} from './stock-control.inputs';
import { isSerialNumber, MAX_LINE_QUANTITY, quantityProblem } from './stock-ref';

const SERVICE = 'inventory';

/**
 * What stock control does by hand: receive, adjust, set thresholds, reconcile a cycle count, take
 * returns. Each operation checks its input first, asks the catalog before taking in what it does
 * not know, then writes through the ledger and the audit log in one transaction.
 */
export class StockControlService {
  constructor(
    private readonly catalog: CatalogDirectory,
    private readonly locations: LocationDirectory,
  ) {}

  async receiveStock(
    context: PostgresContext,
    input: ReceiveStockInput,
  ): Promise<LocationStock | InputValidationError | NotInCatalogueError> {
    const ref = countRefOf(input, 'input');
    const problems = [
      ...(Array.isArray(ref) ? ref : []),
      ...(await this.locationProblem(input.locationId, 'input.locationId')),
      ...quantityProblem(input.quantity, 'input.quantity'),
      ...textProblem(input.note, 'input.note', false),
    ];
    if (problems.length || Array.isArray(ref)) return new InputValidationError(problems);
    const productId = await this.productOf(ref);
    if (productId instanceof NotInCatalogueError) return productId;
    return context.transaction(async (tx) => {
      const level = await lockOrCreateLevel(tx, productId, ref.kind === 'sku' ? ref.sku : null, input.locationId);
      const [after] = await changeLevels(tx, actorOf(context), [
        { level, onHand: input.quantity, reserved: 0, kind: MovementKind.RECEIPT, reason: input.note?.trim() || null },
      ]);
      await recordAudit(tx, context, { action: 'stock.received', targetType: 'LocationStock', targetId: after.id, service: SERVICE });
      return after;
    });
  }

  async receiveUnit(context: PostgresContext, input: ReceiveUnitInput): Promise<StockUnit | InputValidationError | NotInCatalogueError> {
    const problems = [
      ...(await this.locationProblem(input.locationId, 'input.locationId')),
      ...textProblem(input.note, 'input.note', false),
    ];
    if (!isSerialNumber(input.serialNumber))
      problems.push(new FieldError('input.serialNumber', 'Not a serial number: 1 to 64 letters, digits and . _ / -.'));
    if ((input.productId == null) === (input.stoneId == null))
      problems.push(new FieldError('input.productId', 'Give productId (a piece) or stoneId (a stone), not both.'));
    if (input.productId != null && !isCatalogueKey(input.productId)) problems.push(new FieldError('input.productId', 'Not a product id.'));
    if (input.stoneId != null) {
      if (!isCatalogueKey(input.stoneId)) problems.push(new FieldError('input.stoneId', 'Not a stone id.'));
      if (!input.certificateLab?.trim())
        problems.push(new FieldError('input.certificateLab', 'A stone comes with its grading report: give the laboratory.'));
      if (!input.certificateNumber?.trim())
        problems.push(new FieldError('input.certificateNumber', 'A stone comes with its grading report: give its number.'));
    }
    for (const field of ['certificateLab', 'certificateNumber'] as const) {
      if ((input[field]?.length ?? 0) > 64) problems.push(new FieldError(`input.${field}`, 'At most 64 characters.'));
    }
    if (problems.length) return new InputValidationError(problems);

    let certificate: { lab: string; number: string } | null = null;
    if (input.stoneId != null) {
      const stone = await this.catalog.stone(input.stoneId);
      if (!stone) return new NotInCatalogueError('input.stoneId', 'No stone in the catalogue has this id.');
      const sameLab = stone.lab.trim().toUpperCase() === input.certificateLab!.trim().toUpperCase();
      if (!sameLab || stone.certificateNumber.trim() !== input.certificateNumber!.trim()) {
        return new NotInCatalogueError(
          'input.certificateNumber',
          "The certificate in hand does not match the catalogue stone's grading report.",
        );
      }
      certificate = { lab: stone.lab, number: stone.certificateNumber };
    } else if (!(await this.catalog.productExists(input.productId!))) {
      return new NotInCatalogueError('input.productId', 'No product in the catalogue has this id.');
    }
    const location = (await this.locations.find(input.locationId))!;
    return context.transaction(async (tx) => {
      const [created] = await rows<Record<string, unknown>>(
        tx.manager,
        `INSERT INTO stock_unit (serial_number, product_id, stone_id, certificate_lab, certificate_number, location_id, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT DO NOTHING
         RETURNING *`,
        [
          input.serialNumber,
          input.productId ?? null,
          input.stoneId ?? null,
          certificate?.lab ?? null,
          certificate?.number ?? null,
          location.id,
          restingStatus(location.kind),
        ],
      );
      if (!created) {
        return new InputValidationError([
          new FieldError(
            input.stoneId ? 'input.stoneId' : 'input.serialNumber',
            'Already in stock: the serial number, stone or certificate is taken.',
          ),
        ]);
      }
      const unit = entitiesFromRows(tx.manager, StockUnit, [created])[0];
      await changeUnits(tx, actorOf(context), [
        {
          unit,
          status: unit.status,
          locationId: unit.locationId,
          reservationId: null,
          kind: MovementKind.RECEIPT,
          at: unit.locationId,
          onHand: 1,
          reserved: 0,
          reason: input.note?.trim() || null,
        },
      ]);
      await recordAudit(tx, context, { action: 'stock.unit-received', targetType: 'StockUnit', targetId: unit.id, service: SERVICE });
      return unit;
    });
  }

  async adjustStock(
    context: PostgresContext,
    input: AdjustStockInput,
  ): Promise<LocationStock | InputValidationError | InsufficientStockError | StockNotFoundError> {
    const ref = countRefOf(input, 'input');
    const problems = [
      ...(Array.isArray(ref) ? ref : []),
      ...(await this.locationProblem(input.locationId, 'input.locationId')),
      ...textProblem(input.reason, 'input.reason', true),
    ];
    if (!Number.isInteger(input.change) || input.change === 0 || Math.abs(input.change) > MAX_LINE_QUANTITY) {
      problems.push(new FieldError('input.change', `A whole number from -${MAX_LINE_QUANTITY} to ${MAX_LINE_QUANTITY}, not 0.`));
    }
    if (problems.length || Array.isArray(ref)) return new InputValidationError(problems);
    return context.transaction(async (tx) => {
      const level = await this.lockLevelOf(tx, ref, input.locationId);
      if (!level) return new StockNotFoundError('Nothing of this is counted at that location.');
      if (level.onHand + input.change < level.reserved) {
        return new InsufficientStockError(
          `Only ${level.available} of ${level.onHand} on hand are free; the rest are held for checkouts.`,
          -input.change,
          level.available,
        );
      }
      const [after] = await changeLevels(tx, actorOf(context), [
        { level, onHand: input.change, reserved: 0, kind: MovementKind.ADJUSTMENT, reason: input.reason.trim() },
      ]);
      await recordAudit(tx, context, { action: 'stock.adjusted', targetType: 'LocationStock', targetId: after.id, service: SERVICE });
      return after;
    });
  }

  async setLowStockThreshold(
    context: PostgresContext,
    input: SetLowStockThresholdInput,
  ): Promise<LocationStock | InputValidationError | NotInCatalogueError> {
    const ref = countRefOf(input, 'input');
    const problems = [...(Array.isArray(ref) ? ref : []), ...(await this.locationProblem(input.locationId, 'input.locationId'))];
    if (input.threshold != null) problems.push(...quantityProblem(input.threshold, 'input.threshold', 0));
    if (problems.length || Array.isArray(ref)) return new InputValidationError(problems);
    // A count kept here already names its product; a new one asks the catalogue first.
    const existing = await context.transaction((tx) => this.lockLevelOf(tx, ref, input.locationId));
    const productId = existing ? existing.productId : await this.productOf(ref);
    if (productId instanceof NotInCatalogueError) return productId;
    return context.transaction(async (tx) => {
      const locked = await lockOrCreateLevel(tx, productId, ref.kind === 'sku' ? ref.sku : null, input.locationId);
      const [updated] = await rows<Record<string, unknown>>(
        tx.manager,
        `UPDATE stock_level SET low_stock_threshold = $2, updated_at = now() WHERE id = $1 RETURNING *`,
        [locked.id, input.threshold ?? null],
      );
      const after = entitiesFromRows(tx.manager, LocationStock, [updated])[0];
      if (after.lowStockThreshold == null) {
        await rows(tx.manager, `UPDATE low_stock_alert SET cleared_at = now() WHERE level_id = $1 AND cleared_at IS NULL`, [after.id]);
      } else if (after.available <= after.lowStockThreshold) {
        // Already at or below the new threshold: that is a crossing too.
        await raiseLowStockAlert(tx, after);
      }
      await recordAudit(tx, context, { action: 'stock.threshold-set', targetType: 'LocationStock', targetId: after.id, service: SERVICE });
      return after;
    });
  }

  /** A client's return: counted stock goes back on hand; a sold unit comes back RETURNED, for inspection. */
  async recordReturn(
    context: PostgresContext,
    input: RecordReturnInput,
  ): Promise<LocationStock | StockUnit | InputValidationError | NotInCatalogueError | UnitUnavailableError | StockNotFoundError> {
    const ref = staffRefOf(input, 'input');
    const problems = [
      ...(Array.isArray(ref) ? ref : []),
      ...(await this.locationProblem(input.locationId, 'input.locationId')),
      ...quantityProblem(input.quantity, 'input.quantity'),
      ...textProblem(input.reason, 'input.reason', true),
    ];
    if (!Array.isArray(ref) && ref.kind === 'unit' && input.quantity !== 1)
      problems.push(new FieldError('input.quantity', 'A unit comes back one at a time.'));
    if (problems.length || Array.isArray(ref)) return new InputValidationError(problems);
    const actor = actorOf(context);
    if (ref.kind === 'unit') {
      return context.transaction(async (tx) => {
        const [unit] = await lockUnits(tx, `serial_number = $1`, [ref.serialNumber]);
        if (!unit) return new StockNotFoundError('No unit has this serial number.');
        if (unit.status !== UnitStatus.SOLD)
          return new UnitUnavailableError(`${unit.serialNumber} is ${unit.status}, not SOLD: it cannot come back.`);
        await changeUnits(tx, actor, [
          {
            unit,
            status: UnitStatus.RETURNED,
            locationId: input.locationId,
            reservationId: null,
            kind: MovementKind.RETURN,
            at: input.locationId,
            onHand: 1,
            reserved: 0,
            reason: input.reason.trim(),
          },
        ]);
        await recordAudit(tx, context, { action: 'stock.returned', targetType: 'StockUnit', targetId: unit.id, service: SERVICE });
        return Object.assign(unit, { status: UnitStatus.RETURNED, locationId: input.locationId, updatedAt: new Date() });
      });
    }
    const productId = await this.productOf(ref);
    if (productId instanceof NotInCatalogueError) return productId;
    return context.transaction(async (tx) => {
      const level = await lockOrCreateLevel(tx, productId, ref.kind === 'sku' ? ref.sku : null, input.locationId);
      const [after] = await changeLevels(tx, actor, [
        { level, onHand: input.quantity, reserved: 0, kind: MovementKind.RETURN, reason: input.reason.trim() },
      ]);
      await recordAudit(tx, context, { action: 'stock.returned', targetType: 'LocationStock', targetId: after.id, service: SERVICE });
      return after;
    });
  }

  /** A returned unit passed inspection: it may be sold again from where it rests. */
  async restockReturnedUnit(
    context: PostgresContext,
    serialNumber: string,
  ): Promise<StockUnit | InputValidationError | UnitUnavailableError | StockNotFoundError> {
    if (!isSerialNumber(serialNumber)) return new InputValidationError([new FieldError('serialNumber', 'Not a serial number.')]);
    const kinds = await this.locations.kinds();
    return context.transaction(async (tx) => {
      const [unit] = await lockUnits(tx, `serial_number = $1`, [serialNumber]);
      if (!unit) return new StockNotFoundError('No unit has this serial number.');
      if (unit.status !== UnitStatus.RETURNED) return new UnitUnavailableError(`${unit.serialNumber} is ${unit.status}, not RETURNED.`);
      const status = restingStatus(kinds.get(unit.locationId!)!);
      await changeUnits(tx, actorOf(context), [
        {
          unit,
          status,
          locationId: unit.locationId,
          reservationId: null,
          kind: MovementKind.ADJUSTMENT,
          at: unit.locationId,
          onHand: 0,
          reserved: 0,
          reason: 'Returned unit inspected and restocked',
        },
      ]);
      await recordAudit(tx, context, { action: 'stock.unit-restocked', targetType: 'StockUnit', targetId: unit.id, service: SERVICE });
      return Object.assign(unit, { status, updatedAt: new Date() });
    });
  }

  /** The locked count a staff reference names at a location, or null when none is kept there. */
  async lockLevelOf(tx: Tx, ref: CountRef, locationId: string): Promise<LocationStock | null> {
    const [level] =
      ref.kind === 'sku'
        ? await lockLevels(tx, `location_id = $1 AND sku = $2`, [locationId, ref.sku])
        : await lockLevels(tx, `location_id = $1 AND product_id = $2 AND sku IS NULL`, [locationId, ref.productId]);
    return level ?? null;
  }

  /** The product a staff reference belongs to, as the catalogue says. */
  async productOf(ref: CountRef): Promise<string | NotInCatalogueError> {
    if (ref.kind === 'sku') {
      return (
        (await this.catalog.productOfSku(ref.sku)) ?? new NotInCatalogueError('input.sku', 'No product in the catalogue has this SKU.')
      );
    }
    return (await this.catalog.productExists(ref.productId))
      ? ref.productId
      : new NotInCatalogueError('input.productId', 'No product in the catalogue has this id.');
  }

  async locationProblem(locationId: string, field: string): Promise<FieldError[]> {
    return locationId.length <= 64 && (await this.locations.find(locationId))
      ? []
      : [new FieldError(field, 'Not a stock location: vault, showroom, consignment or atelier.')];
  }
}
