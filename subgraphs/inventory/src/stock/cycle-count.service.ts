import { entitiesFromRows, FieldError, InputValidationError, recordAudit, rows, type PostgresContext } from '@elysium/subgraph-kit';
import type { CatalogDirectory } from '../catalog/catalog-directory';
import { actorOf } from '../ledger/actor';
import { changeLevels, lockLevels, lockOrCreateLevel, lockUnits } from '../ledger/ledger-writer';
import { MovementKind, StockMovement } from '../ledger/stock-movement.entity';
import { HELD_STATUSES } from '../units/stock-unit.entity';
import { CycleCountResult } from './cycle-count.result';
import { InsufficientStockError } from './stock-control.errors';
import { countRefOf, textProblem, type CountRef, type CycleCountInput } from './stock-control.inputs';
import type { StockControlService } from './stock-control.service';
import { isSerialNumber, quantityProblem } from './stock-ref';

const SERVICE = 'inventory';
const CYCLE_COUNT_MAX_LINES = 500;

/** A cycle count of one location, reconciled with the records through the ledger. */
export class CycleCountService {
  constructor(
    private readonly catalog: CatalogDirectory,
    private readonly stockControl: StockControlService,
  ) {}

  /**
   * Reconciles what was found with the records: each counted line that differs becomes an
   * ADJUSTMENT; units the records place here but nobody saw, and units seen that belong elsewhere,
   * are reported for someone to look into, never silently written off.
   */
  async reconcileCycleCount(
    context: PostgresContext,
    input: CycleCountInput,
  ): Promise<CycleCountResult | InputValidationError | InsufficientStockError> {
    const problems = [
      ...(await this.stockControl.locationProblem(input.locationId, 'input.locationId')),
      ...textProblem(input.note, 'input.note', false),
    ];
    if (input.lines.length > CYCLE_COUNT_MAX_LINES) problems.push(new FieldError('input.lines', `At most ${CYCLE_COUNT_MAX_LINES} lines.`));
    if (input.serialNumbersSeen.length > CYCLE_COUNT_MAX_LINES) {
      problems.push(new FieldError('input.serialNumbersSeen', `At most ${CYCLE_COUNT_MAX_LINES} serial numbers.`));
    }
    const refs: Array<{ ref: CountRef; counted: number }> = [];
    const seenKeys = new Set<string>();
    input.lines.slice(0, CYCLE_COUNT_MAX_LINES).forEach((line, i) => {
      const ref = countRefOf(line, `input.lines.${i}`);
      if (Array.isArray(ref)) return void problems.push(...ref);
      problems.push(...quantityProblem(line.counted, `input.lines.${i}.counted`, 0));
      const key = ref.kind === 'sku' ? `sku:${ref.sku}` : `piece:${ref.productId}`;
      if (seenKeys.has(key)) problems.push(new FieldError(`input.lines.${i}`, 'Counted twice: give one line per SKU.'));
      seenKeys.add(key);
      refs.push({ ref, counted: line.counted });
    });
    input.serialNumbersSeen.slice(0, CYCLE_COUNT_MAX_LINES).forEach((serial, i) => {
      if (!isSerialNumber(serial)) problems.push(new FieldError(`input.serialNumbersSeen.${i}`, 'Not a serial number.'));
    });
    if (problems.length) return new InputValidationError(problems);

    // Lines for SKUs never counted here before need their product from the catalogue (outside the transaction).
    const skus = refs.flatMap(({ ref }) => (ref.kind === 'sku' ? [ref.sku] : []));
    const known = await context.transaction((tx) =>
      rows<{ sku: string; product_id: string }>(tx.manager, `SELECT DISTINCT sku, product_id FROM stock_level WHERE sku = ANY($1)`, [skus]),
    );
    const productOfSku = new Map(known.map((row) => [row.sku, row.product_id]));
    for (const { ref, counted } of refs) {
      if (ref.kind === 'sku' && !productOfSku.has(ref.sku) && counted > 0) {
        const productId = await this.catalog.productOfSku(ref.sku);
        if (!productId) return new InputValidationError([new FieldError('input.lines', `${ref.sku} is not a SKU in the catalogue.`)]);
        productOfSku.set(ref.sku, productId);
      }
    }
    const note = input.note?.trim();
    const reason = note ? `Cycle count: ${note}` : 'Cycle count';
    return context.transaction(async (tx) => {
      const wanted = refs.flatMap(({ ref, counted }) => {
        const productId = ref.kind === 'sku' ? productOfSku.get(ref.sku) : ref.productId;
        // Counted 0 of a SKU never held anywhere: nothing to reconcile.
        return productId ? [{ ref, counted, productId, sku: ref.kind === 'sku' ? ref.sku : null }] : [];
      });
      // Every count of the location the lines name, locked in one statement (id order), before any write.
      const counts = await lockLevels(tx, `location_id = $1 AND (sku = ANY($2) OR (sku IS NULL AND product_id = ANY($3)))`, [
        input.locationId,
        wanted.flatMap((w) => (w.sku ? [w.sku] : [])),
        wanted.flatMap((w) => (w.sku ? [] : [w.productId])),
      ]);
      const levelOf = (w: (typeof wanted)[number]) => counts.find((l) => l.sku === w.sku && l.productId === w.productId);
      for (const w of wanted) {
        const level = levelOf(w);
        if (level && w.counted < level.reserved) {
          return new InsufficientStockError(
            `${w.sku ?? w.productId}: counted ${w.counted} but ${level.reserved} are held for checkouts; settle those first.`,
            level.reserved,
            w.counted,
          );
        }
      }
      const changes = [];
      for (const w of wanted) {
        const level = levelOf(w) ?? (w.counted > 0 ? await lockOrCreateLevel(tx, w.productId, w.sku, input.locationId) : null);
        if (level && w.counted !== level.onHand) {
          changes.push({ level, onHand: w.counted - level.onHand, reserved: 0, kind: MovementKind.ADJUSTMENT, reason });
        }
      }
      const before = await rows<{ id: string }>(tx.manager, `SELECT coalesce(max(id), 0) AS id FROM stock_movement`);
      await changeLevels(tx, actorOf(context), changes);
      const adjustments = changes.length
        ? entitiesFromRows(
            tx.manager,
            StockMovement,
            await rows<Record<string, unknown>>(tx.manager, `SELECT * FROM stock_movement WHERE id > $1 AND request_id = $2 ORDER BY id`, [
              before[0].id,
              context.requestId,
            ]),
          )
        : [];
      const held = await lockUnits(tx, `location_id = $1 AND status = ANY($2)`, [input.locationId, HELD_STATUSES]);
      const seen = new Set(input.serialNumbersSeen);
      const result = Object.assign(new CycleCountResult(), {
        locationId: input.locationId,
        adjustments,
        missingUnits: held.filter((unit) => !seen.has(unit.serialNumber)),
        unexpectedSerialNumbers: [...seen].filter((serial) => !held.some((unit) => unit.serialNumber === serial)),
      });
      await recordAudit(tx, context, {
        action: 'stock.cycle-counted',
        targetType: 'StockLocation',
        targetId: input.locationId,
        service: SERVICE,
      });
      return result;
    });
  }
}
