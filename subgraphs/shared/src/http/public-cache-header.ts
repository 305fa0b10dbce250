import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Marks an error-free answer `Cache-Control: max-age=N, public` so the gateway may reuse it for
 * anonymous callers. Answers with errors are never marked: an error must not be replayed.
 */
export function publicCacheHeader(maxAgeSeconds: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind === 'single' && !response.body.singleResult.errors?.length) {
            response.http.headers.set('cache-control', `max-age=${maxAgeSeconds}, public`);
          }
        },
      };
    },
  };
}
