import { GraphQLError } from 'graphql';
import { asUpstreamUnavailable } from './coded-errors';

describe('asUpstreamUnavailable', () => {
  it("turns Hive's failed subgraph call into UPSTREAM_UNAVAILABLE without the call or the transport's message", () => {
    const failed = new GraphQLError('connect ECONNREFUSED 127.0.0.1:4004', {
      path: ['products', 'nodes', 'availability'],
      extensions: { code: 'SUBREQUEST_HTTP_ERROR', serviceName: 'inventory', request: { method: 'POST', body: '{"query":"…"}' } },
    });
    const answered = asUpstreamUnavailable(failed);
    expect(answered.toJSON()).toEqual({
      message: 'The inventory service is unavailable; try again shortly.',
      path: ['products', 'nodes', 'availability'],
      extensions: { code: 'UPSTREAM_UNAVAILABLE', serviceName: 'inventory' },
    });
  });

  it('treats a subgraph past the upstream timeout the same way, as a 200 with the rest of the data', () => {
    const hung = new GraphQLError('The operation was aborted due to timeout', {
      path: ['products', 'nodes', 'availability'],
      extensions: { code: 'GATEWAY_TIMEOUT', serviceName: 'inventory', http: { status: 504 } },
    });
    expect(asUpstreamUnavailable(hung).extensions).toEqual({ code: 'UPSTREAM_UNAVAILABLE', serviceName: 'inventory' });
  });

  it("leaves a subgraph's own coded errors as they are", () => {
    const refused = new GraphQLError('Sign in to see your orders.', { extensions: { code: 'UNAUTHENTICATED', serviceName: 'orders' } });
    expect(asUpstreamUnavailable(refused)).toBe(refused);
  });
});
