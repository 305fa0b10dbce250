import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import {
  ARGUMENT_LIMITS,
  badUserInput,
  requireInRange,
  requireMaxLength,
  requireStaff,
  requireUuid,
  type PostgresContext,
  type SubgraphContext,
  unauthenticated,
} from '@elysium/subgraph-kit';
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

  @Query(() => [Customer], {
    description:
      'Client service: clients whose email starts with, or whose name contains, the text, or whose phone number contains its digits; A to Z by family name. Staff only; every client found is a staff read in the audit log.',
  })
  async searchCustomers(
    @Ctx() context: PostgresContext,
    @Arg('text', { description: 'Email, name or phone number to look for (2 to 200 characters).' }) text: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, 1 to 50.' }) first: number,
  ): Promise<Customer[]> {
    requireStaff(context);
    requireMaxLength(text, ARGUMENT_LIMITS.searchText, 'text');
    if (text.trim().length < 2) throw badUserInput('text must have at least 2 characters.', 'text');
    const found = await this.services.customers.search(text, requireInRange(first, 1, 50, 'first'));
    await Promise.all(found.map((customer) => this.services.audit.staffRead(context, customer.id)));
    return found;
  }

  @Query(() => Customer, { nullable: true, description: 'The signed-in client; null for staff accounts.' })
  async me(@Ctx() context: SubgraphContext): Promise<Customer | null> {
    if (!context.identity) throw unauthenticated();
    if (context.identity.role !== 'customer') return null;
    return this.services.customerById(context).load(context.identity.subject);
  }
}
