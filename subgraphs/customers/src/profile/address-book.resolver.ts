import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { requireUuid, type PostgresContext } from '@elysium/subgraph-kit';
import { Customer } from '../customer/customer.entity';
import { Address } from './address.entity';
import { requireIdentity, targetCustomerId } from './customer-access';
import { PROFILE_LIMITS } from './profile-limits';
import { AddressKind } from './profile.enums';
import { AddAddressResult, RemoveAddressResult, SetDefaultAddressResult, UpdateAddressResult } from './profile.errors';
import { AddressInput, UpdateAddressInput } from './profile.inputs';
import { RemovedAddress } from './profile.types';
import type { CustomersServices } from '../services';

/**
 * Address-book mutations, and the way back from an address to its client. type-graphql prints
 * arguments in reverse parameter order, so parameters are listed last-first.
 */
@Resolver(() => Address)
export class AddressBookResolver {
  constructor(private readonly services: CustomersServices) {}

  @Mutation(() => AddAddressResult, {
    description: `Adds an address to a client's book (at most ${PROFILE_LIMITS.addresses}). Clients add to their own; staff to any client's (audited).`,
  })
  addAddress(
    @Arg('input', () => AddressInput, { description: 'The address.' }) input: AddressInput,
    @Ctx() context: PostgresContext,
    @Arg('customerId', () => ID, {
      nullable: true,
      description: 'The client (a UUID). A client may leave it out to act on themself; staff must give it.',
    })
    customerId?: string | null,
  ): Promise<typeof AddAddressResult> {
    return this.services.profile.addressBook.addAddress(context, targetCustomerId(context, customerId), input);
  }

  @Mutation(() => UpdateAddressResult, { description: 'Changes an address. Clients change their own; staff any (audited).' })
  updateAddress(
    @Arg('input', () => UpdateAddressInput, { description: 'The fields to change.' }) input: UpdateAddressInput,
    @Arg('id', () => ID, { description: 'The address id (a UUID).' }) id: string,
    @Ctx() context: PostgresContext,
  ): Promise<typeof UpdateAddressResult> {
    requireIdentity(context);
    return this.services.profile.addressBook.updateAddress(context, requireUuid(id, 'id'), input);
  }

  @Mutation(() => RemoveAddressResult, {
    description: 'Removes an address (a default too). Clients remove their own; staff any (audited).',
  })
  removeAddress(
    @Arg('id', () => ID, { description: 'The address id (a UUID).' }) id: string,
    @Ctx() context: PostgresContext,
  ): Promise<typeof RemoveAddressResult> {
    requireIdentity(context);
    return this.services.profile.addressBook.removeAddress(context, requireUuid(id, 'id'));
  }

  @Mutation(() => SetDefaultAddressResult, {
    description:
      "Makes an address the client's default of one kind; the previous default of that kind stops being one. Staff writes are audited.",
  })
  setDefaultAddress(
    @Arg('kind', () => AddressKind, { description: 'Which default: delivery or billing.' }) kind: AddressKind,
    @Arg('id', () => ID, { description: 'The address id (a UUID).' }) id: string,
    @Ctx() context: PostgresContext,
  ): Promise<typeof SetDefaultAddressResult> {
    requireIdentity(context);
    return this.services.profile.addressBook.setDefaultAddress(context, requireUuid(id, 'id'), kind);
  }

  @FieldResolver(() => Customer, { description: 'The client whose address it is.' })
  async customer(@Root() address: Address, @Ctx() context: PostgresContext): Promise<Customer> {
    return requireCustomer(await this.services.visibleCustomer(context, address.customerId));
  }
}

/** The client an address was removed from. */
@Resolver(() => RemovedAddress)
export class RemovedAddressResolver {
  constructor(private readonly services: CustomersServices) {}

  @FieldResolver(() => Customer, { description: 'The client the address was removed from (read its addresses again here).' })
  async customer(@Root() removed: RemovedAddress, @Ctx() context: PostgresContext): Promise<Customer> {
    return requireCustomer(await this.services.visibleCustomer(context, removed.customerId));
  }
}

// An address is only ever handed to someone who may see its client, and clients are erased with their
// addresses (ON DELETE CASCADE): a missing client here is a bug, not an answer.
function requireCustomer(customer: Customer | null): Customer {
  if (!customer) throw new Error('Address without a visible client');
  return customer;
}
