import { Arg, createUnionType, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { InputValidationError, requireMaxLength, requireUuid, unauthenticated, type PostgresContext } from '@elysium/subgraph-kit';
import { AccountDeleted, DataExport } from './data-export.model';
import { TooManyAttemptsError } from '../account/account.errors';

const DeleteMyAccountResult = createUnionType({
  name: 'DeleteMyAccountResult',
  description: 'The account was deleted, or the password was wrong (InputValidationError on `password`), or too many attempts.',
  types: () => [AccountDeleted, InputValidationError, TooManyAttemptsError] as const,
});
import type { CustomersServices } from '../services';

/** Data exports and erasure (GDPR). */
@Resolver()
export class CustomerDataResolver {
  constructor(private readonly services: CustomersServices) {}

  @Mutation(() => DataExport, {
    nullable: true,
    description:
      'Starts an export of everything the graph holds about a client; every part of the graph contributes, and a part that is down contributes when it returns. A client may export only themself (omit customerId); staff may export any client. Null when the client does not exist or is not yours.',
  })
  requestDataExport(
    @Ctx() context: PostgresContext,
    @Arg('customerId', () => ID, { nullable: true, description: 'The client (staff only; a UUID). Omit to export yourself.' })
    customerId: string | null,
  ): Promise<DataExport | null> {
    if (!context.identity) throw unauthenticated();
    const target = customerId == null ? context.identity.subject : requireUuid(customerId, 'customerId');
    return this.services.customerData.requestExport(context, target);
  }

  @Query(() => DataExport, {
    nullable: true,
    description: 'An export by id; its client and staff may read it. Null when there is none or it is not yours.',
  })
  dataExport(
    @Ctx() context: PostgresContext,
    @Arg('id', () => ID, { description: 'The export id (a UUID).' }) id: string,
  ): Promise<DataExport | null> {
    return this.services.customerData.findExport(context, requireUuid(id, 'id'));
  }

  @Mutation(() => DeleteMyAccountResult, {
    description:
      'Deletes your own account for good, after you re-enter your password: every session ends at once, and your personal data is erased in every part of the graph (orders and payments keep their financial records). Throttled like sign-in.',
  })
  deleteMyAccount(
    @Ctx() context: PostgresContext,
    @Arg('password', { description: 'Your current password (at most 128 characters).' }) password: string,
  ): Promise<typeof DeleteMyAccountResult> {
    return this.services.customerData.deleteMyAccount(context, requireMaxLength(password, 128, 'password')) as Promise<
      typeof DeleteMyAccountResult
    >;
  }

  @Mutation(() => Boolean, {
    description:
      'Erases a client everywhere in the graph: personal data is removed or anonymised, sessions end, and they can never sign in again; orders and payments keep their financial records. ADMIN only. Idempotent: true when the client exists (erased now or before), false otherwise.',
  })
  eraseCustomer(
    @Ctx() context: PostgresContext,
    @Arg('customerId', () => ID, { description: 'The client to erase (a UUID).' }) customerId: string,
  ): Promise<boolean> {
    return this.services.customerData.eraseCustomer(context, requireUuid(customerId, 'customerId'));
  }
}
