import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A client, owned by the customers subgraph; orders adds `orders` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Customer', { description: 'A client of ELYSIUM. Visible only to the client themself and to staff.' })
export class CustomerRef {
  @Field(() => ID, { description: 'Stable id (UUID).' })
  id!: string;
}

/** A product, owned by the catalog subgraph; orders only points at it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Product', { description: 'A piece in the ELYSIUM catalogue.' })
export class ProductRef {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id!: string;
}

/** A certified stone, owned by the catalog subgraph; orders only points at it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('Stone', { description: 'A certified stone with its grading report. Its price comes from the current price list.' })
export class StoneRef {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id!: string;
}
