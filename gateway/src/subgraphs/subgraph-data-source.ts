import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Logger } from '@elysium/subgraph-kit/core';
import type { GatewayContext } from '../context';
import { isSessionChange } from '../sessions/session-cookies';
import type { CircuitBreaker } from './circuit-breaker';
import { signedCallHeaders } from './signed-call-headers';
import type { SubgraphFetcher } from './subgraph-fetcher';

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

/**
 * One subgraph as the gateway sees it. Every call carries the request id and a signed assertion
 * for this subgraph alone. A call that cannot be made (subgraph down, hung past the timeout,
 * answering 5xx, or its circuit open) becomes an `UPSTREAM_UNAVAILABLE` error on the fields it would
 * have filled, so the rest of the answer still reaches the client.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly subgraph: string,
    url: string,
    private readonly identitySecret: string,
    fetcher: SubgraphFetcher,
    private readonly breaker: CircuitBreaker,
    private readonly log: Logger,
    /** Each call's time by outcome: `ok`, `refused` (a 4xx with errors), `failed`, `circuit_open`. */
    private readonly observe: (outcome: 'ok' | 'refused' | 'failed' | 'circuit_open', seconds: number) => void = () => undefined,
  ) {
    super({ url, fetcher: fetcher as unknown as RemoteGraphQLDataSource['fetcher'] });
  }

  override willSendRequest({ request, context }: ProcessOptions): void {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    const signed = signedCallHeaders(
      this.subgraph,
      context as GatewayContext,
      { query: request.query, variables: request.variables },
      this.identitySecret,
    );
    for (const [name, value] of Object.entries(signed)) headers.set(name, value);
  }

  /** Keeps a session change (tokens for cookies) for the gateway, out of the client's answer. */
  override async didReceiveResponse({
    response,
    context,
  }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['didReceiveResponse']>>[0]) {
    const change = response.extensions?.elysiumSession;
    if (change !== undefined) {
      if (this.subgraph === 'customers' && isSessionChange(change)) (context as GatewayContext).sessionChange = change;
      delete response.extensions!.elysiumSession;
    }
    return response;
  }

  override async process(options: ProcessOptions): Promise<GatewayGraphQLResponse> {
    const started = process.hrtime.bigint();
    const seconds = () => Number(process.hrtime.bigint() - started) / 1e9;
    if (!this.breaker.allows()) {
      this.observe('circuit_open', 0);
      return this.unavailable(options, 'circuit open');
    }
    try {
      const response = await super.process(options);
      this.breaker.succeeded();
      this.observe('ok', seconds());
      return response;
    } catch (error) {
      const status = (error as GraphQLError).extensions?.response as { status?: number; body?: { errors?: unknown } } | undefined;
      // A 4xx with GraphQL errors in its body is the subgraph answering: pass its coded errors on.
      if (status?.status && status.status < 500 && Array.isArray(status.body?.errors)) {
        this.breaker.succeeded();
        this.observe('refused', seconds());
        return { errors: status.body.errors as GatewayGraphQLResponse['errors'] };
      }
      this.breaker.failed();
      this.observe('failed', seconds());
      this.log.warn(
        {
          err: error,
          subgraph: this.subgraph,
          requestId: (options.context as GatewayContext).requestId,
          traceId: (options.context as GatewayContext).traceId,
        },
        'subgraph call failed',
      );
      return this.unavailable(options, error instanceof Error ? error.message : String(error));
    }
  }

  private unavailable(options: ProcessOptions, reason: string): GatewayGraphQLResponse {
    const atPath = 'pathInIncomingRequest' in options && (options.pathInIncomingRequest?.length ?? 0) > 0;
    return {
      errors: [
        new GraphQLError(`The ${this.subgraph} service is unavailable; try again shortly.`, {
          // [] puts the error on the entities this fetch was filling (e.g. products.nodes.@).
          path: atPath ? [] : undefined,
          extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: this.subgraph, reason },
        }),
      ],
    };
  }
}
