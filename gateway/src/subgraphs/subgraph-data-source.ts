import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { signIdentity } from '@elysium/subgraph-kit';
import type { GatewayContext } from './context';
import type { createSubgraphFetcher } from './subgraph-fetcher';

/** Forwards the request id and the signed identity to every subgraph call. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly identitySecret: string,
    fetcher: ReturnType<typeof createSubgraphFetcher>,
  ) {
    super({ url, fetcher: fetcher as unknown as RemoteGraphQLDataSource['fetcher'] });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    const headers = request.http?.headers;
    if (!headers || !('requestId' in context)) return;
    headers.set('x-request-id', context.requestId);
    if (context.identity) {
      for (const [name, value] of Object.entries(signIdentity(context.identity, this.identitySecret))) headers.set(name, value);
    }
  }
}
