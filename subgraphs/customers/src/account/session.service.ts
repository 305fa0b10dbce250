import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  badUserInput,
  forbidden,
  isUuid,
  mintBearerToken,
  unauthenticated,
  type Logger,
  type PostgresContext,
  type SubgraphContext,
  type Tx,
} from '@elysium/subgraph-kit';
import { Account } from './account.entity';
import { SessionEndedError } from './account.errors';
import { SessionTokens, SignedOut } from './account.results';
import { AccountSession } from './session.entity';
import type { AccountSettings } from './account.settings';
import { rows } from '@elysium/subgraph-kit';
import { ACCESS_TOKEN_TTL_SECONDS, digestOfPresented, newRandomToken, REFRESH_TOKEN_TTL_SECONDS, SESSION_MAX_AGE_SECONDS } from './tokens';

/** Most ids one `_activeSessions` call may ask about. */
export const ACTIVE_SESSIONS_MAX_IDS = 100;

/** Tokens as issued, before the transport decides who sees them. */
export interface IssuedTokens {
  sessionId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

interface RefreshRow {
  used_at: Date | null;
  expires_at: Date;
  session_id: string;
  revoked_at: Date | null;
  session_created_at: Date;
  account_id: string;
  status: string;
}

/** The session the caller's access token names; absent for development tokens. */
const PROVEN = Symbol('account:proven-in-this-request');

/** Who proved themself in this request (sign-in, renewal): they may see their own sessions in the answer. */
export function provenInRequest(context: SubgraphContext): { accountId: string; sessionId: string } | undefined {
  return context.loaders.get(PROVEN) as { accountId: string; sessionId: string } | undefined;
}

/**
 * Server-side sessions: started at sign-in, renewed with single-use refresh tokens (a reused one ends
 * the session: it was copied), ended by sign-out or by the account's owner. The gateway asks which
 * sessions are active (`_activeSessions`) at most every 5 seconds per session, so an ended session's
 * access tokens stop working within that.
 */
export class SessionService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: AccountSettings,
    private readonly log: Logger,
  ) {}

  /** Starts a session for `account` in `tx` and issues its first tokens. */
  async start(tx: Tx, context: PostgresContext, account: Account): Promise<IssuedTokens> {
    const sessionId = randomUUID();
    await rows(tx.manager, `INSERT INTO session (id, account_id, ip) VALUES ($1, $2, $3)`, [
      sessionId,
      account.id,
      context.call?.clientIp ?? null,
    ]);
    return this.issue(tx, context, account, sessionId, new Date());
  }

  private async issue(
    tx: Tx,
    context: PostgresContext,
    account: Account,
    sessionId: string,
    sessionCreatedAt: Date,
  ): Promise<IssuedTokens> {
    const now = Date.now();
    const refresh = newRandomToken();
    const refreshTokenExpiresAt = new Date(
      Math.min(now + REFRESH_TOKEN_TTL_SECONDS * 1000, sessionCreatedAt.getTime() + SESSION_MAX_AGE_SECONDS * 1000),
    );
    await rows(tx.manager, `INSERT INTO refresh_token (hash, session_id, expires_at) VALUES ($1, $2, $3)`, [
      refresh.hash,
      sessionId,
      refreshTokenExpiresAt,
    ]);
    const accessTokenExpiresAt = new Date((Math.floor(now / 1000) + ACCESS_TOKEN_TTL_SECONDS) * 1000);
    const accessToken = await mintBearerToken(
      { subject: account.id, role: account.role, sessionId },
      this.settings.AUTH_JWT_SECRET,
      ACCESS_TOKEN_TTL_SECONDS,
    );
    context.loaders.set(PROVEN, { accountId: account.id, sessionId });
    return { sessionId, accessToken, accessTokenExpiresAt, refreshToken: refresh.token, refreshTokenExpiresAt };
  }

  /**
   * Hands issued tokens over: always to the gateway (the `elysiumSession` extension, which it turns
   * into httpOnly cookies for cookie-mode callers and strips from the answer), and in the answer only
   * to bearer-mode callers, so a browser's JavaScript never holds a token.
   */
  deliver(context: PostgresContext, account: Account, issued: IssuedTokens): SessionTokens {
    context.responseExtensions.elysiumSession = {
      accessToken: issued.accessToken,
      accessTokenExpiresAt: issued.accessTokenExpiresAt.toISOString(),
      refreshToken: issued.refreshToken,
      refreshTokenExpiresAt: issued.refreshTokenExpiresAt.toISOString(),
    };
    const cookieMode = context.call?.session?.transport === 'cookie';
    return new SessionTokens({
      account,
      accessToken: cookieMode ? null : issued.accessToken,
      accessTokenExpiresAt: issued.accessTokenExpiresAt,
      refreshToken: cookieMode ? null : issued.refreshToken,
      refreshTokenExpiresAt: issued.refreshTokenExpiresAt,
    });
  }

  /** Tells the gateway to drop the caller's session cookies. */
  clear(context: SubgraphContext): void {
    context.responseExtensions.elysiumSession = { clear: true };
  }

  /**
   * Renews a session: the refresh token is marked used and a new one issued, in one transaction that
   * locks the session, so two renewals with one token cannot both succeed. A token presented after it
   * was used ends the whole session (whoever holds the newer token is signed out too: one of the two
   * is a thief, and we cannot tell which).
   */
  async refreshSession(context: PostgresContext, refreshToken: string | null | undefined): Promise<SessionTokens | SessionEndedError> {
    // Apps pass their token; browsers' comes from their httpOnly cookie, which the gateway forwards to us alone.
    const hash = digestOfPresented(refreshToken ?? context.call?.session?.refreshToken);
    const ended = () => {
      this.clear(context);
      return new SessionEndedError();
    };
    if (!hash) return ended();
    return context.transaction(async (tx) => {
      const [row] = await rows<RefreshRow>(
        tx.manager,
        `SELECT rt.used_at, rt.expires_at, s.id AS session_id, s.revoked_at, s.created_at AS session_created_at, a.id AS account_id, a.status
           FROM refresh_token rt
           JOIN session s ON s.id = rt.session_id
           JOIN account a ON a.id = s.account_id
          WHERE rt.hash = $1
          FOR UPDATE OF rt, s`,
        [hash],
      );
      if (!row) return ended();
      if (row.used_at) {
        const revoked = await rows(tx.manager, `UPDATE session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL RETURNING id`, [
          row.session_id,
        ]);
        if (revoked.length > 0) this.log.warn({ sessionId: row.session_id }, 'a used refresh token was presented again; session ended');
        return ended();
      }
      const tooOld = Date.now() - row.session_created_at.getTime() > SESSION_MAX_AGE_SECONDS * 1000;
      if (row.revoked_at || row.status !== 'ACTIVE' || row.expires_at.getTime() <= Date.now() || tooOld) return ended();
      const account = await tx.getRepository(Account).findOneBy({ id: row.account_id });
      if (!account) return ended();
      await rows(tx.manager, `UPDATE refresh_token SET used_at = now() WHERE hash = $1`, [hash]);
      await rows(tx.manager, `UPDATE session SET last_used_at = now() WHERE id = $1`, [row.session_id]);
      return this.deliver(context, account, await this.issue(tx, context, account, row.session_id, row.session_created_at));
    });
  }

  /**
   * Ends the caller's session: the one their access token names or, without one (it expired), the one
   * their refresh token belongs to. Cookies are cleared either way; signing out twice is harmless.
   */
  async signOut(context: PostgresContext, refreshToken?: string | null): Promise<SignedOut> {
    return context.transaction(async (tx) => {
      const identity = context.identity;
      const sessionId = identity?.sessionId ?? (await this.sessionOfRefreshToken(tx, refreshToken ?? context.call?.session?.refreshToken));
      const ended = sessionId ? await this.revoke(tx, sessionId, identity && isUuid(identity.subject) ? identity.subject : undefined) : 0;
      this.clear(context);
      return new SignedOut(ended);
    });
  }

  /** Ends every session of the signed-in account, this one included (a lost phone, a shared computer). */
  async signOutEverywhere(context: PostgresContext): Promise<SignedOut> {
    if (!context.identity) throw unauthenticated();
    const accountId = context.identity.subject;
    if (!isUuid(accountId)) return new SignedOut(0); // a development token names no account
    return context.transaction(async (tx) => {
      const ended = await this.revokeAll(tx, accountId);
      this.clear(context);
      return new SignedOut(ended);
    });
  }

  /**
   * The gateway's revocation check: which of `ids` are live. Only for a signed call that carries no
   * person (the gateway itself, our tools); `@inaccessible`, so no client can even ask.
   */
  async activeSessions(context: SubgraphContext, ids: readonly string[]): Promise<string[]> {
    if (!context.call || context.identity) throw forbidden('_activeSessions is for ELYSIUM services only.');
    if (ids.length > ACTIVE_SESSIONS_MAX_IDS) throw badUserInput(`ids may hold at most ${ACTIVE_SESSIONS_MAX_IDS} session ids.`, 'ids');
    return this.active(ids);
  }

  /** The session a refresh token belongs to (sign-out without a valid access token). */
  async sessionOfRefreshToken(tx: Tx, presented: string | null | undefined): Promise<string | null> {
    const hash = digestOfPresented(presented);
    if (!hash) return null;
    const [row] = await rows<{ session_id: string }>(tx.manager, `SELECT session_id FROM refresh_token WHERE hash = $1`, [hash]);
    return row?.session_id ?? null;
  }

  /** Ends one session (of `accountId`, when given); returns how many were ended (0 or 1). */
  async revoke(tx: Tx, sessionId: string, accountId?: string): Promise<number> {
    const ended = await rows(
      tx.manager,
      `UPDATE session SET revoked_at = now()
        WHERE id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR account_id = $2::uuid)
        RETURNING id`,
      [sessionId, accountId ?? null],
    );
    return ended.length;
  }

  /** Ends every live session of an account, but `except` (the caller's own, after a password change). */
  async revokeAll(tx: Tx, accountId: string, except?: string): Promise<number> {
    const ended = await rows(
      tx.manager,
      `UPDATE session SET revoked_at = now()
        WHERE account_id = $1 AND revoked_at IS NULL AND ($2::uuid IS NULL OR id <> $2::uuid)
        RETURNING id`,
      [accountId, except ?? null],
    );
    return ended.length;
  }

  /** Whether the session is live: sensitive changes re-check it rather than trust the gateway's 5-second cache. */
  async isLive(sessionId: string, manager?: EntityManager): Promise<boolean> {
    return (await this.active([sessionId], manager)).length === 1;
  }

  /** The live sessions among `ids` (unknown and malformed ids are simply not live). */
  async active(ids: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<string[]> {
    const wanted = [...new Set(ids.filter(isUuid).map((id) => id.toLowerCase()))];
    if (wanted.length === 0) return [];
    const live = await rows<{ id: string }>(
      manager,
      `SELECT s.id FROM session s JOIN account a ON a.id = s.account_id
        WHERE s.id = ANY($1::uuid[]) AND s.revoked_at IS NULL AND a.status = 'ACTIVE'
          AND s.created_at > now() - make_interval(secs => $2)`,
      [wanted, SESSION_MAX_AGE_SECONDS],
    );
    return live.map((r) => r.id);
  }

  /** The live sessions of an account, most recently used first (at most 50). */
  async listLive(accountId: string): Promise<AccountSession[]> {
    const found = await rows<{ id: string; created_at: Date; last_used_at: Date; user_agent: string | null }>(
      this.dataSource.manager,
      `SELECT id, created_at, last_used_at, user_agent FROM session
        WHERE account_id = $1 AND revoked_at IS NULL AND created_at > now() - make_interval(secs => $2)
        ORDER BY last_used_at DESC LIMIT 50`,
      [accountId, SESSION_MAX_AGE_SECONDS],
    );
    return found.map((row) =>
      Object.assign(new AccountSession(), {
        id: row.id,
        accountId,
        createdAt: row.created_at,
        lastUsedAt: row.last_used_at,
        userAgent: row.user_agent,
        revokedAt: null,
        ip: null,
      }),
    );
  }
}
