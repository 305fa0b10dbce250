import { createUnionType, Field, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult, InputValidationError } from '@elysium/subgraph-kit';
import { ConsentRecord } from './consent-record.entity';

/** The client named does not exist or is not the caller: the same answer either way. */
@ObjectType({
  implements: ErrorResult,
  description: 'The client named does not exist or is not the caller; the answer is the same in both cases, so ids cannot be probed.',
})
export class ConsentClientNotFoundError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always NOT_FOUND.' })
  code = ErrorCode.NOT_FOUND;

  @Field(() => String, { description: 'What went wrong.' })
  message = 'No such client.';
}

export const RecordConsentResult = createUnionType({
  name: 'RecordConsentResult',
  description: 'The recorded entry, or why nothing was recorded.',
  types: () => [ConsentRecord, InputValidationError, ConsentClientNotFoundError] as const,
});
