import { Field, ID, ObjectType } from 'type-graphql';
import { StockMovement } from '../ledger/stock-movement.entity';
import { StockUnit } from '../units/stock-unit.entity';

/** What a cycle count changed and what it found amiss. */
@ObjectType({ description: 'A reconciled cycle count: the adjustments made, and the units that were not where the records say.' })
export class CycleCountResult {
  @Field(() => ID, { description: 'The location counted.' })
  locationId!: string;

  @Field(() => [StockMovement], { description: 'One ADJUSTMENT per count that differed; empty when every count matched.' })
  adjustments!: StockMovement[];

  @Field(() => [StockUnit], {
    description: 'Units the records hold here that were not seen. Nothing is written off: find them, or adjust with a reason.',
  })
  missingUnits!: StockUnit[];

  @Field(() => [String], { description: 'Serial numbers seen here that the records place elsewhere (or do not know).' })
  unexpectedSerialNumbers!: string[];
}
