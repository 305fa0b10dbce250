import { GraphQLError } from 'graphql';

/** Codes of errors that are thrown rather than returned (transport, auth, bugs, dependencies). */
export const ThrownErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export function unauthenticated(message = 'Sign in to see this.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ThrownErrorCode.UNAUTHENTICATED } });
}

/** `httpStatus` when the refusal concerns the whole request (before execution), not one field. */
export function forbidden(message = 'You may not see or change this.', httpStatus?: number): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ThrownErrorCode.FORBIDDEN, ...(httpStatus ? { http: { status: httpStatus } } : {}) },
  });
}

export function badUserInput(message: string, field: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ThrownErrorCode.BAD_USER_INPUT, field } });
}

export function upstreamUnavailable(service: string, cause?: unknown): GraphQLError {
  return new GraphQLError(`${service} is unavailable; try again shortly.`, {
    extensions: { code: ThrownErrorCode.UPSTREAM_UNAVAILABLE, service },
    originalError: cause instanceof Error ? cause : undefined,
  });
}

/** Guards a numeric argument (page sizes, limits); a value outside the range is BAD_USER_INPUT naming the field. */
export function requireInRange(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badUserInput(`${field} must be a whole number from ${min} to ${max}; got ${value}.`, field);
  }
  return value;
}

/**
 * Longest strings the graph accepts for identifying arguments. Every cache and log line keyed by a
 * caller's input stays small, and a 200 kB "slug" is refused before any work is done.
 */
export const ARGUMENT_LIMITS = {
  id: 64,
  slug: 120,
  sku: 64,
  cursor: 64,
  searchText: 200,
} as const;

/** Guards a string argument's length; too long is BAD_USER_INPUT naming the field (the value is never echoed). */
export function requireMaxLength(value: string, max: number, field: string): string {
  if (value.length > max) throw badUserInput(`${field} must be at most ${max} characters; got ${value.length}.`, field);
  return value;
}
