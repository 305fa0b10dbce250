import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { GatewayContext } from '../context';
import type { SubgraphCallOutcome } from '../engines/graph-engine';
import { signedCallHeaders } from '../subgraphs/signed-call-headers';
import { stateOf } from './request-state';

type Context = GatewayContext & { request: Request };

/** `max-age` of a Cache-Control header; none, `no-store`, `no-cache` or `private` count as 0 for a shared cache. */
function sharedMaxAge(header: string | null): number {
  if (!header || /no-store|no-cache|private/i.test(header)) return 0;
  const match = /max-age=(\d+)/i.exec(header);
  return match ? Number(match[1]) : 0;
}

/**
 * Hive Gateway's hook on every subgraph call: signs it exactly as @apollo/gateway's data source does
 * (the body is the one being sent, so the subgraph's digest matches), times it, and keeps the
 * subgraph's Cache-Control for the response cache.
 */
export function signedSubgraphCalls(options: {
  identitySecret: string;
  observe(subgraph: string, outcome: SubgraphCallOutcome, seconds: number): void;
}): GatewayPlugin<Context> {
  return {
    onFetch({ context, executionRequest, options: init, setOptions, fetchFn, setFetchFn }) {
      const subgraph = (executionRequest as { subgraphName?: string } | undefined)?.subgraphName;
      if (!subgraph || !('requestId' in context) || typeof init.body !== 'string') return;
      const { query, variables } = JSON.parse(init.body) as { query?: string; variables?: unknown };
      const headers = {
        ...(init.headers as Record<string, string>),
        ...signedCallHeaders(subgraph, context as Context, { query, variables }, options.identitySecret),
      };
      setOptions({ ...init, headers });
      const request = (context as Context).request;
      // Timed around the fetch itself, so a call that never answers (refused, reset, timed out)
      // counts as `failed`, as under @apollo/gateway; Hive's done hook sees only answers.
      setFetchFn(async (...call) => {
        const started = process.hrtime.bigint();
        const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
        let response: Response;
        try {
          response = await fetchFn(...call);
        } catch (error) {
          options.observe(subgraph, 'failed', seconds());
          throw error;
        }
        options.observe(subgraph, response.ok ? 'ok' : response.status < 500 ? 'refused' : 'failed', seconds());
        const state = stateOf(request);
        const maxAge = sharedMaxAge(response.headers.get('cache-control'));
        state.maxAge = state.maxAge === undefined ? maxAge : Math.min(state.maxAge, maxAge);
        return response;
      });
    },
  };
}
