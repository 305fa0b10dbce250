import { createUnionType, Field, Int, ObjectType } from 'type-graphql';
import { InputValidationError } from '@elysium/subgraph-kit';
import { Account } from './account.entity';
import {
  EmailNotVerifiedError,
  EmailTakenError,
  InvalidCredentialsError,
  InvalidTokenError,
  SessionEndedError,
  TooManyAttemptsError,
} from './account.errors';

/** A started or renewed session. In cookie mode the gateway holds the tokens in httpOnly cookies and these fields are null. */
@ObjectType({
  description:
    'A started or renewed session. Browsers that sign in with the header `x-elysium-session: cookie` get the tokens as httpOnly cookies and null here (JavaScript never sees them); apps get them here and send the access token as `Authorization: Bearer`.',
})
export class SessionTokens {
  @Field(() => Account, { description: 'The account now signed in.' })
  account: Account;

  @Field(() => String, {
    nullable: true,
    description: 'The access token (a JWT) for `Authorization: Bearer`; valid 10 minutes. Null in cookie mode.',
  })
  accessToken: string | null;

  @Field({ description: 'When the access token stops working; renew before then with refreshSession.' })
  accessTokenExpiresAt: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Single use: pass it to refreshSession for new tokens (a used one, presented again, ends the session). Null in cookie mode.',
  })
  refreshToken: string | null;

  @Field({ description: 'When the refresh token stops working (30 days, and never past 90 days from sign-in).' })
  refreshTokenExpiresAt: Date;

  constructor(values: SessionTokens) {
    this.account = values.account;
    this.accessToken = values.accessToken;
    this.accessTokenExpiresAt = values.accessTokenExpiresAt;
    this.refreshToken = values.refreshToken;
    this.refreshTokenExpiresAt = values.refreshTokenExpiresAt;
  }
}

/** The same answer whether or not the address was new. */
@ObjectType({
  description:
    'The registration was received. The answer is the same whether or not the address already had an account: either way the address gets a mail saying what to do next.',
})
export class RegistrationReceived {
  @Field({ description: 'The address, as we will write to it (trimmed, lower-case).' })
  email: string;

  @Field({ description: 'What happens next, in English.' })
  message: string = 'Thank you. We have sent a mail to this address: follow the link in it to confirm your account.';

  constructor(email: string) {
    this.email = email;
  }
}

/** The address is confirmed; the client may sign in. */
@ObjectType({ description: 'The email address is confirmed; the account may sign in.' })
export class EmailVerified {
  @Field({ description: 'The confirmed address.' })
  email: string;

  constructor(email: string) {
    this.email = email;
  }
}

/** Sessions ended by a sign-out. */
@ObjectType({
  description: 'The result of signing out: the sessions ended (0 when there was nothing to end). Cookies are cleared either way.',
})
export class SignedOut {
  @Field(() => Int, { description: 'How many sessions this ended.' })
  endedSessions: number;

  constructor(endedSessions: number) {
    this.endedSessions = endedSessions;
  }
}

/** The same answer for every address. */
@ObjectType({
  description: 'The request was received. The answer is the same whether or not the address has an account; if it has, a link was mailed.',
})
export class PasswordResetRequested {
  @Field({ description: 'What happens next, in English.' })
  message: string = 'If this address has an account, we have sent it a link to choose a new password. The link works for one hour.';
}

/** A new password is in place; sessions were ended. */
@ObjectType({ description: 'The password was changed. Sessions were ended: all of them after a reset, all but this one after a change.' })
export class PasswordChanged {
  @Field(() => Int, { description: 'How many sessions were ended.' })
  endedSessions: number;

  constructor(endedSessions: number) {
    this.endedSessions = endedSessions;
  }
}

/** A confirmation link went to the new address (if it can be used). */
@ObjectType({
  description:
    'A link to confirm the change was mailed to the new address (unless it belongs to another account: the answer does not say). The address changes when the link is followed.',
})
export class EmailChangeRequested {
  @Field({ description: 'The new address, as we will write to it.' })
  newEmail: string;

  @Field({ description: 'What happens next, in English.' })
  message: string = 'We have sent a link to your new address. Your address changes when you follow it (within 24 hours).';

  constructor(newEmail: string) {
    this.newEmail = newEmail;
  }
}

/** The account now signs in with the new address. */
@ObjectType({ description: 'The email address was changed (and is confirmed); sign in with it from now on.' })
export class EmailChanged {
  @Field({ description: 'The new address.' })
  email: string;

  constructor(email: string) {
    this.email = email;
  }
}

/*
 * Result unions: one per mutation, so each can grow its own outcomes without breaking the others.
 */

export const RegisterResult = createUnionType({
  name: 'RegisterResult',
  description: 'RegistrationReceived, or why the registration was refused.',
  types: () => [RegistrationReceived, InputValidationError, TooManyAttemptsError] as const,
});

export const VerifyEmailResult = createUnionType({
  name: 'VerifyEmailResult',
  description: 'EmailVerified, or InvalidTokenError for a link that is used, expired or unknown.',
  types: () => [EmailVerified, InvalidTokenError] as const,
});

export const SignInResult = createUnionType({
  name: 'SignInResult',
  description: 'SessionTokens, or why the sign-in was refused.',
  types: () => [SessionTokens, InvalidCredentialsError, EmailNotVerifiedError, TooManyAttemptsError, InputValidationError] as const,
});

export const RefreshSessionResult = createUnionType({
  name: 'RefreshSessionResult',
  description: 'New SessionTokens, or SessionEndedError (sign in again).',
  types: () => [SessionTokens, SessionEndedError] as const,
});

export const RequestPasswordResetResult = createUnionType({
  name: 'RequestPasswordResetResult',
  description: 'PasswordResetRequested (the same for every address), or why the request was refused.',
  types: () => [PasswordResetRequested, InputValidationError, TooManyAttemptsError] as const,
});

export const ResetPasswordResult = createUnionType({
  name: 'ResetPasswordResult',
  description: 'PasswordChanged, or why the new password was refused (the link stays usable after an InputValidationError).',
  types: () => [PasswordChanged, InvalidTokenError, InputValidationError] as const,
});

export const ChangePasswordResult = createUnionType({
  name: 'ChangePasswordResult',
  description: 'PasswordChanged, or why the change was refused.',
  types: () => [PasswordChanged, InputValidationError, TooManyAttemptsError] as const,
});

export const RequestEmailChangeResult = createUnionType({
  name: 'RequestEmailChangeResult',
  description: 'EmailChangeRequested, or why the request was refused.',
  types: () => [EmailChangeRequested, InputValidationError, TooManyAttemptsError] as const,
});

export const ConfirmEmailChangeResult = createUnionType({
  name: 'ConfirmEmailChangeResult',
  description: 'EmailChanged, or why the change could not be made.',
  types: () => [EmailChanged, InvalidTokenError, EmailTakenError] as const,
});

export const CreateStaffAccountResult = createUnionType({
  name: 'CreateStaffAccountResult',
  description: 'The new Account (an invitation to set a password was mailed to it), or why it was not created.',
  types: () => [Account, InputValidationError, EmailTakenError] as const,
});
