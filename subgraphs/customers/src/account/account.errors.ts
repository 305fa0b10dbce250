import { Field, Int, ObjectType } from 'type-graphql';
import { ErrorCode, ErrorResult } from '@elysium/subgraph-kit';

/** The address or the password is wrong; deliberately the same for an unknown address. */
@ObjectType({
  implements: ErrorResult,
  description: 'The email address or the password is wrong. The answer is the same whether or not the address has an account.',
})
export class InvalidCredentialsError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always INVALID_CREDENTIALS.' })
  code = ErrorCode.INVALID_CREDENTIALS;

  @Field({ description: 'What went wrong, in English.' })
  message: string = 'The email address or password is not right.';
}

/** Right password, but the address was never confirmed; a fresh confirmation mail is on its way. */
@ObjectType({
  implements: ErrorResult,
  description: 'The password is right but the email address has not been confirmed yet; a new confirmation link has been mailed.',
})
export class EmailNotVerifiedError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always EMAIL_NOT_VERIFIED.' })
  code = ErrorCode.EMAIL_NOT_VERIFIED;

  @Field({ description: 'What to do next, in English.' })
  message: string = 'Please confirm your email address first: we have sent you a new link.';
}

/** Too many failed attempts for this address or from this network; wait and try again. */
@ObjectType({
  implements: ErrorResult,
  description: 'Too many attempts for this email address or from this network. Nothing was checked; try again after retryAfterSeconds.',
})
export class TooManyAttemptsError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always TOO_MANY_ATTEMPTS.' })
  code = ErrorCode.TOO_MANY_ATTEMPTS;

  @Field({ description: 'What went wrong, in English.' })
  message: string;

  @Field(() => Int, { description: 'Seconds to wait before the next attempt can succeed (at least 1).' })
  retryAfterSeconds: number;

  constructor(retryAfterSeconds: number) {
    this.retryAfterSeconds = Math.max(1, Math.ceil(retryAfterSeconds));
    this.message = `Too many attempts. Please try again in ${this.retryAfterSeconds} seconds.`;
  }
}

/** A mailed link's token that is unknown, used already or expired: the same answer for each. */
@ObjectType({
  implements: ErrorResult,
  description: 'The link is not valid: it was used already, has expired, or was never ours. Ask for a new one.',
})
export class InvalidTokenError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always INVALID_TOKEN.' })
  code = ErrorCode.INVALID_TOKEN;

  @Field({ description: 'What went wrong, in English.' })
  message: string = 'This link has expired or has been used already. Please ask for a new one.';
}

/** The refresh token cannot renew anything: sign in again. */
@ObjectType({
  implements: ErrorResult,
  description:
    'The session cannot be renewed: it was signed out, expired, or its refresh token had been used before (then the session is ended, in case the token was copied). Sign in again.',
})
export class SessionEndedError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always SESSION_ENDED.' })
  code = ErrorCode.SESSION_ENDED;

  @Field({ description: 'What to do next, in English.' })
  message: string = 'Your session has ended; please sign in again.';
}

/** The address belongs to another account (staff creating an account; a change confirmed too late). */
@ObjectType({ implements: ErrorResult, description: 'The email address already belongs to another account.' })
export class EmailTakenError implements ErrorResult {
  @Field(() => ErrorCode, { description: 'Always EMAIL_TAKEN.' })
  code = ErrorCode.EMAIL_TAKEN;

  @Field({ description: 'What went wrong, in English.' })
  message: string = 'That email address already belongs to another account.';
}
