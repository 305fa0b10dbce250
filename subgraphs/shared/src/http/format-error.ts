import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logger';

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

/** Longest message a client gets back: messages may quote the caller's own input (a 200 kB variable). */
export const MAX_ERROR_MESSAGE_LENGTH = 500;

function flatten(errors: ClassValidatorError[], prefix = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message: truncate(message) }));
    return own.concat(flatten(e.children ?? [], field));
  });
}

export function truncate(message: string, max = MAX_ERROR_MESSAGE_LENGTH): string {
  return message.length <= max ? message : `${message.slice(0, max - 1)}…`;
}

const CONNECTION_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * True for a database (or other dependency) that cannot be reached or refuses work right now:
 * socket errors, Postgres' FATAL errors and connection-exception class 08, shutdown and overload
 * codes, and pg's pool timing out. These are `UPSTREAM_UNAVAILABLE` for the client, not a bug.
 */
export function isConnectionFailure(error: unknown): boolean {
  type Failure = { code?: unknown; severity?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
  let e = error as Failure | undefined;
  for (let depth = 0; e && depth < 4; depth++) {
    // FATAL ends the session: Postgres refused or dropped the connection itself (database closed to
    // connections, shutting down, authentication), whatever the SQLSTATE.
    if (e.severity === 'FATAL') return true;
    const code = typeof e.code === 'string' ? e.code : '';
    if (CONNECTION_ERROR_CODES.has(code) || code.startsWith('08') || ['57P01', '57P02', '57P03', '53300'].includes(code)) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (/Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/.test(message)) return true;
    e = (e.driverError ?? e.cause) as Failure | undefined;
  }
  return false;
}

/**
 * The one place errors leave a server. Clients get a code and a bounded message, never a stack
 * trace; a dependency that cannot be reached is UPSTREAM_UNAVAILABLE; unexpected errors are logged in
 * full and shown as a generic message outside development.
 */
export function createErrorFormatter(options: { log: Logger; exposeInternalMessages: boolean; service?: string }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    void _dropped;
    const message = truncate(formatted.message);

    const validationErrors = extensions.validationErrors as ClassValidatorError[] | undefined;
    if (validationErrors) {
      const fieldErrors = flatten(validationErrors);
      return {
        ...formatted,
        message: truncate(`Invalid input: ${fieldErrors.map((e) => `${e.field} ${e.message}`).join('; ')}`),
        extensions: { code: 'BAD_USER_INPUT', fieldErrors },
      };
    }

    if (code === 'INTERNAL_SERVER_ERROR') {
      const original = unwrapResolverError(error);
      if (isConnectionFailure(original)) {
        options.log.warn({ err: original, path: formatted.path }, 'dependency unavailable');
        return {
          ...formatted,
          message: `${options.service ?? 'A service'} cannot reach its database; try again shortly.`,
          extensions: { code: 'UPSTREAM_UNAVAILABLE', ...(options.service ? { service: options.service } : {}) },
        };
      }
      options.log.error({ err: original, path: formatted.path }, 'unexpected error');
      return {
        ...formatted,
        message: options.exposeInternalMessages ? message : 'Internal server error',
        extensions: { code },
      };
    }
    return { ...formatted, message, extensions: { ...extensions, code } };
  };
}
