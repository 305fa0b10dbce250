import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logger';

interface ClassValidatorError {
  property: string;
  constraints?: Record<string, string>;
  children?: ClassValidatorError[];
}

function flatten(errors: ClassValidatorError[], prefix = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return own.concat(flatten(e.children ?? [], field));
  });
}

/**
 * The one place errors leave a server. Clients get a code and a message, never a stack trace;
 * unexpected errors are logged in full and shown as a generic message outside development.
 */
export function createErrorFormatter(options: { log: Logger; exposeInternalMessages: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = (formatted.extensions?.code as string | undefined) ?? 'INTERNAL_SERVER_ERROR';
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    void _dropped;

    const validationErrors = extensions.validationErrors as ClassValidatorError[] | undefined;
    if (validationErrors) {
      const fieldErrors = flatten(validationErrors);
      return {
        ...formatted,
        message: `Invalid input: ${fieldErrors.map((e) => `${e.field} ${e.message}`).join('; ')}`,
        extensions: { code: 'BAD_USER_INPUT', fieldErrors },
      };
    }

    if (code === 'INTERNAL_SERVER_ERROR') {
      const original = unwrapResolverError(error);
      options.log.error({ err: original, path: formatted.path }, 'unexpected error');
      return {
        ...formatted,
        message: options.exposeInternalMessages ? formatted.message : 'Internal server error',
        extensions: { code },
      };
    }
    return { ...formatted, extensions: { ...extensions, code } };
  };
}
