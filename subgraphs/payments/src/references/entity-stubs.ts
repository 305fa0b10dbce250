import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** An order, owned by the orders subgraph; payments adds `payment` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Order', { description: 'A client order. Visible only to the client who placed it and to staff.' })
export class OrderRef {
  @Field(() => ID, { description: 'Stable id (UUID).' })
  id!: string;
}
