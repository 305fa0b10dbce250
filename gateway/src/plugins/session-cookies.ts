import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../context';
import { sessionCookies } from '../sessions/session-cookies';

/**
 * Turns a session the customers subgraph started, renewed or ended into httpOnly cookies, for
 * callers in cookie mode (browsers). Bearer callers read their tokens from the answer instead.
 */
export function sessionCookiesPlugin(path: string): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue }) {
          if (!contextValue.sessionChange || contextValue.session.transport !== 'cookie') return;
          contextValue.setCookies(sessionCookies(contextValue.sessionChange, path));
        },
      };
    },
  };
}
