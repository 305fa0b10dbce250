import type { GraphQLFormattedError } from 'graphql';
import { createErrorFormatter, type Logger } from '@elysium/subgraph-kit/core';

/** Extensions that describe our internals (subgraph URLs, the calls made and their answers, transport reasons). */
const INTERNAL_EXTENSIONS = ['request', 'response', 'reason', 'exception'];

/**
 * The kit's formatter, plus what the gateway owes its clients: which subgraph an error came from
 * (`serviceName`) and the subgraph's own code and details stay; internal details are shown only
 * in development.
 */
export function createGatewayErrorFormatter(options: { log: Logger; development: boolean }) {
  const format = createErrorFormatter({ log: options.log, exposeInternalMessages: options.development });
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const serviceName = formatted.extensions?.serviceName;
    const result = format(formatted, error);
    const extensions = { ...result.extensions };
    if (!options.development) for (const name of INTERNAL_EXTENSIONS) delete extensions[name];
    if (serviceName) extensions.serviceName = serviceName;
    return { ...result, extensions };
  };
}
