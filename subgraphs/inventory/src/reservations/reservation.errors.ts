import { createUnionType, Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, InputValidationError } from '@elysium/subgraph-kit';
import { Reservation } from './reservation.entity';

/** One line that cannot be had. */
@Directive('@inaccessible')
@ObjectType({ description: 'Internal: one requested line that stock cannot cover now.' })
export class ShortLine {
  @Field(() => Int, { description: 'Index of the line in the request.' })
  line: number;

  @Field(() => String, { nullable: true, description: 'The SKU asked for.' })
  sku: string | null;

  @Field(() => ID, { nullable: true, description: 'The product asked for.' })
  productId: string | null;

  @Field(() => ID, { nullable: true, description: 'The unit asked for.' })
  unitId: string | null;

  @Field(() => ID, { nullable: true, description: 'The stone asked for.' })
  stoneId: string | null;

  @Field(() => Int, { description: 'How many were asked for.' })
  requested: number;

  @Field(() => Int, { description: 'How many can be had now (0 for a unit that is not free).' })
  available: number;

  constructor(
    line: number,
    ref: { sku?: string; productId?: string; unitId?: string; stoneId?: string },
    requested: number,
    available: number,
  ) {
    this.line = line;
    this.sku = ref.sku ?? null;
    this.productId = ref.productId ?? null;
    this.unitId = ref.unitId ?? null;
    this.stoneId = ref.stoneId ?? null;
    this.requested = requested;
    this.available = available;
  }
}

@Directive('@inaccessible')
@ObjectType({ implements: ErrorResult, description: 'Internal: one or more lines cannot be reserved; nothing was reserved.' })
export class OutOfStockError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always OUT_OF_STOCK.' })
  code = ErrorCode.OUT_OF_STOCK;

  @Field({ description: 'What went wrong.' })
  message: string;

  @Field(() => [ShortLine], { description: 'Every line that cannot be covered, in request order.' })
  shortLines: ShortLine[];

  constructor(shortLines: ShortLine[]) {
    this.shortLines = shortLines;
    this.message = `Not enough stock for line ${shortLines.map((s) => s.line).join(', ')}; nothing was reserved.`;
  }
}

@Directive('@inaccessible')
@ObjectType({ implements: ErrorResult, description: 'Internal: the reservation expired before it was committed; its stock is free again.' })
export class ReservationExpiredError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always RESERVATION_EXPIRED.' })
  code = ErrorCode.RESERVATION_EXPIRED;

  @Field(() => String, { description: 'What went wrong.' })
  message = 'The reservation expired before it was committed; reserve again.';
}

@Directive('@inaccessible')
@ObjectType({ implements: ErrorResult, description: 'Internal: the reservation was released or committed already and cannot change.' })
export class ReservationEndedError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always RESERVATION_ENDED.' })
  code = ErrorCode.RESERVATION_ENDED;

  @Field({ description: 'What went wrong.' })
  message: string;

  constructor(status: string) {
    this.message = `The reservation is ${status.toLowerCase()} and cannot change.`;
  }
}

@Directive('@inaccessible')
@ObjectType({ implements: ErrorResult, description: 'Internal: the idempotency key was used before for a different request.' })
export class IdempotencyKeyReusedError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always IDEMPOTENCY_KEY_REUSED.' })
  code = ErrorCode.IDEMPOTENCY_KEY_REUSED;

  @Field(() => String, { description: 'What went wrong.' })
  message = 'This idempotency key was used for a different reservation; use a new key.';
}

@Directive('@inaccessible')
@ObjectType({ implements: ErrorResult, description: 'Internal: no reservation has this id.' })
export class ReservationNotFoundError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always NOT_FOUND.' })
  code = ErrorCode.NOT_FOUND;

  @Field(() => String, { description: 'What went wrong.' })
  message = 'No such reservation.';
}

export const ReserveStockResult = createUnionType({
  name: 'ReserveStockResult',
  description: 'Internal: the reservation, or why nothing was reserved.',
  types: () => [Reservation, OutOfStockError, IdempotencyKeyReusedError, InputValidationError] as const,
});

export const CommitReservationResult = createUnionType({
  name: 'CommitReservationResult',
  description: 'Internal: the committed reservation (the same on a repeat), or why it cannot be committed.',
  types: () => [Reservation, ReservationExpiredError, ReservationEndedError, ReservationNotFoundError] as const,
});

export const ReleaseReservationResult = createUnionType({
  name: 'ReleaseReservationResult',
  description: 'Internal: the released (or already ended) reservation, or why it cannot be released.',
  types: () => [Reservation, ReservationEndedError, ReservationNotFoundError] as const,
});

/** Unions and enums for the subgraph's `internalTypes`. */
export const RESERVATION_INTERNAL_TYPES = [
  'ReserveStockResult',
  'CommitReservationResult',
  'ReleaseReservationResult',
  'ReservationStatus',
];
