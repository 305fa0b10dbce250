import type { EventHandler } from '@elysium/subgraph-kit';
import type { CustomersDeps, CustomersModule } from '../module';
import { Account } from './account.entity';
import {
  EmailNotVerifiedError,
  EmailTakenError,
  InvalidCredentialsError,
  InvalidTokenError,
  SessionEndedError,
  TooManyAttemptsError,
} from './account.errors';
import { accountMailer, accountMailHandler } from './account-mail';
import {
  EmailChanged,
  EmailChangeRequested,
  EmailVerified,
  PasswordChanged,
  PasswordResetRequested,
  RegistrationReceived,
  SessionTokens,
} from './account.results';
import { AccountFieldsResolver, AccountResolver, AccountSessionFieldsResolver } from './account.resolver';
import { AccountService } from './account.service';
import type { AccountSettings } from './account.settings';
import { AttemptThrottle } from './attempt-throttle';
import { CreateAccounts1764500000000 } from './migrations/1764500000000-create-accounts';
import { OneTimeToken } from './one-time-token.entity';
import { RefreshToken } from './refresh-token.entity';
import { AccountSession } from './session.entity';
import { SessionService } from './session.service';

/**
 * The account slice of the customers subgraph: accounts (clients and staff), sign-in, sessions with
 * rotating refresh tokens, passwords, address changes, and the mail all of that sends.
 */
export const accountModule: CustomersModule = {
  entities: [Account, AccountSession, RefreshToken, OneTimeToken],
  migrations: [CreateAccounts1764500000000],
  resolvers: [AccountResolver, AccountFieldsResolver, AccountSessionFieldsResolver],
  orphanedTypes: [
    SessionTokens,
    RegistrationReceived,
    EmailVerified,
    PasswordResetRequested,
    PasswordChanged,
    EmailChangeRequested,
    EmailChanged,
    InvalidCredentialsError,
    EmailNotVerifiedError,
    TooManyAttemptsError,
    InvalidTokenError,
    SessionEndedError,
    EmailTakenError,
  ],
};

/**
 * The account slice's services. `settings` defaults to what `env.ts` configured (the app), or the
 * development defaults; tests pass their own (a mail sink's SMTP_URL, small throttling limits).
 */
export function createAccountServices(deps: CustomersDeps, settings: AccountSettings) {
  const sessions = new SessionService(deps.dataSource, settings, deps.log);
  const throttle = new AttemptThrottle(settings);
  const accounts = new AccountService(deps.dataSource, settings, sessions, throttle, deps.log);
  const mailer = accountMailer(settings);
  return {
    accounts,
    sessions,
    /** The consumer of `customers.send-mail` (see accountEventHandlers). */
    mailHandler: accountMailHandler({ mailer, settings, log: deps.log }),
    /** Ends every session of an account, in the caller's transaction (returns how many were live). */
    revokeAllSessions: accounts.revokeAllSessions.bind(accounts),
    /**
     * For erasure, in its transaction: ends every session and marks the account ERASED (no address,
     * no password), which no sign-in, renewal or `_activeSessions` answer ever accepts again.
     */
    eraseAccount: accounts.eraseAccount.bind(accounts),
    /** The signed-in account, once it has re-entered its password (self-erasure). */
    confirmOwnPassword: accounts.confirmOwnPassword.bind(accounts),
  };
}

export type AccountServices = ReturnType<typeof createAccountServices>;

/** The account slice's queue consumers, for the subgraph definition's `eventHandlers`. */
export function accountEventHandlers(services: { account: AccountServices }): EventHandler[] {
  return [services.account.mailHandler];
}
