import { Arg, Ctx, Directive, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireMaxLength, type PostgresContext, type SubgraphContext, type Tx } from '@elysium/subgraph-kit';
import { Account } from './account.entity';
import { CreateStaffAccountInput, RegisterInput } from './account.inputs';
import {
  ChangePasswordResult,
  ConfirmEmailChangeResult,
  CreateStaffAccountResult,
  RefreshSessionResult,
  RegisterResult,
  RequestEmailChangeResult,
  RequestPasswordResetResult,
  ResetPasswordResult,
  SignedOut,
  SignInResult,
  VerifyEmailResult,
} from './account.results';
import { AccountSession } from './session.entity';
import { provenInRequest } from './session.service';
import type { CustomersServices } from '../services';

/** Longest token argument accepted; ours are 43 characters. Longer text is refused before any work. */
const TOKEN_MAX_LENGTH = 64;
/** Longest guest token accepted (the wishlist's are 43 characters). */
const GUEST_TOKEN_MAX_LENGTH = 64;
/** Longest address or password argument read at all; the service explains the real limits (254, 128). */
const CREDENTIAL_MAX_LENGTH = 1024;

/** Root fields for accounts, sign-in and sessions; every rule lives in the account services. */
@Resolver()
export class AccountResolver {
  constructor(private readonly services: CustomersServices) {}

  @Query(() => Account, {
    nullable: true,
    description:
      'The signed-in person’s account (clients and staff): address, role, confirmation and sessions. Null for a token that names no account.',
  })
  myAccount(@Ctx() context: PostgresContext): Promise<Account | null> {
    return this.services.account.accounts.myAccount(context);
  }

  @Directive('@inaccessible')
  @Query(() => [ID], {
    description:
      'Internal: which of the given sessions are still active (not signed out, not expired, account not erased). For the gateway’s revocation check; refused without a signed service call.',
  })
  _activeSessions(
    @Arg('ids', () => [ID], { description: 'Session ids (the `sid` of access tokens), at most 100.' }) ids: string[],
    @Ctx() context: PostgresContext,
  ): Promise<string[]> {
    return this.services.account.sessions.activeSessions(context, ids);
  }

  @Mutation(() => RegisterResult, {
    description:
      'Registers a new client and mails a link to confirm the address (valid 24 hours); sign in once it is confirmed. The answer is the same for an address that already has an account (that address is mailed instead). Limited per network (ACCOUNT_MAIL_REQUESTS_PER_IP an hour).',
  })
  register(
    @Arg('input', () => RegisterInput, { description: 'The new client’s address, password and name.' }) input: RegisterInput,
    @Ctx() context: PostgresContext,
  ): Promise<typeof RegisterResult> {
    requireMaxLength(input.email, CREDENTIAL_MAX_LENGTH, 'input.email');
    requireMaxLength(input.password, CREDENTIAL_MAX_LENGTH, 'input.password');
    return this.services.account.accounts.register(context, input);
  }

  @Mutation(() => VerifyEmailResult, { description: 'Confirms an email address with the token from the mailed link (single use).' })
  verifyEmail(
    @Arg('token', { description: 'The token from the link (the part after #token=), at most 64 characters.' }) token: string,
    @Ctx() context: PostgresContext,
  ): Promise<typeof VerifyEmailResult> {
    return this.services.account.accounts.verifyEmail(context, requireMaxLength(token, TOKEN_MAX_LENGTH, 'token'));
  }

  @Mutation(() => SignInResult, {
    description:
      'Signs in and starts a session: tokens in the answer, or httpOnly cookies when the request carries `x-elysium-session: cookie`. An unknown address and a wrong password get the same answer. Throttled per address and per network; mails a "new sign-in" notice; moves a guest’s wishlist and recently viewed pieces into the client’s when guestToken is given.',
  })
  signIn(
    @Arg('email', { description: 'The account’s email address (at most 254 characters).' }) email: string,
    @Arg('password', { description: 'The password (at most 128 characters).' }) password: string,
    @Arg('guestToken', () => String, {
      nullable: true,
      description: 'The guest token of the lists kept before signing in (startGuestSession), to merge into the client’s.',
    })
    guestToken: string | null,
    @Ctx() context: PostgresContext,
  ): Promise<typeof SignInResult> {
    requireMaxLength(email, CREDENTIAL_MAX_LENGTH, 'email');
    requireMaxLength(password, CREDENTIAL_MAX_LENGTH, 'password');
    if (guestToken != null) requireMaxLength(guestToken, GUEST_TOKEN_MAX_LENGTH, 'guestToken');
    const mergeGuest = guestToken
      ? async (tx: Tx, account: Account) => {
          // Staff accounts have no customer row, hence no lists to merge into.
          if (account.role === 'customer') await this.services.wishlist.mergeGuestInto(tx, guestToken, account.id);
        }
      : undefined;
    return this.services.account.accounts.signIn(context, { email, password }, mergeGuest);
  }

  @Mutation(() => RefreshSessionResult, {
    description:
      'Renews the session: new access and refresh tokens; the refresh token given is used up. Presenting a used refresh token again ends the session. Browsers in cookie mode pass nothing (the cookie is used).',
  })
  refreshSession(
    @Arg('refreshToken', () => String, { nullable: true, description: 'The refresh token (apps); omit in cookie mode.' })
    refreshToken: string | null,
    @Ctx() context: PostgresContext,
  ): Promise<typeof RefreshSessionResult> {
    if (refreshToken != null) requireMaxLength(refreshToken, TOKEN_MAX_LENGTH, 'refreshToken');
    return this.services.account.sessions.refreshSession(context, refreshToken);
  }

  @Mutation(() => SignedOut, {
    description:
      'Ends this session (named by the access token, or by the refresh token when the access token has expired) and clears the session cookies. Its tokens stop working at the gateway within 5 seconds.',
  })
  signOut(
    @Arg('refreshToken', () => String, { nullable: true, description: 'The refresh token, for an app whose access token has expired.' })
    refreshToken: string | null,
    @Ctx() context: PostgresContext,
  ): Promise<SignedOut> {
    if (refreshToken != null) requireMaxLength(refreshToken, TOKEN_MAX_LENGTH, 'refreshToken');
    return this.services.account.sessions.signOut(context, refreshToken);
  }

  @Mutation(() => SignedOut, { description: 'Ends every session of the signed-in account, this one included.' })
  signOutEverywhere(@Ctx() context: PostgresContext): Promise<SignedOut> {
    return this.services.account.sessions.signOutEverywhere(context);
  }

  @Mutation(() => RequestPasswordResetResult, {
    description:
      'Mails a link to choose a new password (valid one hour, single use) if the address has an account; the answer is the same either way. Limited per network.',
  })
  requestPasswordReset(
    @Arg('email', { description: 'The account’s email address (at most 254 characters).' }) email: string,
    @Ctx() context: PostgresContext,
  ): Promise<typeof RequestPasswordResetResult> {
    return this.services.account.accounts.requestPasswordReset(context, requireMaxLength(email, CREDENTIAL_MAX_LENGTH, 'email'));
  }

  @Mutation(() => ResetPasswordResult, {
    description: 'Sets a new password with the token from a reset link; confirms the address and ends every session of the account.',
  })
  resetPassword(
    @Arg('token', { description: 'The token from the link (the part after #token=), at most 64 characters.' }) token: string,
    @Arg('newPassword', { description: 'The new password: 12 to 128 characters, not a common one, not built on the name or address.' })
    newPassword: string,
    @Ctx() context: PostgresContext,
  ): Promise<typeof ResetPasswordResult> {
    requireMaxLength(newPassword, CREDENTIAL_MAX_LENGTH, 'newPassword');
    return this.services.account.accounts.resetPassword(context, requireMaxLength(token, TOKEN_MAX_LENGTH, 'token'), newPassword);
  }

  @Mutation(() => ChangePasswordResult, { description: 'Changes the signed-in account’s password; every other session ends.' })
  changePassword(
    @Arg('currentPassword', { description: 'The password in use now.' }) currentPassword: string,
    @Arg('newPassword', { description: 'The new password: 12 to 128 characters, not a common one, not built on the name or address.' })
    newPassword: string,
    @Ctx() context: PostgresContext,
  ): Promise<typeof ChangePasswordResult> {
    requireMaxLength(currentPassword, CREDENTIAL_MAX_LENGTH, 'currentPassword');
    requireMaxLength(newPassword, CREDENTIAL_MAX_LENGTH, 'newPassword');
    return this.services.account.accounts.changePassword(context, currentPassword, newPassword);
  }

  @Mutation(() => RequestEmailChangeResult, {
    description: 'Mails a link to the new address to confirm it (valid 24 hours); the address changes when the link is followed.',
  })
  requestEmailChange(
    @Arg('newEmail', { description: 'The new address (at most 254 characters).' }) newEmail: string,
    @Arg('password', { description: 'The account’s password, to show it is really its owner asking.' }) password: string,
    @Ctx() context: PostgresContext,
  ): Promise<typeof RequestEmailChangeResult> {
    requireMaxLength(newEmail, CREDENTIAL_MAX_LENGTH, 'newEmail');
    requireMaxLength(password, CREDENTIAL_MAX_LENGTH, 'password');
    return this.services.account.accounts.requestEmailChange(context, newEmail, password);
  }

  @Mutation(() => ConfirmEmailChangeResult, { description: 'Changes the address with the token from the link mailed to the new address.' })
  confirmEmailChange(
    @Arg('token', { description: 'The token from the link (the part after #token=), at most 64 characters.' }) token: string,
    @Ctx() context: PostgresContext,
  ): Promise<typeof ConfirmEmailChangeResult> {
    return this.services.account.accounts.confirmEmailChange(context, requireMaxLength(token, TOKEN_MAX_LENGTH, 'token'));
  }

  @Mutation(() => CreateStaffAccountResult, {
    description: 'ADMIN only: creates a staff account; its owner is mailed a link to choose a password (valid 72 hours). Audited.',
  })
  createStaffAccount(
    @Arg('input', () => CreateStaffAccountInput, { description: 'The new member of staff.' }) input: CreateStaffAccountInput,
    @Ctx() context: PostgresContext,
  ): Promise<typeof CreateStaffAccountResult> {
    requireMaxLength(input.email, CREDENTIAL_MAX_LENGTH, 'input.email');
    return this.services.account.accounts.createStaffAccount(context, input);
  }
}

/** Where an account is signed in; only its owner sees this. */
@Resolver(() => Account)
export class AccountFieldsResolver {
  constructor(private readonly services: CustomersServices) {}

  @FieldResolver(() => [AccountSession], {
    description: 'Where the account is signed in now, most recently used first (at most 50). Empty for anyone but the account’s owner.',
  })
  async sessions(@Root() account: Account, @Ctx() context: SubgraphContext): Promise<AccountSession[]> {
    const own = context.identity?.subject === account.id || provenInRequest(context)?.accountId === account.id;
    if (!own) return [];
    return this.services.account.sessions.listLive(account.id);
  }
}

/** Which session is the caller's. */
@Resolver(() => AccountSession)
export class AccountSessionFieldsResolver {
  @FieldResolver(() => Boolean, { description: 'True for the session this request was made with (or just started).' })
  current(@Root() session: AccountSession, @Ctx() context: SubgraphContext): boolean {
    const sessionId = provenInRequest(context)?.sessionId ?? context.identity?.sessionId;
    return session.id === sessionId;
  }
}
