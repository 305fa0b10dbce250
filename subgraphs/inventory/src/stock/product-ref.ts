import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** A product, owned by the catalog subgraph; inventory adds `availability` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Product', { description: 'A piece in the ELYSIUM catalogue.' })
export class ProductRef {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id!: string;
}
