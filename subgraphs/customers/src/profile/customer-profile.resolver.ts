import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { requireCustomerOrStaff, requireInRange, type SubgraphContext } from '@elysium/subgraph-kit';
import { Customer } from '../customer/customer.entity';
import { Address } from './address.entity';
import { isStaff } from './customer-access';
import { Occasion } from './occasion.entity';
import { PROFILE_LIMITS } from './profile-limits';
import { Metal, type MetalCode } from './profile.enums';
import { Advisor } from './profile.types';
import { RingSize } from './ring-size.entity';
import { StaffNote } from './staff-note.entity';
import type { CustomersServices } from '../services';

/**
 * The profile's fields on Customer, each batched per request. A Customer reaches these only once the
 * caller may see it (customer, me, _entities, a mutation's result); each field checks again, cheaply,
 * so a new way of reaching a Customer cannot leak a profile.
 */
@Resolver(() => Customer)
export class CustomerProfileResolver {
  constructor(private readonly services: CustomersServices) {}

  @FieldResolver(() => String, { nullable: true, description: 'Date of birth, ISO 8601 YYYY-MM-DD; null when not given.' })
  async dateOfBirth(@Root() customer: Customer, @Ctx() context: SubgraphContext): Promise<string | null> {
    requireCustomerOrStaff(context, customer.id);
    return (await this.services.profile.profiles.profileOf(context, customer.id))?.dateOfBirth ?? null;
  }

  @FieldResolver(() => [Address], {
    description: `The client's address book, oldest first (at most ${PROFILE_LIMITS.addresses}).`,
  })
  addresses(@Root() customer: Customer, @Ctx() context: SubgraphContext): Promise<Address[]> {
    requireCustomerOrStaff(context, customer.id);
    return this.services.profile.addressBook.addressesOf(context, customer.id);
  }

  @FieldResolver(() => [RingSize], { description: 'Known ring sizes, in the order given.' })
  ringSizes(@Root() customer: Customer, @Ctx() context: SubgraphContext): Promise<RingSize[]> {
    requireCustomerOrStaff(context, customer.id);
    return this.services.profile.profiles.ringSizesOf(context, customer.id);
  }

  @FieldResolver(() => [Metal], { description: 'Metals the client prefers, most preferred first; empty when unknown.' })
  async metalPreferences(@Root() customer: Customer, @Ctx() context: SubgraphContext): Promise<MetalCode[]> {
    requireCustomerOrStaff(context, customer.id);
    return (await this.services.profile.profiles.profileOf(context, customer.id))?.metalPreferences ?? [];
  }

  @FieldResolver(() => [Occasion], { description: 'Dates to remember (anniversaries, birthdays), in the order given.' })
  occasions(@Root() customer: Customer, @Ctx() context: SubgraphContext): Promise<Occasion[]> {
    requireCustomerOrStaff(context, customer.id);
    return this.services.profile.profiles.occasionsOf(context, customer.id);
  }

  @FieldResolver(() => Advisor, {
    nullable: true,
    description: 'The member of staff who looks after the client (the client sees it too); null when none is assigned.',
  })
  async advisor(@Root() customer: Customer, @Ctx() context: SubgraphContext): Promise<Advisor | null> {
    requireCustomerOrStaff(context, customer.id);
    const profile = await this.services.profile.profiles.profileOf(context, customer.id);
    return profile?.advisorId && profile.advisorName && profile.advisorAssignedAt
      ? new Advisor(profile.advisorId, profile.advisorName, profile.advisorAssignedAt)
      : null;
  }

  @FieldResolver(() => [StaffNote], {
    nullable: true,
    description:
      'Private notes by staff, newest first. Staff only: null for the client themself, who never sees them. Each read is recorded in the audit log.',
  })
  async staffNotes(
    @Root() customer: Customer,
    @Ctx() context: SubgraphContext,
    @Arg('first', () => Int, { defaultValue: 50, description: `How many, newest first (1 to ${PROFILE_LIMITS.staffNotesPage}).` })
    first: number,
  ): Promise<StaffNote[] | null> {
    requireCustomerOrStaff(context, customer.id);
    // Not FORBIDDEN: a client's own page asks for the whole Customer and must still render.
    if (!isStaff(context)) return null;
    requireInRange(first, 1, PROFILE_LIMITS.staffNotesPage, 'first');
    return this.services.profile.staffNotes.notesOf(context, customer.id, first);
  }
}
