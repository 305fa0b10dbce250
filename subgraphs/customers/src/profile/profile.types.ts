import { Field, ID, ObjectType } from 'type-graphql';

/** What removeAddress answers. */
@ObjectType({ description: 'An address that was removed.' })
export class RemovedAddress {
  @Field(() => ID, { description: 'The id the address had.' })
  id: string;

  /** Its client, for the `customer` field. */
  customerId: string;

  constructor(id: string, customerId: string) {
    this.id = id;
    this.customerId = customerId;
  }
}

/** The advisor assigned to a client. */
@ObjectType({ description: "The member of staff who looks after a client; their id is the staff account's identity subject." })
export class Advisor {
  @Field(() => ID, { description: 'The staff account id.' })
  id: string;

  @Field({ description: 'Name to show, as staff entered it.' })
  name: string;

  @Field({ description: 'When the advisor was assigned.' })
  assignedAt: Date;

  constructor(id: string, name: string, assignedAt: Date) {
    this.id = id;
    this.name = name;
    this.assignedAt = assignedAt;
  }
}
