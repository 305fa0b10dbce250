import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache, type KeyValueCache, type KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache';
import type Redis from 'ioredis';
import { connectRedis } from '@elysium/subgraph-kit/core';
import type { GatewayContext } from '../context';

/**
 * Whole-response caching for anonymous callers only. Anything an anonymous caller can read is public
 * by definition, so a cached answer can never carry a client's data to someone else; signed-in
 * requests always run. How long an answer lives is the shortest max-age of the subgraphs that made it
 * (catalog 30 s, inventory 5 s, everything else 0 = never), read from their Cache-Control headers.
 */
export function anonymousResponseCache(cache: ResponseCache) {
  const anonymous = async ({ contextValue }: { contextValue: GatewayContext }) => contextValue.identity === null;
  return responseCachePlugin<GatewayContext>({ cache, shouldReadFromCache: anonymous, shouldWriteToCache: anonymous });
}

/**
 * The gateway's own store of cached responses, which a Sanity webhook can empty: an editor's change
 * is then served at once, not after the max-age.
 */
export interface ResponseCache extends KeyValueCache<string> {
  /** Empties it for every replica that shares it. */
  clear(): Promise<void>;
  close(): Promise<void>;
}

/**
 * In this process (bounded, least recently used first out), or in Redis when `redisUrl` is set, so
 * every gateway replica reads what any of them cached and one webhook empties it for all.
 */
export function createResponseCache(redisUrl: string | undefined, onLookup: (hit: boolean) => void = () => undefined): ResponseCache {
  const store = redisUrl ? new RedisResponseCache(connectRedis(redisUrl, { enableOfflineQueue: false, commandTimeout: 250 })) : inMemory();
  return {
    get: async (key) => {
      const value = await store.get(key);
      onLookup(value !== undefined);
      return value;
    },
    set: (key, value, options) => store.set(key, value, options),
    delete: (key) => store.delete(key),
    clear: () => store.clear(),
    close: () => store.close(),
  };
}

function inMemory(): ResponseCache {
  const memory = new InMemoryLRUCache<string>({ maxSize: 32 * 1024 * 1024 });
  return {
    get: (key) => memory.get(key),
    set: (key, value, options) => memory.set(key, value, options),
    delete: (key) => memory.delete(key),
    clear: async () => memory.clear(),
    close: async () => undefined,
  };
}

/** Entries never outlive this, whatever a caller asks (the subgraphs' max-ages are seconds). */
const LONGEST_TTL_SECONDS = 3600;
const PREFIX = 'elysium:gateway:response:';

/**
 * The shared store. Redis being slow or away makes a miss (the request runs in full), never an
 * error; each entry expires with its max-age, so the store stays as large as a max-age of traffic.
 */
class RedisResponseCache implements ResponseCache {
  constructor(private readonly redis: Redis) {}

  async get(key: string): Promise<string | undefined> {
    return (await this.redis.get(PREFIX + key).catch(() => null)) ?? undefined;
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    const ttl = Math.min(options?.ttl ?? LONGEST_TTL_SECONDS, LONGEST_TTL_SECONDS);
    if (ttl <= 0) return;
    await this.redis.set(PREFIX + key, value, 'EX', Math.ceil(ttl)).catch(() => undefined);
  }

  async delete(key: string): Promise<boolean> {
    return (await this.redis.unlink(PREFIX + key).catch(() => 0)) > 0;
  }

  /** SCAN, not KEYS: Redis keeps serving everyone else while the entries go. */
  async clear(): Promise<void> {
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${PREFIX}*`, 'COUNT', 1000);
      if (keys.length > 0) await this.redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  }

  async close(): Promise<void> {
    this.redis.disconnect();
  }
}

/**
 * A signed-in answer may mix public catalogue data with a client's own; whatever max-age the
 * subgraphs allowed, no shared cache (CDN, proxy) may keep it.
 */
export function privateWhenSignedIn(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ contextValue }) {
      if (contextValue.identity === null) return;
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'private, no-store');
        },
      };
    },
  };
}
