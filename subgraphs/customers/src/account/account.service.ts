import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import {
  FieldError,
  InputValidationError,
  isUuid,
  recordAudit,
  requireRole,
  unauthenticated,
  type Identity,
  type Logger,
  type PostgresContext,
  type SubgraphContext,
  type Tx,
} from '@elysium/subgraph-kit';
import { Account, AccountRole } from './account.entity';
import { EmailNotVerifiedError, EmailTakenError, InvalidCredentialsError, InvalidTokenError, TooManyAttemptsError } from './account.errors';
import { ACCOUNT_INPUT_LIMITS, type CreateStaffAccountInput, type RegisterInput } from './account.inputs';
import { enqueueAccountMail, type AccountMailTemplate } from './account-mail';
import {
  EmailChanged,
  EmailChangeRequested,
  EmailVerified,
  PasswordChanged,
  PasswordResetRequested,
  RegistrationReceived,
  SessionTokens,
} from './account.results';
import type { AccountSettings } from './account.settings';
import type { AttemptThrottle } from './attempt-throttle';
import type { OneTimeTokenPurpose } from './one-time-token.entity';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password-hasher';
import { PASSWORD_MAX_LENGTH, passwordProblem, type PasswordContext } from './password-policy';
import type { SessionService } from './session.service';
import { rows } from '@elysium/subgraph-kit';
import { lockEmail } from './sql';
import { digestOfPresented, ONE_TIME_TOKEN_TTL_SECONDS, oneTimeTokenFor, tokenDigest } from './tokens';

/** Work a caller hooks into a successful sign-in, inside its transaction (the wishlist's guest merge). */
export type AfterSignIn = (tx: Tx, account: Account) => Promise<unknown>;

/** A shape check, not a proof: the mailed link is the proof that an address works. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-case and trimmed: one address, one account, however it is typed. */
export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The caller's address as the gateway saw it; unsigned callers share one bucket. */
const clientIp = (context: SubgraphContext) => context.call?.clientIp ?? 'unsigned';

/** A password verification failed, or could not even be tried. */
type PasswordCheck = { ok: true } | { ok: false; refused?: TooManyAttemptsError };

interface TokenRow {
  id: string;
  account_id: string;
  expires_at: Date;
  used_at: Date | null;
  new_email: string | null;
}

/**
 * Accounts: registration, confirmation, sign-in, passwords and addresses, staff accounts. Each method
 * checks access first, validates into data (every bad field at once), then writes in one transaction
 * whose mail leaves through the outbox. Answers never tell whether an address has an account, and take
 * about as long either way: every path that could verify or set a password runs argon2 once.
 */
export class AccountService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: AccountSettings,
    private readonly sessions: SessionService,
    private readonly throttle: AttemptThrottle,
    private readonly log: Logger,
  ) {}

  // ─── Registration and confirmation ────────────────────────────────────────────────────────────────

  /**
   * Registers a client: an account and its customer row (one id), unconfirmed until the mailed link is
   * followed. A known address gets the same answer and a mail saying so (with a reset link) instead;
   * an address we know from a client record without an account gets a link to choose a password, so
   * nobody can attach a password of their own to someone else's records.
   */
  async register(
    context: PostgresContext,
    input: RegisterInput,
  ): Promise<RegistrationReceived | InputValidationError | TooManyAttemptsError> {
    const email = normaliseEmail(input.email);
    const givenName = input.givenName.trim();
    const familyName = input.familyName.trim();
    const problems = [
      ...emailProblems(email, 'input.email'),
      ...nameProblems(givenName, 'input.givenName'),
      ...nameProblems(familyName, 'input.familyName'),
    ];
    const weak = passwordProblem(input.password, { email, givenName, familyName });
    if (weak) problems.push(new FieldError('input.password', `The password ${weak}.`));
    if (problems.length > 0) return new InputValidationError(problems);
    const refused = await this.throttle.mailRequest(clientIp(context));
    if (refused) return new TooManyAttemptsError(refused.retryAfterSeconds);

    // Hashed on every path, new address or not, so the answer takes as long either way.
    const passwordHash = await hashPassword(input.password);
    return context.transaction(async (tx) => {
      await lockEmail(tx.manager, email);
      const [existing] = await rows<{ id: string; status: string }>(tx.manager, `SELECT id, status FROM account WHERE email = $1`, [email]);
      if (existing) {
        if (existing.status === 'ACTIVE') await this.mailWithToken(tx, existing.id, 'RESET_PASSWORD', 'register-existing');
        return new RegistrationReceived(email);
      }
      const [client] = await rows<{ id: string }>(tx.manager, `SELECT id FROM customer WHERE email = $1`, [email]);
      if (client) {
        // A client we already know (created by staff, or in store): they choose their password from their own inbox.
        await rows(tx.manager, `INSERT INTO account (id, email, password_hash, role) VALUES ($1, $2, NULL, 'customer')`, [
          client.id,
          email,
        ]);
        await this.mailWithToken(tx, client.id, 'RESET_PASSWORD', 'claim-account', ONE_TIME_TOKEN_TTL_SECONDS.CLAIM_ACCOUNT);
        return new RegistrationReceived(email);
      }
      const id = randomUUID();
      await rows(tx.manager, `INSERT INTO customer (id, email, given_name, family_name) VALUES ($1, $2, $3, $4)`, [
        id,
        email,
        givenName,
        familyName,
      ]);
      await rows(
        tx.manager,
        `INSERT INTO account (id, email, password_hash, role, password_changed_at) VALUES ($1, $2, $3, 'customer', now())`,
        [id, email, passwordHash],
      );
      await this.mailWithToken(tx, id, 'VERIFY_EMAIL', 'verify-email');
      return new RegistrationReceived(email);
    });
  }

  /** Confirms an address from the mailed link (single use, 24 hours). */
  async verifyEmail(context: PostgresContext, token: string): Promise<EmailVerified | InvalidTokenError> {
    const hash = digestOfPresented(token);
    if (!hash) return new InvalidTokenError();
    return context.transaction(async (tx) => {
      const row = await this.takeToken(tx, hash, 'VERIFY_EMAIL');
      if (!row) return new InvalidTokenError();
      const [account] = await rows<{ email: string }>(
        tx.manager,
        `UPDATE account SET email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1 RETURNING email`,
        [row.account_id],
      );
      return new EmailVerified(account.email);
    });
  }

  // ─── Signing in ───────────────────────────────────────────────────────────────────────────────────

  /**
   * Signs in with address and password. Throttled per address and per IP before the password is even
   * looked at; an unknown address, an erased account and a wrong password are one answer, and each
   * verifies one argon2 hash (a dummy when there is none), so they also take the same time. A right
   * password for an unconfirmed address says so and mails a fresh link. Success starts a session, mails
   * a "new sign-in" notice and runs `afterSignIn` (guest lists merge), all in one transaction.
   */
  async signIn(
    context: PostgresContext,
    credentials: { email: string; password: string },
    afterSignIn?: AfterSignIn,
  ): Promise<SessionTokens | InvalidCredentialsError | EmailNotVerifiedError | TooManyAttemptsError | InputValidationError> {
    const email = normaliseEmail(credentials.email);
    const tooLong = [
      ...(email.length > ACCOUNT_INPUT_LIMITS.email
        ? [new FieldError('email', `must be at most ${ACCOUNT_INPUT_LIMITS.email} characters`)]
        : []),
      ...([...credentials.password].length > PASSWORD_MAX_LENGTH
        ? [new FieldError('password', `must be at most ${PASSWORD_MAX_LENGTH} characters`)]
        : []),
    ];
    if (tooLong.length > 0) return new InputValidationError(tooLong);
    const account = await this.dataSource.getRepository(Account).findOneBy({ email });
    const check = await this.checkPassword(context, email, account, credentials.password);
    if (!check.ok) return check.refused ?? new InvalidCredentialsError();
    const proven = account!;

    if (!proven.emailVerifiedAt) {
      await context.transaction((tx) => this.resendVerification(tx, proven.id));
      return new EmailNotVerifiedError();
    }
    const rehashed = needsRehash(proven.passwordHash!) ? await hashPassword(credentials.password) : null;
    return context.transaction(async (tx) => {
      // The account may have been erased, or its password changed, while argon2 ran.
      const [now] = await rows<{ status: string; password_hash: string | null }>(
        tx.manager,
        `SELECT status, password_hash FROM account WHERE id = $1 FOR UPDATE`,
        [proven.id],
      );
      if (now?.status !== 'ACTIVE' || now.password_hash !== proven.passwordHash) return new InvalidCredentialsError();
      if (rehashed) await rows(tx.manager, `UPDATE account SET password_hash = $2 WHERE id = $1`, [proven.id, rehashed]);
      const issued = await this.sessions.start(tx, context, proven);
      await enqueueAccountMail(tx, { template: 'new-sign-in', accountId: proven.id, sessionId: issued.sessionId });
      await afterSignIn?.(tx, proven);
      this.log.info({ accountId: proven.id, sessionId: issued.sessionId }, 'signed in');
      return this.sessions.deliver(context, proven, issued);
    });
  }

  /**
   * Verifies a password under the throttle. Accounts that cannot sign in (none, erased, no password
   * yet) are verified against the dummy hash, so every refusal costs one argon2 verification.
   */
  private async checkPassword(context: SubgraphContext, email: string, account: Account | null, password: string): Promise<PasswordCheck> {
    const ip = clientIp(context);
    const refused = await this.throttle.passwordAttempt(email, ip);
    if (refused) return { ok: false, refused: new TooManyAttemptsError(refused.retryAfterSeconds) };
    const real = account?.status === 'ACTIVE' && account.passwordHash ? account.passwordHash : null;
    const matches = await verifyPassword(real ?? (await dummyHash()), password);
    if (!matches || !real) return { ok: false };
    await this.throttle.passwordAccepted(email, ip);
    return { ok: true };
  }

  /** A fresh confirmation link, unless one was mailed in the last 10 minutes (sign-in attempts must not flood an inbox). */
  private async resendVerification(tx: Tx, accountId: string): Promise<void> {
    const [recent] = await rows(
      tx.manager,
      `SELECT 1 FROM one_time_token WHERE account_id = $1 AND purpose = 'VERIFY_EMAIL' AND used_at IS NULL AND created_at > now() - interval '10 minutes'`,
      [accountId],
    );
    if (!recent) await this.mailWithToken(tx, accountId, 'VERIFY_EMAIL', 'verify-email');
  }

  // ─── Passwords ────────────────────────────────────────────────────────────────────────────────────

  /** Mails a reset link (one hour, single use) if the address has an account; the answer is the same either way. */
  async requestPasswordReset(
    context: PostgresContext,
    rawEmail: string,
  ): Promise<PasswordResetRequested | InputValidationError | TooManyAttemptsError> {
    const email = normaliseEmail(rawEmail);
    const problems = emailProblems(email, 'email');
    if (problems.length > 0) return new InputValidationError(problems);
    const refused = await this.throttle.mailRequest(clientIp(context));
    if (refused) return new TooManyAttemptsError(refused.retryAfterSeconds);
    return context.transaction(async (tx) => {
      const [account] = await rows<{ id: string }>(tx.manager, `SELECT id FROM account WHERE email = $1 AND status = 'ACTIVE' FOR UPDATE`, [
        email,
      ]);
      if (!account) return new PasswordResetRequested();
      // At most three live links per account: requests from many IPs still cannot flood one inbox.
      const [{ open }] = await rows<{ open: number }>(
        tx.manager,
        `SELECT count(*)::int AS open FROM one_time_token
          WHERE account_id = $1 AND purpose = 'RESET_PASSWORD' AND used_at IS NULL AND expires_at > now()`,
        [account.id],
      );
      if (open < 3) await this.mailWithToken(tx, account.id, 'RESET_PASSWORD', 'reset-password');
      return new PasswordResetRequested();
    });
  }

  /**
   * Sets a new password from a mailed link: single use, one hour. Following the link also proves the
   * address, so it confirms it. Every session ends (whoever had the old password is signed out), and
   * every other reset link of the account stops working.
   */
  async resetPassword(
    context: PostgresContext,
    token: string,
    newPassword: string,
  ): Promise<PasswordChanged | InvalidTokenError | InputValidationError> {
    const hash = digestOfPresented(token);
    if (!hash) return new InvalidTokenError();
    const [found] = await rows<{ account_id: string } & PasswordContext>(
      this.dataSource.manager,
      `SELECT t.account_id, a.email, c.given_name AS "givenName", c.family_name AS "familyName"
         FROM one_time_token t JOIN account a ON a.id = t.account_id LEFT JOIN customer c ON c.id = a.id
        WHERE t.hash = $1 AND t.purpose = 'RESET_PASSWORD' AND t.used_at IS NULL AND t.expires_at > now() AND a.status = 'ACTIVE'`,
      [hash],
    );
    if (!found) return new InvalidTokenError();
    const weak = passwordProblem(newPassword, found);
    if (weak) return new InputValidationError([new FieldError('newPassword', `The password ${weak}.`)]);
    const passwordHash = await hashPassword(newPassword);
    return context.transaction(async (tx) => {
      const row = await this.takeToken(tx, hash, 'RESET_PASSWORD');
      if (!row) return new InvalidTokenError(); // used by a concurrent request meanwhile
      await rows(
        tx.manager,
        `UPDATE one_time_token SET used_at = now() WHERE account_id = $1 AND purpose = 'RESET_PASSWORD' AND used_at IS NULL`,
        [row.account_id],
      );
      await rows(
        tx.manager,
        `UPDATE account SET password_hash = $2, password_changed_at = now(), email_verified_at = coalesce(email_verified_at, now()) WHERE id = $1`,
        [row.account_id, passwordHash],
      );
      const ended = await this.sessions.revokeAll(tx, row.account_id);
      await enqueueAccountMail(tx, { template: 'password-changed', accountId: row.account_id });
      return new PasswordChanged(ended);
    });
  }

  /** Changes the signed-in account's password, given the current one; every other session ends. */
  async changePassword(
    context: PostgresContext,
    currentPassword: string,
    newPassword: string,
  ): Promise<PasswordChanged | InputValidationError | TooManyAttemptsError> {
    const { identity, account } = await this.requireSignedInAccount(context);
    const problems: FieldError[] = [];
    const customer = await this.customerNames(account.id);
    const weak = passwordProblem(newPassword, { email: account.email, ...customer });
    const check = await this.checkPassword(context, account.email, account, currentPassword);
    if (!check.ok && check.refused) return check.refused;
    if (!check.ok) problems.push(new FieldError('currentPassword', 'This is not your current password.'));
    if (weak) problems.push(new FieldError('newPassword', `The password ${weak}.`));
    if (problems.length > 0) return new InputValidationError(problems);
    const passwordHash = await hashPassword(newPassword);
    return context.transaction(async (tx) => {
      await rows(tx.manager, `UPDATE account SET password_hash = $2, password_changed_at = now() WHERE id = $1`, [
        account.id,
        passwordHash,
      ]);
      const ended = await this.sessions.revokeAll(tx, account.id, identity.sessionId);
      await enqueueAccountMail(tx, { template: 'password-changed', accountId: account.id });
      return new PasswordChanged(ended);
    });
  }

  // ─── Changing the address ─────────────────────────────────────────────────────────────────────────

  /**
   * Mails a confirmation link to a new address, given the password. An address that belongs to someone
   * else gets the same answer and no mail, so this cannot be used to find out who has an account.
   */
  async requestEmailChange(
    context: PostgresContext,
    rawNewEmail: string,
    password: string,
  ): Promise<EmailChangeRequested | InputValidationError | TooManyAttemptsError> {
    const { account } = await this.requireSignedInAccount(context);
    const newEmail = normaliseEmail(rawNewEmail);
    const problems = emailProblems(newEmail, 'newEmail');
    if (problems.length === 0 && newEmail === account.email) problems.push(new FieldError('newEmail', 'This is already your address.'));
    const check = await this.checkPassword(context, account.email, account, password);
    if (!check.ok && check.refused) return check.refused;
    if (!check.ok) problems.push(new FieldError('password', 'This is not your password.'));
    if (problems.length > 0) return new InputValidationError(problems);
    return context.transaction(async (tx) => {
      await lockEmail(tx.manager, newEmail);
      if (!(await this.emailTaken(tx, newEmail, account.id))) {
        const tokenId = await this.createToken(tx, account.id, 'CHANGE_EMAIL', ONE_TIME_TOKEN_TTL_SECONDS.CHANGE_EMAIL, newEmail);
        await enqueueAccountMail(tx, { template: 'confirm-email-change', accountId: account.id, tokenId });
      }
      return new EmailChangeRequested(newEmail);
    });
  }

  /** Moves the account (and the client's record) to the new address from the link mailed to it. */
  async confirmEmailChange(context: PostgresContext, token: string): Promise<EmailChanged | InvalidTokenError | EmailTakenError> {
    const hash = digestOfPresented(token);
    if (!hash) return new InvalidTokenError();
    return context.transaction(async (tx) => {
      const [peek] = await rows<{ new_email: string }>(
        tx.manager,
        `SELECT new_email FROM one_time_token WHERE hash = $1 AND purpose = 'CHANGE_EMAIL'`,
        [hash],
      );
      if (!peek) return new InvalidTokenError();
      await lockEmail(tx.manager, peek.new_email);
      const row = await this.takeToken(tx, hash, 'CHANGE_EMAIL');
      if (!row?.new_email) return new InvalidTokenError();
      if (await this.emailTaken(tx, row.new_email, row.account_id)) return new EmailTakenError();
      await rows(
        tx.manager,
        `UPDATE one_time_token SET used_at = now() WHERE account_id = $1 AND purpose = 'CHANGE_EMAIL' AND used_at IS NULL`,
        [row.account_id],
      );
      await rows(tx.manager, `UPDATE account SET email = $2, email_verified_at = now() WHERE id = $1`, [row.account_id, row.new_email]);
      // A client's record carries the same address (clients have one address, not two).
      await rows(tx.manager, `UPDATE customer SET email = $2 WHERE id = $1`, [row.account_id, row.new_email]);
      return new EmailChanged(row.new_email);
    });
  }

  // ─── Staff ────────────────────────────────────────────────────────────────────────────────────────

  /**
   * ADMIN only: an account for a member of staff, who is mailed a link to choose their own password
   * (the administrator never knows it). Recorded in the audit log.
   */
  async createStaffAccount(
    context: PostgresContext,
    input: CreateStaffAccountInput,
  ): Promise<Account | InputValidationError | EmailTakenError> {
    const admin = requireRole(context, 'admin');
    await this.requireLiveSession(admin);
    const email = normaliseEmail(input.email);
    const problems = emailProblems(email, 'input.email');
    if (input.role === AccountRole.CUSTOMER)
      problems.push(new FieldError('input.role', 'Clients register themselves; choose STAFF, ATELIER or ADMIN.'));
    if (problems.length > 0) return new InputValidationError(problems);
    return context.transaction(async (tx) => {
      await lockEmail(tx.manager, email);
      if (await this.emailTaken(tx, email, null)) return new EmailTakenError();
      const id = randomUUID();
      await rows(tx.manager, `INSERT INTO account (id, email, password_hash, role) VALUES ($1, $2, NULL, $3)`, [id, email, input.role]);
      await this.mailWithToken(tx, id, 'RESET_PASSWORD', 'staff-invitation', ONE_TIME_TOKEN_TTL_SECONDS.STAFF_INVITATION);
      await recordAudit(tx, context, { action: 'account.created', targetType: 'Account', targetId: id, service: 'customers' });
      return tx.getRepository(Account).findOneByOrFail({ id });
    });
  }

  // ─── Reading ──────────────────────────────────────────────────────────────────────────────────────

  /** The signed-in person's account; null for development tokens that name no account. */
  async myAccount(context: SubgraphContext): Promise<Account | null> {
    if (!context.identity) throw unauthenticated();
    return this.activeAccount(context.identity.subject);
  }

  /** An ACTIVE account by id; erased and unknown accounts are null alike. */
  async activeAccount(id: string, tx?: Tx): Promise<Account | null> {
    if (!isUuid(id)) return null;
    const repository = tx ? tx.getRepository(Account) : this.dataSource.getRepository(Account);
    const account = await repository.findOneBy({ id: id.toLowerCase() });
    return account?.status === 'ACTIVE' ? account : null;
  }

  // ─── Helpers ──────────────────────────────────────────────────────────────────────────────────────

  /** The caller's own ACTIVE account, through a session that is still live (sensitive changes do not rely on the gateway's cache). */
  private async requireSignedInAccount(context: SubgraphContext): Promise<{ identity: Identity; account: Account }> {
    if (!context.identity) throw unauthenticated();
    await this.requireLiveSession(context.identity);
    const account = await this.activeAccount(context.identity.subject);
    if (!account) throw unauthenticated('Your account cannot be used; sign in again.');
    return { identity: context.identity, account };
  }

  private async requireLiveSession(identity: Identity): Promise<void> {
    if (identity.sessionId && !(await this.sessions.isLive(identity.sessionId)))
      throw unauthenticated('Your session has ended; sign in again.');
  }

  private async customerNames(id: string): Promise<{ givenName?: string; familyName?: string }> {
    const [row] = await rows<{ givenName: string; familyName: string }>(
      this.dataSource.manager,
      `SELECT given_name AS "givenName", family_name AS "familyName" FROM customer WHERE id = $1`,
      [id],
    );
    return row ?? {};
  }

  /** Whether an address belongs to an account or a client record other than `ownerId`'s. */
  private async emailTaken(tx: Tx, email: string, ownerId: string | null): Promise<boolean> {
    const [taken] = await rows(
      tx.manager,
      `SELECT 1 FROM account WHERE email = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)
       UNION ALL SELECT 1 FROM customer WHERE email = $1 AND ($2::uuid IS NULL OR id <> $2::uuid)
       LIMIT 1`,
      [email, ownerId],
    );
    return taken !== undefined;
  }

  /** Creates a one-time token; its value is derived from the id when the mail is written. */
  private async createToken(
    tx: Tx,
    accountId: string,
    purpose: OneTimeTokenPurpose,
    ttlSeconds: number,
    newEmail: string | null = null,
  ): Promise<string> {
    const id = randomUUID();
    const hash = tokenDigest(oneTimeTokenFor(id, this.settings.ACCOUNT_TOKEN_SECRET));
    await rows(
      tx.manager,
      `INSERT INTO one_time_token (id, hash, purpose, account_id, new_email, expires_at) VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6))`,
      [id, hash, purpose, accountId, newEmail, ttlSeconds],
    );
    return id;
  }

  private async mailWithToken(
    tx: Tx,
    accountId: string,
    purpose: 'VERIFY_EMAIL' | 'RESET_PASSWORD',
    template: AccountMailTemplate,
    ttlSeconds: number = ONE_TIME_TOKEN_TTL_SECONDS[purpose],
  ): Promise<void> {
    const tokenId = await this.createToken(tx, accountId, purpose, ttlSeconds);
    await enqueueAccountMail(tx, { template, accountId, tokenId });
  }

  /** Marks a live token of `purpose` used (locking it, so it is used once); null when unknown, used, expired or its account is gone. */
  private async takeToken(tx: Tx, hash: string, purpose: OneTimeTokenPurpose): Promise<TokenRow | null> {
    const [row] = await rows<TokenRow>(
      tx.manager,
      `UPDATE one_time_token t SET used_at = now()
         FROM account a
        WHERE t.hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.expires_at > now()
          AND a.id = t.account_id AND a.status = 'ACTIVE'
        RETURNING t.id, t.account_id, t.expires_at, t.used_at, t.new_email`,
      [hash, purpose],
    );
    return row ?? null;
  }

  /** Ends every session of an account, in the caller's transaction; returns how many were live. */
  revokeAllSessions(tx: Tx, accountId: string): Promise<number> {
    return this.sessions.revokeAll(tx, accountId);
  }

  /**
   * The account's part of an erasure, in the caller's transaction (idempotent): every session ends,
   * tokens go, and the account becomes ERASED, keeping its id but no address, password or network
   * address. ERASED is final: sign-in treats it as an unknown address, renewals and `_activeSessions`
   * as ended, mail to it is never sent, and the address is free to register again.
   */
  /**
   * For a client deleting their own account: the signed-in account, once it has proved it knows its
   * password (throttled like sign-in).
   */
  async confirmOwnPassword(
    context: PostgresContext,
    password: string,
  ): Promise<{ accountId: string; role: string } | InputValidationError | TooManyAttemptsError> {
    const { account } = await this.requireSignedInAccount(context);
    const check = await this.checkPassword(context, account.email, account, password);
    if (!check.ok && check.refused) return check.refused;
    if (!check.ok) return new InputValidationError([new FieldError('password', 'This is not your password.')]);
    return { accountId: account.id, role: account.role };
  }

  async eraseAccount(tx: Tx, accountId: string): Promise<void> {
    await this.sessions.revokeAll(tx, accountId);
    await rows(tx.manager, `DELETE FROM refresh_token WHERE session_id IN (SELECT id FROM session WHERE account_id = $1)`, [accountId]);
    await rows(tx.manager, `UPDATE session SET ip = NULL, user_agent = NULL WHERE account_id = $1`, [accountId]);
    await rows(tx.manager, `DELETE FROM one_time_token WHERE account_id = $1`, [accountId]);
    await rows(
      tx.manager,
      `UPDATE account SET status = 'ERASED', email = 'erased-' || id || '@erased.invalid', password_hash = NULL, email_verified_at = NULL
        WHERE id = $1`,
      [accountId],
    );
  }
}

function emailProblems(email: string, field: string): FieldError[] {
  if (email.length > ACCOUNT_INPUT_LIMITS.email) return [new FieldError(field, `must be at most ${ACCOUNT_INPUT_LIMITS.email} characters`)];
  if (!EMAIL.test(email)) return [new FieldError(field, 'must be an email address, like name@example.com')];
  return [];
}

function nameProblems(name: string, field: string): FieldError[] {
  if (name.length === 0) return [new FieldError(field, 'must not be empty')];
  if (name.length > ACCOUNT_INPUT_LIMITS.name) return [new FieldError(field, `must be at most ${ACCOUNT_INPUT_LIMITS.name} characters`)];
  if (/[\u0000-\u001f\u007f]/.test(name)) return [new FieldError(field, 'must not contain control characters')];
  return [];
}
