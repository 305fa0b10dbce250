import { Arg, Ctx, Directive, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { requireServiceCall, type PostgresContext } from '@elysium/subgraph-kit';
import { actorOf } from '../ledger/actor';
import { ReservationLineInput } from '../stock/stock-ref';
import type { InventoryServices } from '../services';
import { Reservation } from './reservation.entity';
import { CommitReservationResult, ReleaseReservationResult, ReserveStockResult } from './reservation.errors';
import { RESERVATION_LIMITS } from './reservation.service';

/** The services that may hold stock: checkout (orders) and our own tools. */
const RESERVING_SERVICES = ['orders', 'tools'];

@Directive('@inaccessible')
@InputType({ description: 'Internal: stock to hold for one checkout, all lines or none.' })
export class ReserveStockInput {
  @Field({
    description: `The caller's key for this request (8 to ${RESERVATION_LIMITS.keyLength} characters): the same key returns the same reservation, however often it is sent.`,
  })
  idempotencyKey!: string;

  @Field(() => [ReservationLineInput], { description: `What to hold (1 to ${RESERVATION_LIMITS.lines} lines).` })
  lines!: ReservationLineInput[];

  @Field(() => Int, {
    defaultValue: RESERVATION_LIMITS.defaultTtlSeconds,
    description: `Seconds to hold it (${RESERVATION_LIMITS.minTtlSeconds} to ${RESERVATION_LIMITS.maxTtlSeconds}); it expires by itself after.`,
  })
  ttlSeconds!: number;

  @Field(() => String, {
    nullable: true,
    description: `The caller's reference, e.g. an order id (at most ${RESERVATION_LIMITS.reference} characters).`,
  })
  reference?: string | null;
}

/**
 * Checkout's side of inventory: reserve, commit, release. Absent from the public API
 * (`@inaccessible`) and refused unless the call is signed by one of our services.
 */
@Resolver()
export class ReservationResolver {
  constructor(private readonly services: InventoryServices) {}

  @Directive('@inaccessible')
  @Mutation(() => ReserveStockResult, {
    description: 'Internal: holds every line or none; a short line is named in OutOfStockError. Services only.',
  })
  reserveStock(
    @Arg('input', () => ReserveStockInput, { description: 'What to hold, for how long.' }) input: ReserveStockInput,
    @Ctx() context: PostgresContext,
  ) {
    requireServiceCall(context, ...RESERVING_SERVICES);
    return this.services.reservations.reserve(actorOf(context), input);
  }

  @Directive('@inaccessible')
  @Mutation(() => CommitReservationResult, {
    description: 'Internal: turns a hold into a sale (idempotent). An expired hold can never be committed. Services only.',
  })
  commitReservation(@Arg('id', () => ID, { description: 'The reservation id.' }) id: string, @Ctx() context: PostgresContext) {
    requireServiceCall(context, ...RESERVING_SERVICES);
    return this.services.reservations.commit(actorOf(context), id);
  }

  @Directive('@inaccessible')
  @Mutation(() => ReleaseReservationResult, {
    description: 'Internal: gives a hold back (idempotent); a committed one is a sale and stays one. Services only.',
  })
  releaseReservation(@Arg('id', () => ID, { description: 'The reservation id.' }) id: string, @Ctx() context: PostgresContext) {
    requireServiceCall(context, ...RESERVING_SERVICES);
    return this.services.reservations.release(actorOf(context), id);
  }

  @Directive('@inaccessible')
  @Query(() => Reservation, { nullable: true, description: 'Internal: one reservation by id; null when there is none. Services only.' })
  reservation(@Arg('id', () => ID, { description: 'The reservation id.' }) id: string, @Ctx() context: PostgresContext) {
    requireServiceCall(context, ...RESERVING_SERVICES);
    return this.services.reservations.find(id);
  }
}
