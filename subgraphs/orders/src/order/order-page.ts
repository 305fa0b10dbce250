import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { ARGUMENT_LIMITS, badUserInput, requireMaxLength } from '@elysium/subgraph-kit';
import { OrderStatus } from './order-status';
import { Order } from './order.entity';

/** A page of orders, newest first. */
@ObjectType({ description: 'A page of orders, newest first.' })
export class OrderPage {
  @Field(() => [Order], { description: 'The orders of this page.' })
  nodes!: Order[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next (older) page; null on the last page.' })
  endCursor!: string | null;
}

/** Which orders staff look for; every filter given must hold. */
@InputType({ description: 'Filters of the staff order search; every one given must hold.' })
export class OrderFilter {
  @Field(() => [OrderStatus], { nullable: true, description: 'In one of these statuses.' })
  statuses?: OrderStatus[] | null;

  @Field(() => String, { nullable: true, description: 'The order number, or its start (ELY-0001…).' })
  number?: string | null;

  @Field(() => ID, { nullable: true, description: "The client's id." })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'The contact address, exactly.' })
  contactEmail?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True: only orders whose payment is disputed.' })
  disputed?: boolean | null;

  @Field(() => Date, { nullable: true, description: 'Placed at or after.' })
  placedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Placed before.' })
  placedTo?: Date | null;
}

/** Cursors are opaque; inside they are the placed time and id of the last order of a page. */
export const orderCursor = (order: Order) => Buffer.from(`order:${order.placedAt.toISOString()}:${order.id}`).toString('base64url');

export function decodeOrderCursor(cursor: string): { placedAt: Date; id: string } {
  requireMaxLength(cursor, ARGUMENT_LIMITS.cursor * 2, 'after');
  const match = /^order:(\d{4}-\d\d-\d\dT[\d:.]+Z):([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw badUserInput('after is not a cursor this list gave out.', 'after');
  return { placedAt: new Date(match[1]), id: match[2] };
}
