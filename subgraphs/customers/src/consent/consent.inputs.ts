import { Field, ID, InputType } from 'type-graphql';
import { FieldError } from '@elysium/subgraph-kit';
import { ConsentChannel, ConsentPurpose } from './consent.enums';

/** Longest policy version accepted; versions are short labels such as "2026-01". */
export const POLICY_VERSION_MAX_LENGTH = 32;
const POLICY_VERSION = /^[A-Za-z0-9._-]+$/;

/** One answer of a client about one channel and purpose. */
@InputType({ description: 'One answer of a client about one channel and purpose.' })
export class RecordConsentInput {
  @Field(() => ID, {
    nullable: true,
    description:
      "The client (a UUID). Staff must give it; a client may leave it out or give their own id (another client's id answers ConsentClientNotFoundError, exactly like an id that does not exist).",
  })
  customerId?: string | null;

  @Field(() => ConsentChannel, { description: 'How the client may be reached.' })
  channel!: ConsentChannel;

  @Field(() => ConsentPurpose, { description: 'What about.' })
  purpose!: ConsentPurpose;

  @Field({ description: 'True to agree, false to withdraw.' })
  granted!: boolean;

  @Field({
    description: `The version of the privacy policy shown to the client when they answered (letters, digits, ".", "-", "_"; at most ${POLICY_VERSION_MAX_LENGTH} characters).`,
  })
  policyVersion!: string;
}

/** The field rules of a consent answer that the schema cannot state, every bad field at once. */
export function validateConsentInput(input: RecordConsentInput, staff: boolean): FieldError[] {
  const problems: FieldError[] = [];
  if (staff && input.customerId == null) problems.push(new FieldError('input.customerId', 'Staff name the client whose consent this is.'));
  if (input.policyVersion.length > POLICY_VERSION_MAX_LENGTH || !POLICY_VERSION.test(input.policyVersion)) {
    problems.push(
      new FieldError('input.policyVersion', `A policy version is 1 to ${POLICY_VERSION_MAX_LENGTH} letters, digits, ".", "-" or "_".`),
    );
  }
  return problems;
}
