import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import {
  ARGUMENT_LIMITS,
  badUserInput,
  isCatalogueKey,
  requireInRange,
  requireMaxLength,
  requireStaff,
  requireUuid,
  type PostgresContext,
} from '@elysium/subgraph-kit';
import { LowStockAlert } from '../alerts/low-stock-alert.entity';
import { LedgerDiscrepancy, verifyLedger } from '../ledger/ledger-check';
import { StockMovementFilter, StockMovementPage } from '../ledger/ledger-query';
import { StockLocation } from '../locations/stock-location.entity';
import { MetalBalance } from '../metal/metal-balance';
import type { InventoryServices } from '../services';
import { StockTransfer, TransferStatus } from '../transfers/stock-transfer.entity';
import { StockUnit, UnitStatus } from '../units/stock-unit.entity';
import { LocationStock } from './location-stock.entity';
import { StockLevel } from './product-stock';
import {
  BookMetalResult,
  CycleCountOutcome,
  RecordReturnResult,
  StockChangeResult,
  StockTransferResult,
  StockUnitResult,
} from './stock-control.errors';
import {
  AdjustStockInput,
  BookMetalInput,
  CycleCountInput,
  ReceiveStockInput,
  ReceiveUnitInput,
  RecordReturnInput,
  SetLowStockThresholdInput,
  TransferStockInput,
} from './stock-control.inputs';

/** Catalogue keys in a list argument: at most 100, each a possible id or SKU. */
function requireKeys(values: string[] | null | undefined, field: string): string[] | null {
  if (values == null) return null;
  requireInRange(values.length, 0, 100, field);
  values.forEach((value, i) => {
    requireMaxLength(value, ARGUMENT_LIMITS.id, `${field}.${i}`);
    if (!isCatalogueKey(value)) throw badUserInput(`${field}.${i} is not a catalogue id or SKU.`, `${field}.${i}`);
  });
  return values;
}

function optionalKey(value: string | null | undefined, field: string): string | null {
  if (value == null) return null;
  requireMaxLength(value, ARGUMENT_LIMITS.id, field);
  if (!isCatalogueKey(value)) throw badUserInput(`${field} is not a valid id.`, field);
  return value;
}

/**
 * Stock control for house staff (client service, atelier, admin): reads of counts, units, the
 * ledger and alerts, and the operations that change stock by hand. Every change is audited.
 */
@Resolver()
export class StockControlResolver {
  constructor(private readonly services: InventoryServices) {}

  @Query(() => [StockLocation], { description: 'Every stock location, the order checkout draws from first. Staff only.' })
  stockLocations(@Ctx() context: PostgresContext): Promise<StockLocation[]> {
    requireStaff(context);
    return this.services.locations.all();
  }

  @Query(() => [StockLevel], {
    description: 'Totals over every location for up to 100 products, in the order asked; untracked products are left out. Staff only.',
  })
  stockLevels(
    @Arg('productIds', () => [ID], { description: 'Catalogue product ids (at most 100, each at most 64 characters).' })
    productIds: string[],
    @Ctx() context: PostgresContext,
  ): Promise<StockLevel[]> {
    requireStaff(context);
    return this.services.stockQueries.productTotals(requireKeys(productIds, 'productIds')!);
  }

  @Query(() => [LocationStock], { description: 'Counted stock by SKU and location, filtered; at most `first` rows. Staff only.' })
  locationStock(
    @Ctx() context: PostgresContext,
    @Arg('productIds', () => [ID], { nullable: true, description: 'Only these products (at most 100).' }) productIds?: string[] | null,
    @Arg('skus', () => [String], { nullable: true, description: 'Only these SKUs (at most 100).' }) skus?: string[] | null,
    @Arg('locationId', () => ID, { nullable: true, description: 'Only at this location.' }) locationId?: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many (1 to 500).' }) first = 100,
  ): Promise<LocationStock[]> {
    requireStaff(context);
    return this.services.stockQueries.locationStock(
      {
        productIds: requireKeys(productIds, 'productIds'),
        skus: requireKeys(skus, 'skus'),
        locationId: optionalKey(locationId, 'locationId'),
      },
      requireInRange(first, 1, 500, 'first'),
    );
  }

  @Query(() => [StockUnit], { description: 'Serialised units, filtered, by serial number; at most `first`. Staff only.' })
  stockUnits(
    @Ctx() context: PostgresContext,
    @Arg('productId', () => ID, { nullable: true, description: 'Units of this piece.' }) productId?: string | null,
    @Arg('stoneId', () => ID, { nullable: true, description: 'The unit of this stone.' }) stoneId?: string | null,
    @Arg('locationId', () => ID, { nullable: true, description: 'Units at this location.' }) locationId?: string | null,
    @Arg('status', () => UnitStatus, { nullable: true, description: 'Units in this status.' }) status?: UnitStatus | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many (1 to 500).' }) first = 100,
  ): Promise<StockUnit[]> {
    requireStaff(context);
    return this.services.stockQueries.units(
      {
        productId: optionalKey(productId, 'productId'),
        stoneId: optionalKey(stoneId, 'stoneId'),
        locationId: optionalKey(locationId, 'locationId'),
        status: status ?? null,
      },
      requireInRange(first, 1, 500, 'first'),
    );
  }

  @Query(() => StockUnit, { nullable: true, description: 'One serialised unit by serial number; null when there is none. Staff only.' })
  stockUnit(
    @Arg('serialNumber', { description: 'The serial number (at most 64 characters).' }) serialNumber: string,
    @Ctx() context: PostgresContext,
  ) {
    requireStaff(context);
    return this.services.stockQueries.unitBySerial(requireMaxLength(serialNumber, ARGUMENT_LIMITS.id, 'serialNumber'));
  }

  @Query(() => StockMovementPage, {
    description: 'The stock ledger, newest first, filtered, in pages of `first` (cursor paging). Staff only.',
  })
  stockMovements(
    @Ctx() context: PostgresContext,
    @Arg('filter', () => StockMovementFilter, { nullable: true, description: 'Which movements.' }) filter?: StockMovementFilter | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'How many (1 to 100).' }) first = 50,
    @Arg('after', () => String, { nullable: true, description: 'The endCursor of the previous page.' }) after?: string | null,
  ): Promise<StockMovementPage> {
    requireStaff(context);
    return this.services.ledger.page(filter ?? new StockMovementFilter(), requireInRange(first, 1, 100, 'first'), after ?? null);
  }

  @Query(() => [StockTransfer], { description: 'Transfers, newest first (in transit by default). Staff only.' })
  stockTransfers(
    @Ctx() context: PostgresContext,
    @Arg('status', () => TransferStatus, {
      nullable: true,
      defaultValue: TransferStatus.IN_TRANSIT,
      description: 'Only in this status; null for all.',
    })
    status: TransferStatus | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many (1 to 500).' }) first = 100,
  ): Promise<StockTransfer[]> {
    requireStaff(context);
    return this.services.stockQueries.transfers(status, requireInRange(first, 1, 500, 'first'));
  }

  @Query(() => [LowStockAlert], { description: 'Low-stock alerts, newest first. Staff only.' })
  lowStockAlerts(
    @Ctx() context: PostgresContext,
    @Arg('openOnly', { defaultValue: true, description: 'Only alerts not yet cleared by a restock.' }) openOnly: boolean,
    @Arg('first', () => Int, { defaultValue: 100, description: 'How many (1 to 500).' }) first = 100,
  ): Promise<LowStockAlert[]> {
    requireStaff(context);
    return this.services.stockQueries.alerts(openOnly, requireInRange(first, 1, 500, 'first'));
  }

  @Query(() => [MetalBalance], { description: 'Precious metal in the atelier, by alloy. Staff only.' })
  metalStock(@Ctx() context: PostgresContext): Promise<MetalBalance[]> {
    requireStaff(context);
    return this.services.metal.balances();
  }

  @Query(() => [LedgerDiscrepancy], {
    description: 'Every record that disagrees with its ledger movements; empty when the books are right. Staff only; reads every row.',
  })
  stockLedgerCheck(@Ctx() context: PostgresContext): Promise<LedgerDiscrepancy[]> {
    requireStaff(context);
    return context.transaction((tx) => verifyLedger(tx.manager), { isolation: 'REPEATABLE READ' });
  }

  @Mutation(() => StockChangeResult, {
    description: 'Books stock in at a location (a RECEIPT). The SKU must be in the catalogue. Staff only; audited.',
  })
  receiveStock(
    @Arg('input', () => ReceiveStockInput, { description: 'What came in, where.' }) input: ReceiveStockInput,
    @Ctx() context: PostgresContext,
  ) {
    requireStaff(context);
    return this.services.stockControl.receiveStock(context, input);
  }

  @Mutation(() => StockUnitResult, {
    description:
      "Books a serialised unit in. A stone's certificate in hand must match the catalogue's grading report. Staff only; audited.",
  })
  receiveUnit(
    @Arg('input', () => ReceiveUnitInput, { description: 'The unit, its certificate, where.' }) input: ReceiveUnitInput,
    @Ctx() context: PostgresContext,
  ) {
    requireStaff(context);
    return this.services.stockControl.receiveUnit(context, input);
  }

  @Mutation(() => StockChangeResult, {
    description: 'Corrects counted stock with a reason (an ADJUSTMENT); never below what checkouts hold. Staff only; audited.',
  })
  adjustStock(
    @Arg('input', () => AdjustStockInput, { description: 'Which count, by how much, why.' }) input: AdjustStockInput,
    @Ctx() context: PostgresContext,
  ) {
    requireStaff(context);
    return this.services.stockControl.adjustStock(context, input);
  }

  @Mutation(() => StockChangeResult, {
    description:
      'Sets (or clears, with null) the low-stock threshold of a count; an alert is raised at once if it is already at or below. Staff only; audited.',
  })
  setLowStockThreshold(
    @Arg('input', () => SetLowStockThresholdInput, { description: 'Which count, which threshold.' }) input: SetLowStockThresholdInput,
    @Ctx() context: PostgresContext,
  ) {
    requireStaff(context);
    return this.services.stockControl.setLowStockThreshold(context, input);
  }

  @Mutation(() => CycleCountOutcome, {
    description:
      'Reconciles a cycle count of one location: differing counts are adjusted, missing and unexpected units reported. Staff only; audited.',
  })
  reconcileCycleCount(
    @Arg('input', () => CycleCountInput, { description: 'What was found.' }) input: CycleCountInput,
    @Ctx() context: PostgresContext,
  ) {
    requireStaff(context);
    return this.services.cycleCounts.reconcileCycleCount(context, input);
  }

  @Mutation(() => RecordReturnResult, {
    description: "Takes a client's return back into stock (a RETURN); a unit comes back RETURNED. Staff only; audited.",
  })
  recordReturn(
    @Arg('input', () => RecordReturnInput, { description: 'What came back, where, why.' }) input: RecordReturnInput,
    @Ctx() context: PostgresContext,
  ) {
    requireStaff(context);
    return this.services.stockControl.recordReturn(context, input);
  }

  @Mutation(() => StockUnitResult, { description: 'Puts a RETURNED unit that passed inspection back on sale. Staff only; audited.' })
  restockReturnedUnit(@Arg('serialNumber', { description: 'Its serial number.' }) serialNumber: string, @Ctx() context: PostgresContext) {
    requireStaff(context);
    return this.services.stockControl.restockReturnedUnit(context, requireMaxLength(serialNumber, ARGUMENT_LIMITS.id, 'serialNumber'));
  }

  @Mutation(() => StockTransferResult, {
    description: 'Sends free stock or a unit to another location; it is in transit until received. Staff only; audited.',
  })
  transferStock(
    @Arg('input', () => TransferStockInput, { description: 'What, from where, to where.' }) input: TransferStockInput,
    @Ctx() context: PostgresContext,
  ) {
    requireStaff(context);
    return this.services.transfers.send(context, input);
  }

  @Mutation(() => StockTransferResult, { description: 'Receives a transfer at its destination. Staff only; audited.' })
  receiveTransfer(@Arg('id', () => ID, { description: 'The transfer id.' }) id: string, @Ctx() context: PostgresContext) {
    requireStaff(context);
    return this.services.transfers.receive(context, requireUuid(id, 'id'));
  }

  @Mutation(() => BookMetalResult, { description: 'Books metal into or out of the atelier by weight. Staff only; audited.' })
  bookMetal(
    @Arg('input', () => BookMetalInput, { description: 'Which alloy, how much, which way, why.' }) input: BookMetalInput,
    @Ctx() context: PostgresContext,
  ) {
    requireStaff(context);
    return this.services.metal.book(context, input);
  }
}
