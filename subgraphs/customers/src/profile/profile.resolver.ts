import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requireStaff, requireUuid, type PostgresContext } from '@elysium/subgraph-kit';
import { Customer } from '../customer/customer.entity';
import { targetCustomerId } from './customer-access';
import { PROFILE_LIMITS } from './profile-limits';
import { Metal, type MetalCode } from './profile.enums';
import {
  AddStaffNoteResult,
  AssignAdvisorResult,
  SetMetalPreferencesResult,
  SetOccasionsResult,
  SetRingSizesResult,
  UpdateProfileResult,
} from './profile.errors';
import { OccasionInput, RingSizeInput, UpdateProfileInput } from './profile.inputs';
import type { CustomersServices } from '../services';

const CUSTOMER_ID = 'The client (a UUID). A client may leave it out to act on themself; staff must give it.';

/**
 * Mutations of a client's details and clienteling record; the rules live in the services.
 * type-graphql prints arguments in reverse parameter order, so parameters are listed last-first.
 */
@Resolver(() => Customer)
export class ProfileResolver {
  constructor(private readonly services: CustomersServices) {}

  @Mutation(() => UpdateProfileResult, {
    description: "Changes a client's names, phone and date of birth. Clients change their own; staff any client's (audited).",
  })
  async updateProfile(
    @Arg('input', () => UpdateProfileInput, { description: 'The fields to change.' }) input: UpdateProfileInput,
    @Ctx() context: PostgresContext,
    @Arg('customerId', () => ID, { nullable: true, description: CUSTOMER_ID }) customerId?: string | null,
  ): Promise<typeof UpdateProfileResult> {
    const result = await this.services.profile.profiles.updateProfile(context, targetCustomerId(context, customerId), input);
    // Address.customer and the like read clients through the request's loader: let them see the change.
    if (result instanceof Customer) this.services.customerById(context).clear(result.id);
    return result;
  }

  @Mutation(() => SetRingSizesResult, {
    description: "Replaces a client's ring sizes. Clients set their own; staff any client's (audited).",
  })
  setRingSizes(
    @Arg('sizes', () => [RingSizeInput], {
      description: `All the client's ring sizes (at most ${PROFILE_LIMITS.ringSizes}, one per hand and finger); empty clears them.`,
    })
    sizes: RingSizeInput[],
    @Ctx() context: PostgresContext,
    @Arg('customerId', () => ID, { nullable: true, description: CUSTOMER_ID }) customerId?: string | null,
  ): Promise<typeof SetRingSizesResult> {
    return this.services.profile.profiles.setRingSizes(context, targetCustomerId(context, customerId), sizes);
  }

  @Mutation(() => SetMetalPreferencesResult, {
    description: "Replaces a client's metal preferences. Clients set their own; staff any client's (audited).",
  })
  setMetalPreferences(
    @Arg('metals', () => [Metal], { description: 'Most preferred first; a repeat counts once. Empty clears them.' }) metals: MetalCode[],
    @Ctx() context: PostgresContext,
    @Arg('customerId', () => ID, { nullable: true, description: CUSTOMER_ID }) customerId?: string | null,
  ): Promise<typeof SetMetalPreferencesResult> {
    return this.services.profile.profiles.setMetalPreferences(context, targetCustomerId(context, customerId), metals);
  }

  @Mutation(() => SetOccasionsResult, {
    description: "Replaces a client's occasions. Clients set their own; staff any client's (audited).",
  })
  setOccasions(
    @Arg('occasions', () => [OccasionInput], {
      description: `All the dates to remember (at most ${PROFILE_LIMITS.occasions}); empty clears them.`,
    })
    occasions: OccasionInput[],
    @Ctx() context: PostgresContext,
    @Arg('customerId', () => ID, { nullable: true, description: CUSTOMER_ID }) customerId?: string | null,
  ): Promise<typeof SetOccasionsResult> {
    return this.services.profile.profiles.setOccasions(context, targetCustomerId(context, customerId), occasions);
  }

  @Mutation(() => AssignAdvisorResult, {
    description: 'Assigns the member of staff who looks after a client, replacing any before. Staff only; audited.',
  })
  assignAdvisor(
    @Arg('advisorName', { description: `Name to show for the advisor (at most ${PROFILE_LIMITS.advisorName} characters).` })
    advisorName: string,
    @Arg('advisorId', () => ID, {
      description: `The staff account id (its identity subject; at most ${PROFILE_LIMITS.advisorId} characters).`,
    })
    advisorId: string,
    @Arg('customerId', () => ID, { description: 'The client (a UUID).' }) customerId: string,
    @Ctx() context: PostgresContext,
  ): Promise<typeof AssignAdvisorResult> {
    requireStaff(context);
    return this.services.profile.profiles.assignAdvisor(context, requireUuid(customerId, 'customerId'), advisorId, advisorName);
  }

  @Mutation(() => AddStaffNoteResult, {
    description: 'Adds a private note about a client, authored by the caller. Staff only; notes cannot be changed afterwards; audited.',
  })
  addStaffNote(
    @Arg('text', { description: `The note (at most ${PROFILE_LIMITS.staffNote} characters; line breaks allowed).` }) text: string,
    @Arg('customerId', () => ID, { description: 'The client (a UUID).' }) customerId: string,
    @Ctx() context: PostgresContext,
  ): Promise<typeof AddStaffNoteResult> {
    requireStaff(context);
    return this.services.profile.staffNotes.addNote(context, requireUuid(customerId, 'customerId'), text);
  }
}
