import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, InputValidationError } from '@elysium/subgraph-kit';
import { StockTransfer } from '../transfers/stock-transfer.entity';
import { StockUnit } from '../units/stock-unit.entity';
import { CycleCountResult } from './cycle-count.result';
import { LocationStock } from './location-stock.entity';
import { MetalBalance } from '../metal/metal-balance';

@ObjectType({
  implements: ErrorResult,
  description: 'The SKU, product or stone is not in the catalogue, or its certificate does not match.',
})
export class NotInCatalogueError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always NOT_IN_CATALOGUE.' })
  code = ErrorCode.NOT_IN_CATALOGUE;

  @Field({ description: 'What went wrong.' })
  message: string;

  @Field({ description: 'The input field at fault.' })
  field: string;

  constructor(field: string, message: string) {
    this.field = field;
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'Too little stock at that location for the change; nothing was changed.' })
export class InsufficientStockError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always INSUFFICIENT_STOCK.' })
  code = ErrorCode.INSUFFICIENT_STOCK;

  @Field({ description: 'What went wrong.' })
  message: string;

  @Field(() => Int, { description: 'How much the change needed.' })
  requested: number;

  @Field(() => Int, { description: 'How much the location can give (free units, or grams×1000 for metal).' })
  available: number;

  constructor(message: string, requested: number, available: number) {
    this.message = message;
    this.requested = requested;
    this.available = available;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The serialised unit is not in a state that allows this.' })
export class UnitUnavailableError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always UNIT_UNAVAILABLE.' })
  code = ErrorCode.UNIT_UNAVAILABLE;

  @Field({ description: 'What went wrong, naming the unit and its status.' })
  message: string;

  constructor(message: string) {
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'Nothing matches what the input names (a count, unit or transfer).' })
export class StockNotFoundError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always NOT_FOUND.' })
  code = ErrorCode.NOT_FOUND;

  @Field({ description: 'What went wrong.' })
  message: string;

  constructor(message: string) {
    this.message = message;
  }
}

@ObjectType({ implements: ErrorResult, description: 'The transfer was received already.' })
export class TransferAlreadyReceivedError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always TRANSFER_ALREADY_RECEIVED.' })
  code = ErrorCode.TRANSFER_ALREADY_RECEIVED;

  @Field(() => String, { description: 'What went wrong.' })
  message = 'The transfer was received already.';
}

export const StockChangeResult = createUnionType({
  name: 'StockChangeResult',
  description: 'The count after the change, or why nothing changed.',
  types: () => [LocationStock, InputValidationError, NotInCatalogueError, InsufficientStockError, StockNotFoundError] as const,
});

export const StockUnitResult = createUnionType({
  name: 'StockUnitResult',
  description: 'The unit after the change, or why nothing changed.',
  types: () => [StockUnit, InputValidationError, NotInCatalogueError, UnitUnavailableError, StockNotFoundError] as const,
});

export const StockTransferResult = createUnionType({
  name: 'StockTransferResult',
  description: 'The transfer, or why nothing moved.',
  types: () =>
    [
      StockTransfer,
      InputValidationError,
      InsufficientStockError,
      UnitUnavailableError,
      StockNotFoundError,
      TransferAlreadyReceivedError,
    ] as const,
});

export const CycleCountOutcome = createUnionType({
  name: 'CycleCountOutcome',
  description: 'The reconciled count, or why nothing was adjusted.',
  types: () => [CycleCountResult, InputValidationError, InsufficientStockError] as const,
});

export const BookMetalResult = createUnionType({
  name: 'BookMetalResult',
  description: 'The balance after booking, or why nothing was booked.',
  types: () => [MetalBalance, InputValidationError, InsufficientStockError] as const,
});

export const RecordReturnResult = createUnionType({
  name: 'RecordReturnResult',
  description: 'The count or unit after the return, or why nothing was recorded.',
  types: () => [LocationStock, StockUnit, InputValidationError, NotInCatalogueError, UnitUnavailableError, StockNotFoundError] as const,
});
