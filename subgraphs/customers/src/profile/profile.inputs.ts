import { Field, InputType, Int } from 'type-graphql';
import { EARLIEST_BIRTH_DATE, OCCASION_YEARS, PROFILE_LIMITS as LIMITS } from './profile-limits';
import { Finger, Hand, OccasionKind } from './profile.enums';

/*
 * Inputs carry raw text; the rules in profile.rules.ts judge every field at once and answer with an
 * InputValidationError naming each bad one, rather than the first failing decorator.
 */

@InputType({ description: "Changes to a client's own details. A field left out stays as it is; null clears an optional one." })
export class UpdateProfileInput {
  @Field(() => String, { nullable: true, description: `Given (first) name; may not be blank (at most ${LIMITS.name} characters).` })
  givenName?: string | null;

  @Field(() => String, { nullable: true, description: `Family (last) name; may not be blank (at most ${LIMITS.name} characters).` })
  familyName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Phone number, international (+33 1 42 68 53 00) or UK national (020 7946 0018); stored in E.164. Null clears it.',
  })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Date of birth, ISO 8601 YYYY-MM-DD; from ${EARLIEST_BIRTH_DATE}, not in the future (London time). Null clears it.`,
  })
  dateOfBirth?: string | null;
}

@InputType({
  description: 'A new address. UK postcodes are checked and normalised; elsewhere the country code and basic shape are checked.',
})
export class AddressInput {
  @Field(() => String, { nullable: true, description: `The client's name for it, e.g. "Home" (at most ${LIMITS.label} characters).` })
  label?: string | null;

  @Field({ description: `Who receives deliveries here (at most ${LIMITS.recipientName} characters).` })
  recipientName!: string;

  @Field({ description: `Building and street (at most ${LIMITS.addressLine} characters).` })
  line1!: string;

  @Field(() => String, { nullable: true, description: `Flat, floor, company (at most ${LIMITS.addressLine} characters).` })
  line2?: string | null;

  @Field({ description: `Town or city (at most ${LIMITS.city} characters).` })
  city!: string;

  @Field(() => String, { nullable: true, description: `County, state or province (at most ${LIMITS.region} characters).` })
  region?: string | null;

  @Field(() => String, {
    nullable: true,
    description: `Postcode; required for GB, GG, JE and IM, where it must be a valid UK-format postcode (at most ${LIMITS.postcode} characters).`,
  })
  postcode?: string | null;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, e.g. "GB" or "FR" (any case; "UK" is read as GB).' })
  countryCode!: string;

  @Field(() => String, {
    nullable: true,
    description: "Phone for the courier; a national number is read as one of the address's country. Stored in E.164.",
  })
  phone?: string | null;

  @Field({ defaultValue: false, description: 'Make it the default delivery address (the previous default stops being one).' })
  isDefaultDelivery!: boolean;

  @Field({ defaultValue: false, description: 'Make it the default billing address (the previous default stops being one).' })
  isDefaultBilling!: boolean;
}

@InputType({
  description: 'Changes to an address. A field left out stays as it is; null clears an optional one. The result is checked as a whole.',
})
export class UpdateAddressInput {
  @Field(() => String, { nullable: true, description: `The client's name for it (at most ${LIMITS.label} characters).` })
  label?: string | null;

  @Field(() => String, { nullable: true, description: `Who receives deliveries here; may not be blank.` })
  recipientName?: string | null;

  @Field(() => String, { nullable: true, description: 'Building and street; may not be blank.' })
  line1?: string | null;

  @Field(() => String, { nullable: true, description: 'Flat, floor, company.' })
  line2?: string | null;

  @Field(() => String, { nullable: true, description: 'Town or city; may not be blank.' })
  city?: string | null;

  @Field(() => String, { nullable: true, description: 'County, state or province.' })
  region?: string | null;

  @Field(() => String, { nullable: true, description: 'Postcode; required for GB, GG, JE and IM.' })
  postcode?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 country code; may not be blank.' })
  countryCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone for the courier; stored in E.164.' })
  phone?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True makes it the default delivery address (clearing the previous one); false stops it being the default.',
  })
  isDefaultDelivery?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True makes it the default billing address (clearing the previous one); false stops it being the default.',
  })
  isDefaultBilling?: boolean | null;
}

@InputType({ description: 'A UK ring size, optionally for one hand and finger.' })
export class RingSizeInput {
  @Field({ description: 'A letter A–Z, optionally with a half: "M", "M½" (also written "M1/2" or "M.5").' })
  size!: string;

  @Field(() => Hand, { nullable: true, description: 'The hand, if known.' })
  hand?: Hand | null;

  @Field(() => Finger, { nullable: true, description: 'The finger, if known.' })
  finger?: Finger | null;
}

@InputType({ description: 'A date to remember.' })
export class OccasionInput {
  @Field(() => OccasionKind, { description: 'What the date is.' })
  kind!: OccasionKind;

  @Field(() => Int, { description: 'Month, 1–12.' })
  month!: number;

  @Field(() => Int, { description: 'Day of the month; 29 February only without a year or in a leap year.' })
  day!: number;

  @Field(() => Int, { nullable: true, description: `Year, ${OCCASION_YEARS.min}–${OCCASION_YEARS.max}, when it matters.` })
  year?: number | null;

  @Field(() => String, {
    nullable: true,
    description: `Whose or what occasion (at most ${LIMITS.occasionLabel} characters); required for OTHER.`,
  })
  label?: string | null;

  @Field({ defaultValue: false, description: 'Whether the client wants a reminder before the date.' })
  reminderOptIn!: boolean;
}
