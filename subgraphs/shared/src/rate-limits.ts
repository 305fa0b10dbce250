import type Redis from 'ioredis';
import { connectRedis } from './redis/connect-redis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** A refusal: how long until the next attempt may be made. */
export interface Refused {
  retryAfterSeconds: number;
}

/**
 * The Redis connection rate limits share between replicas, when `REDIS_URL` is set. Its errors are
 * the insurance limiter's business (each replica counts in memory until ioredis reconnects).
 */
export function rateLimitRedis(redisUrl: string | undefined): Redis | undefined {
  return redisUrl ? connectRedis(redisUrl, { enableOfflineQueue: false }) : undefined;
}

/** `points` per `durationSeconds` per key: in Redis when given (memory if it goes away), in memory otherwise. */
export function createRateLimiter(options: {
  keyPrefix: string;
  points: number;
  durationSeconds: number;
  redis?: Redis;
}): RateLimiterAbstract {
  const settings = { keyPrefix: options.keyPrefix, points: options.points, duration: options.durationSeconds };
  if (!options.redis) return new RateLimiterMemory(settings);
  return new RateLimiterRedis({ ...settings, storeClient: options.redis, insuranceLimiter: new RateLimiterMemory(settings) });
}

/** Takes `points` for `key`: null when allowed, otherwise how long to wait. */
export async function takePoints(limiter: RateLimiterAbstract, key: string, points = 1): Promise<Refused | null> {
  try {
    await limiter.consume(key, points);
    return null;
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    return { retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
  }
}
