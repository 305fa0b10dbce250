import type Redis from 'ioredis';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { createRateLimiter, rateLimitRedis } from '@elysium/subgraph-kit/core';

export interface RateLimitSettings {
  /** Cost points one IP may spend per window. */
  ipPoints: number;
  /** Cost points one signed-in person may spend per window, whatever IPs they use. */
  identityPoints: number;
  windowSeconds: number;
  /** Shared counters across gateway replicas; unset keeps them in this process. */
  redisUrl?: string;
  /** Told of every refusal (for the metrics). */
  onRefused?: () => void;
}

export type RateDecision =
  { allowed: true; remaining: number; limit: number; resetSeconds: number } | { allowed: false; retryAfterSeconds: number; limit: number };

/**
 * Spends each operation's cost (at least 1 point, so floods of trivial requests count too) from the
 * caller's IP bucket and, when signed in, their identity bucket. With Redis, replicas share counters;
 * if Redis goes away, each gateway falls back to its own memory rather than refusing everyone.
 */
export class CostRateLimiter {
  private readonly byIp: RateLimiterAbstract;
  private readonly byIdentity: RateLimiterAbstract;
  private readonly redis?: Redis;

  constructor(private readonly settings: RateLimitSettings) {
    this.redis = rateLimitRedis(settings.redisUrl);
    this.byIp = this.limiter('ip', settings.ipPoints);
    this.byIdentity = this.limiter('identity', settings.identityPoints);
  }

  private limiter(keyPrefix: string, points: number): RateLimiterAbstract {
    return createRateLimiter({
      keyPrefix: `elysium-gateway:${keyPrefix}`,
      points,
      durationSeconds: this.settings.windowSeconds,
      redis: this.redis,
    });
  }

  async consume(caller: { ip: string; subject: string | null }, cost: number): Promise<RateDecision> {
    const points = Math.max(1, Math.ceil(cost));
    try {
      const ip = await this.byIp.consume(caller.ip, points);
      const own = caller.subject ? await this.byIdentity.consume(caller.subject, points) : null;
      const tightest =
        own && own.remainingPoints < ip.remainingPoints
          ? { res: own, limit: this.settings.identityPoints }
          : { res: ip, limit: this.settings.ipPoints };
      return {
        allowed: true,
        remaining: tightest.res.remainingPoints,
        limit: tightest.limit,
        resetSeconds: Math.ceil(tightest.res.msBeforeNext / 1000),
      };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      this.settings.onRefused?.();
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)), limit: this.settings.ipPoints };
    }
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}
