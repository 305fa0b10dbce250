import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { GatewayContext } from '../context';
import { isSessionChange, sessionCookies } from '../sessions/session-cookies';
import { stateOf } from './request-state';

/**
 * What @apollo/gateway's data source and cookie plugin do, on Hive Gateway's hooks: a session the
 * customers subgraph started, renewed or ended (its `elysiumSession` extension) is kept from the
 * client's answer and, for callers in cookie mode (browsers), becomes httpOnly cookies.
 */
export function hiveSessionCookies(cookiePath: string): GatewayPlugin<GatewayContext> {
  return {
    onSubgraphExecute({ subgraphName, executionRequest }) {
      const request = (executionRequest.context as { request?: Request } | undefined)?.request;
      return ({ result }) => {
        if (!request || Symbol.asyncIterator in result) return;
        const change = result.extensions?.elysiumSession;
        if (change === undefined) return;
        // Sessions are the customers subgraph's: no other may set them.
        if (subgraphName === 'customers' && isSessionChange(change)) stateOf(request).sessionChange = change;
        delete result.extensions!.elysiumSession;
      };
    },
    onResponse({ request, response, serverContext }) {
      const change = stateOf(request).sessionChange;
      if (!change || (serverContext as unknown as GatewayContext).session?.transport !== 'cookie') return;
      for (const cookie of sessionCookies(change, cookiePath)) response.headers.append('set-cookie', cookie);
    },
  };
}
