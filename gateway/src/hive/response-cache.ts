import { createHash } from 'node:crypto';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { ExecutionResult } from 'graphql';
import type { GatewayContext } from '../context';
import type { ResponseCache } from '../plugins/response-cache';
import { stateOf } from './request-state';

interface CachedAnswer {
  result: ExecutionResult;
  storedAt: number;
  maxAge: number;
}

/**
 * The same rules as @apollo/gateway's response cache, on Hive Gateway's hooks, in the same store (so
 * the content webhook empties it the same way): only anonymous answers are kept, for the shortest
 * max-age of the subgraphs that made them, and only when complete; signed-in answers are
 * `private, no-store`. The answer's Cache-Control (and `age`, from the cache) reads as Apollo's does.
 */
export function hiveResponseCache(cache: ResponseCache | null): GatewayPlugin<GatewayContext> {
  const keys = new WeakMap<Request, string>();
  return {
    async onParams({ params, request, context, setResult }) {
      const identity = (context as unknown as GatewayContext).identity;
      if (!cache || identity !== null || !params.query) return;
      const key = createHash('sha256')
        .update(JSON.stringify([params.query, params.operationName ?? null, params.variables ?? null, params.extensions ?? null]))
        .digest('base64url');
      keys.set(request, key);
      const cached = await cache.get(key);
      if (!cached) return;
      const answer = JSON.parse(cached) as CachedAnswer;
      stateOf(request).cacheHit = { storedAt: answer.storedAt, maxAge: answer.maxAge };
      setResult(answer.result);
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request: Request }).request;
      const key = keys.get(request);
      const isQuery = args.document.definitions.every(
        (d: { kind: string; operation?: string }) => d.kind !== 'OperationDefinition' || d.operation === 'query',
      );
      if (!cache || !key || !isQuery) return;
      return {
        onExecuteDone({ result }) {
          const maxAge = stateOf(request).maxAge ?? 0;
          if (Symbol.asyncIterator in result || result.errors?.length || maxAge <= 0) return;
          const answer: CachedAnswer = { result: { data: result.data }, storedAt: Date.now(), maxAge };
          stateOf(request).publicMaxAge = maxAge;
          void cache.set(key, JSON.stringify(answer), { ttl: maxAge }).catch(() => undefined);
        },
      };
    },
    onResponse({ request, response, serverContext }) {
      const context = serverContext as unknown as GatewayContext;
      const state = stateOf(request);
      if (context.identity) {
        response.headers.set('cache-control', 'private, no-store');
      } else if (state.cacheHit) {
        response.headers.set('cache-control', `max-age=${state.cacheHit.maxAge}, public`);
        response.headers.set('age', String(Math.max(0, Math.floor((Date.now() - state.cacheHit.storedAt) / 1000))));
      } else if (state.publicMaxAge) {
        response.headers.set('cache-control', `max-age=${state.publicMaxAge}, public`);
      }
    },
  };
}
