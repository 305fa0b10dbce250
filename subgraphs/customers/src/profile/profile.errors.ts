import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, InputValidationError } from '@elysium/subgraph-kit';
import { Customer } from '../customer/customer.entity';
import { Address } from './address.entity';
import { StaffNote } from './staff-note.entity';
import { RemovedAddress } from './profile.types';

/** No such client, or not one the caller may act on: the same answer, so ids cannot be probed. */
@ObjectType({
  implements: ErrorResult,
  description: 'The client does not exist or is not yours to change (the two are indistinguishable on purpose).',
})
export class CustomerNotFoundError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always NOT_FOUND.' })
  code = ErrorCode.NOT_FOUND;

  @Field(() => String, { description: 'What went wrong, in English.' })
  message = 'No such client.';
}

/** No such address, or someone else's. */
@ObjectType({
  implements: ErrorResult,
  description: 'The address does not exist or is not yours to change (the two are indistinguishable on purpose).',
})
export class AddressNotFoundError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always NOT_FOUND.' })
  code = ErrorCode.NOT_FOUND;

  @Field(() => String, { description: 'What went wrong, in English.' })
  message = 'No such address.';
}

/** The address book is full. */
@ObjectType({ implements: ErrorResult, description: 'The address book already holds as many addresses as it may; remove one first.' })
export class AddressBookFullError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always ADDRESS_BOOK_FULL.' })
  code = ErrorCode.ADDRESS_BOOK_FULL;

  @Field({ description: 'What went wrong and what to do, in English.' })
  message: string;

  @Field(() => Int, { description: 'Most addresses one client may keep.' })
  limit: number;

  constructor(limit: number) {
    this.limit = limit;
    this.message = `The address book holds at most ${limit} addresses; remove one before adding another.`;
  }
}

/*
 * Result unions: one per mutation, so each can grow its own outcomes without breaking the others.
 * A returned error has written nothing.
 */

export const UpdateProfileResult = createUnionType({
  name: 'UpdateProfileResult',
  description: 'The client with their details changed, or why nothing changed.',
  types: () => [Customer, InputValidationError, CustomerNotFoundError] as const,
});

export const AddAddressResult = createUnionType({
  name: 'AddAddressResult',
  description: 'The new address, or why none was added.',
  types: () => [Address, InputValidationError, CustomerNotFoundError, AddressBookFullError] as const,
});

export const UpdateAddressResult = createUnionType({
  name: 'UpdateAddressResult',
  description: 'The changed address, or why nothing changed.',
  types: () => [Address, InputValidationError, AddressNotFoundError] as const,
});

export const RemoveAddressResult = createUnionType({
  name: 'RemoveAddressResult',
  description: 'The removed address, or why nothing was removed.',
  types: () => [RemovedAddress, AddressNotFoundError] as const,
});

export const SetDefaultAddressResult = createUnionType({
  name: 'SetDefaultAddressResult',
  description: 'The new default address, or why nothing changed.',
  types: () => [Address, AddressNotFoundError] as const,
});

export const SetRingSizesResult = createUnionType({
  name: 'SetRingSizesResult',
  description: 'The client with their ring sizes replaced, or why nothing changed.',
  types: () => [Customer, InputValidationError, CustomerNotFoundError] as const,
});

export const SetMetalPreferencesResult = createUnionType({
  name: 'SetMetalPreferencesResult',
  description: 'The client with their metal preferences replaced, or why nothing changed.',
  types: () => [Customer, InputValidationError, CustomerNotFoundError] as const,
});

export const SetOccasionsResult = createUnionType({
  name: 'SetOccasionsResult',
  description: 'The client with their occasions replaced, or why nothing changed.',
  types: () => [Customer, InputValidationError, CustomerNotFoundError] as const,
});

export const AssignAdvisorResult = createUnionType({
  name: 'AssignAdvisorResult',
  description: 'The client with their new advisor, or why nothing changed.',
  types: () => [Customer, InputValidationError, CustomerNotFoundError] as const,
});

export const AddStaffNoteResult = createUnionType({
  name: 'AddStaffNoteResult',
  description: 'The note as stored, or why none was added.',
  types: () => [StaffNote, InputValidationError, CustomerNotFoundError] as const,
});
