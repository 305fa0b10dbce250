import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';
import { createRateLimiter, rateLimitRedis, takePoints as take, type Refused } from '@elysium/subgraph-kit';
import type { AccountSettings } from './account.settings';

export type { Refused };

/** Keys never hold an address in clear: Redis (or a heap dump) then holds no personal data. */
const keyOf = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 32);

/**
 * Throttles password guessing and mail-sending requests, per email address and per client IP, in
 * Redis when REDIS_URL is set (replicas share counts; if Redis goes away each replica falls back to
 * its own memory) and in memory otherwise. An attempt is counted before the password is checked, so
 * parallel guesses cannot slip past the limit; a success clears the address's count and gives the
 * IP its attempt back. Unknown addresses are counted exactly like known ones, so the throttle tells
 * nobody which addresses have accounts.
 */
export class AttemptThrottle {
  private readonly redis?: Redis;
  private readonly perAccount: RateLimiterAbstract;
  private readonly perIp: RateLimiterAbstract;
  private readonly mailPerIp: RateLimiterAbstract;

  constructor(settings: AccountSettings) {
    this.redis = rateLimitRedis(settings.REDIS_URL);
    const window = settings.SIGN_IN_THROTTLE_SECONDS;
    this.perAccount = this.limiter('sign-in:account', settings.SIGN_IN_MAX_FAILURES_PER_ACCOUNT, window);
    this.perIp = this.limiter('sign-in:ip', settings.SIGN_IN_MAX_FAILURES_PER_IP, window);
    this.mailPerIp = this.limiter('account-mail:ip', settings.ACCOUNT_MAIL_REQUESTS_PER_IP, 3600);
  }

  private limiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterAbstract {
    return createRateLimiter({ keyPrefix: `elysium-customers:${keyPrefix}`, points, durationSeconds, redis: this.redis });
  }

  /** Counts one password attempt for `email` from `ip`; a refusal means the password must not even be checked. */
  async passwordAttempt(email: string, ip: string): Promise<Refused | null> {
    const fromIp = await take(this.perIp, keyOf(ip));
    if (fromIp) return fromIp;
    const forAccount = await take(this.perAccount, keyOf(email));
    if (forAccount) await this.perIp.reward(keyOf(ip), 1); // nothing was tried: the IP keeps its attempt
    return forAccount;
  }

  /** The password was right: the address starts afresh and the IP gets its attempt back. */
  async passwordAccepted(email: string, ip: string): Promise<void> {
    await this.perAccount.delete(keyOf(email));
    await this.perIp.reward(keyOf(ip), 1);
  }

  /** Counts one request that sends mail to an address the caller names (registration, password reset). */
  async mailRequest(ip: string): Promise<Refused | null> {
    return take(this.mailPerIp, keyOf(ip));
  }

  close(): void {
    this.redis?.disconnect();
  }
}
