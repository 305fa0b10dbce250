import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';

/** A product, owned by the catalog subgraph; inventory adds `availability` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Product', { description: 'A piece in the ELYSIUM catalogue.' })
export class ProductRef {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id!: string;

  /** Owned by the catalog; the gateway fetches it first because `availability` requires it. */
  @Directive('@external')
  @Field(() => Int, { nullable: true, description: 'Weeks the atelier needs to make it; null when it ships from stock.' })
  leadTimeWeeks?: number | null;
}

/** A certified stone, owned by the catalog subgraph; inventory adds `availability` to it. */
@Directive('@key(fields: "id")')
@ObjectType('Stone', { description: 'A certified stone with its grading report. Its price comes from the current price list.' })
export class StoneRef {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id!: string;
}
