import type Redis from 'ioredis';
import type { RedisOptions } from 'ioredis';
import { z } from 'zod';

/** `REDIS_URL` in an app's env.ts: what its replicas share (rate limits, caches, broadcasts); unset, each keeps its own. */
export const redisUrl = z
  .string()
  .regex(/^rediss?:\/\//, 'must be a URL like redis://host:6379')
  .optional();

/**
 * A connection to the Redis replicas share. ioredis is loaded here, on first use: without
 * `REDIS_URL` no app pays for it (~5 MiB, 70 ms). Errors are the caller's to absorb (every use
 * falls back to this process), so they are not also thrown as unhandled events.
 */
export function connectRedis(url: string, options: RedisOptions = {}): Redis {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { default: RedisClient } = require('ioredis') as typeof import('ioredis');
  const redis = new RedisClient(url, { maxRetriesPerRequest: 1, ...options });
  redis.on('error', () => undefined);
  return redis;
}
