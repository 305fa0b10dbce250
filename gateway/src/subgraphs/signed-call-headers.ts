import { bodyDigest, signCall, traceparentFor, tracingActive, TRACEPARENT_HEADER } from '@elysium/subgraph-kit/core';
import type { GatewayContext } from '../context';

/**
 * The headers of one call to a subgraph, whichever gateway makes it: the request id, an assertion of
 * who is calling signed for this subgraph alone and bound to this body (so it cannot be replayed
 * elsewhere or with other variables), and the W3C trace the call belongs to.
 */
export function signedCallHeaders(
  subgraph: string,
  context: Pick<GatewayContext, 'requestId' | 'traceId' | 'identity' | 'clientIp' | 'session'>,
  body: { query: string | undefined; variables: unknown },
  identitySecret: string,
): Record<string, string> {
  const signed = signCall(
    {
      audience: subgraph,
      requestId: context.requestId,
      identity: context.identity,
      clientIp: context.clientIp,
      // Sessions are the customers subgraph's: only it learns the refresh token from the cookie.
      session: subgraph === 'customers' ? context.session : { transport: context.session.transport },
      body: bodyDigest(body.query, body.variables),
    },
    identitySecret,
  );
  // With OpenTelemetry on, its HTTP instrumentation writes the call's own span into `traceparent`.
  return tracingActive() ? signed : { ...signed, [TRACEPARENT_HEADER]: traceparentFor(context.traceId) };
}
