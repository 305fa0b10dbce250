import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
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
 * The gateway's own store of cached responses (bounded, least recently used first out), so that a
 * Sanity webhook can empty it: an editor's change is then served at once, not after the max-age.
 */
export type ResponseCache = InMemoryLRUCache;
export const createResponseCache = (): ResponseCache => new InMemoryLRUCache({ maxSize: 32 * 1024 * 1024 });

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
