import { Field, InputType } from 'type-graphql';
import { AccountRole } from './account.entity';

/** Limits of account input, checked by the service, which names every bad field at once. */
export const ACCOUNT_INPUT_LIMITS = {
  /** RFC 5321's longest usable address. */
  email: 254,
  name: 100,
} as const;

/** A new client registering themself. */
@InputType({ description: 'A new client registering themself.' })
export class RegisterInput {
  @Field({ description: 'Email address to sign in with (at most 254 characters); a confirmation link is mailed to it.' })
  email!: string;

  @Field({
    description:
      'At least 12 and at most 128 characters; any characters, spaces included. Refused when it is a commonly used password, a repetition or sequence, or built on the name or address.',
  })
  password!: string;

  @Field({ description: 'Given (first) name, 1 to 100 characters.' })
  givenName!: string;

  @Field({ description: 'Family (last) name, 1 to 100 characters.' })
  familyName!: string;
}

/** A new member of staff, created by an administrator. */
@InputType({ description: 'A new member of staff. They receive a mail inviting them to set their own password (valid 72 hours).' })
export class CreateStaffAccountInput {
  @Field({ description: 'Their work email address (at most 254 characters).' })
  email!: string;

  @Field(() => AccountRole, { description: 'STAFF, ATELIER or ADMIN (never CUSTOMER: clients register themselves).' })
  role!: AccountRole;
}
