import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireUuid, type PostgresContext, type SubgraphContext, unauthenticated } from '@elysium/subgraph-kit';
import { Customer } from './customer.entity';
import type { CustomersServices } from '../services';

/** Root fields for reading clients. */
@Resolver(() => Customer)
export class CustomerResolver {
  constructor(private readonly services: CustomersServices) {}

  @Query(() => Customer, {
    nullable: true,
    description: 'A client by id. Staff see any client; a client sees only themself. Null when there is none or it is not yours.',
  })
  async customer(
    @Arg('id', () => ID, { description: 'The client id (a UUID).' }) id: string,
    @Ctx() context: PostgresContext,
  ): Promise<Customer | null> {
    return this.services.visibleCustomer(context, requireUuid(id, 'id'));
  }

  @Query(() => Customer, { nullable: true, description: 'The signed-in client; null for staff accounts.' })
  async me(@Ctx() context: SubgraphContext): Promise<Customer | null> {
    if (!context.identity) throw unauthenticated();
    if (context.identity.role !== 'customer') return null;
    return this.services.customerById(context).load(context.identity.subject);
  }
}
