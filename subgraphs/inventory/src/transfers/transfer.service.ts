import { entitiesFromRows, FieldError, InputValidationError, isUuid, recordAudit, rows, type PostgresContext } from '@elysium/subgraph-kit';
import { actorOf } from '../ledger/actor';
import { changeLevels, changeUnits, lockOrCreateLevel, lockUnits } from '../ledger/ledger-writer';
import { MovementKind } from '../ledger/stock-movement.entity';
import type { LocationDirectory } from '../locations/location-directory';
import {
  InsufficientStockError,
  StockNotFoundError,
  TransferAlreadyReceivedError,
  UnitUnavailableError,
} from '../stock/stock-control.errors';
import { staffRefOf, textProblem, type TransferStockInput } from '../stock/stock-control.inputs';
import type { StockControlService } from '../stock/stock-control.service';
import { quantityProblem } from '../stock/stock-ref';
import { restingStatus, UnitStatus } from '../units/stock-unit.entity';
import { StockTransfer, TransferStatus } from './stock-transfer.entity';

/** Units that may be sent elsewhere: held, and not promised to a checkout. */
const MOVABLE = [UnitStatus.AVAILABLE, UnitStatus.ON_CONSIGNMENT, UnitStatus.IN_ATELIER, UnitStatus.RETURNED];

/**
 * Moving stock between locations in two steps: sent (out of the source, in transit, counted
 * nowhere) and received (into the destination). Only free stock leaves: what is held for a checkout
 * stays where checkout expects it.
 */
export class TransferService {
  constructor(
    private readonly stockControl: StockControlService,
    private readonly locations: LocationDirectory,
  ) {}

  async send(
    context: PostgresContext,
    input: TransferStockInput,
  ): Promise<StockTransfer | InputValidationError | InsufficientStockError | UnitUnavailableError | StockNotFoundError> {
    const ref = staffRefOf(input, 'input');
    const problems = [
      ...(Array.isArray(ref) ? ref : []),
      ...(await this.stockControl.locationProblem(input.fromLocationId, 'input.fromLocationId')),
      ...(await this.stockControl.locationProblem(input.toLocationId, 'input.toLocationId')),
      ...quantityProblem(input.quantity, 'input.quantity'),
      ...textProblem(input.note, 'input.note', false),
    ];
    if (input.fromLocationId === input.toLocationId)
      problems.push(new FieldError('input.toLocationId', 'Must differ from fromLocationId.'));
    if (!Array.isArray(ref) && ref.kind === 'unit' && input.quantity !== 1)
      problems.push(new FieldError('input.quantity', 'A unit moves one at a time.'));
    if (problems.length || Array.isArray(ref)) return new InputValidationError(problems);
    const actor = actorOf(context);
    const note = input.note?.trim() || null;
    return context.transaction(async (tx) => {
      const transferId = (await rows<{ id: string }>(tx.manager, `SELECT gen_random_uuid() AS id`))[0].id;
      let productId: string | null;
      let sku: string | null = null;
      let unitId: string | null = null;
      if (ref.kind === 'unit') {
        const [unit] = await lockUnits(tx, `serial_number = $1`, [ref.serialNumber]);
        if (!unit) return new StockNotFoundError('No unit has this serial number.');
        if (unit.locationId !== input.fromLocationId || !MOVABLE.includes(unit.status)) {
          return new UnitUnavailableError(
            `${unit.serialNumber} is ${unit.status} at ${unit.locationId ?? 'no location'}: it cannot leave ${input.fromLocationId}.`,
          );
        }
        await changeUnits(tx, actor, [
          {
            unit,
            status: UnitStatus.IN_TRANSIT,
            locationId: null,
            reservationId: null,
            kind: MovementKind.TRANSFER_OUT,
            at: input.fromLocationId,
            onHand: -1,
            reserved: 0,
            reason: note,
            transferId,
          },
        ]);
        productId = unit.productId;
        unitId = unit.id;
      } else {
        const level = await this.stockControl.lockLevelOf(tx, ref, input.fromLocationId);
        if (!level) return new StockNotFoundError(`Nothing of this is counted at ${input.fromLocationId}.`);
        if (level.available < input.quantity) {
          return new InsufficientStockError(
            `Only ${level.available} are free to send from ${input.fromLocationId}.`,
            input.quantity,
            level.available,
          );
        }
        await changeLevels(tx, actor, [
          { level, onHand: -input.quantity, reserved: 0, kind: MovementKind.TRANSFER_OUT, reason: note, transferId },
        ]);
        productId = level.productId;
        sku = level.sku;
      }
      const [created] = await rows<Record<string, unknown>>(
        tx.manager,
        `INSERT INTO stock_transfer (id, from_location_id, to_location_id, product_id, sku, unit_id, quantity, status, note, sent_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'IN_TRANSIT', $8, $9) RETURNING *`,
        [transferId, input.fromLocationId, input.toLocationId, productId, sku, unitId, input.quantity, note, actor.actor],
      );
      await recordAudit(tx, context, {
        action: 'stock.transfer-sent',
        targetType: 'StockTransfer',
        targetId: transferId,
        service: 'inventory',
      });
      return entitiesFromRows(tx.manager, StockTransfer, [created])[0];
    });
  }

  async receive(context: PostgresContext, transferId: string): Promise<StockTransfer | TransferAlreadyReceivedError | StockNotFoundError> {
    if (!isUuid(transferId)) return new StockNotFoundError('No transfer has this id.');
    const actor = actorOf(context);
    const kinds = await this.locations.kinds();
    return context.transaction(async (tx) => {
      const found = await rows<Record<string, unknown>>(tx.manager, `SELECT * FROM stock_transfer WHERE id = $1 FOR UPDATE`, [transferId]);
      if (!found.length) return new StockNotFoundError('No transfer has this id.');
      const transfer = entitiesFromRows(tx.manager, StockTransfer, found)[0];
      if (transfer.status === TransferStatus.RECEIVED) return new TransferAlreadyReceivedError();
      const to = transfer.toLocationId;
      if (transfer.unitId) {
        const [unit] = await lockUnits(tx, `id = $1`, [transfer.unitId]);
        await changeUnits(tx, actor, [
          {
            unit,
            status: restingStatus(kinds.get(to)!),
            locationId: to,
            reservationId: null,
            kind: MovementKind.TRANSFER_IN,
            at: to,
            onHand: 1,
            reserved: 0,
            transferId,
          },
        ]);
      } else {
        const level = await lockOrCreateLevel(tx, transfer.productId!, transfer.sku, to);
        await changeLevels(tx, actor, [{ level, onHand: transfer.quantity, reserved: 0, kind: MovementKind.TRANSFER_IN, transferId }]);
      }
      const [received] = await rows<Record<string, unknown>>(
        tx.manager,
        `UPDATE stock_transfer SET status = 'RECEIVED', received_by = $2, received_at = now() WHERE id = $1 RETURNING *`,
        [transferId, actor.actor],
      );
      await recordAudit(tx, context, {
        action: 'stock.transfer-received',
        targetType: 'StockTransfer',
        targetId: transferId,
        service: 'inventory',
      });
      return entitiesFromRows(tx.manager, StockTransfer, [received])[0];
    });
  }
}
