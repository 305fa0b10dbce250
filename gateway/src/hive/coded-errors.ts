import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context';

type Formatter = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

function withCode(error: GraphQLError, code: string): GraphQLError {
  if (error.extensions.code) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    path: error.path,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/** Hive's codes for a subgraph call that failed in transport: refused or reset, or past the upstream timeout. */
const TRANSPORT_FAILURES = new Set(['SUBREQUEST_HTTP_ERROR', 'GATEWAY_TIMEOUT']);

/**
 * A subgraph Hive could not reach (refused, timed out, reset) is, for the client, what
 * @apollo/gateway calls it: UPSTREAM_UNAVAILABLE on the fields it would have filled, with the
 * subgraph's name, and without the transport's message or the subgraph call it tried.
 */
export function asUpstreamUnavailable(error: GraphQLError): GraphQLError {
  if (!TRANSPORT_FAILURES.has(String(error.extensions.code))) return error;
  const serviceName = typeof error.extensions.serviceName === 'string' ? error.extensions.serviceName : undefined;
  return new GraphQLError(`The ${serviceName ?? 'upstream'} service is unavailable; try again shortly.`, {
    nodes: error.nodes,
    path: error.path,
    extensions: { code: 'UPSTREAM_UNAVAILABLE', ...(serviceName ? { serviceName } : {}) },
  });
}

/** One entry per message and place: Hive repeats a failed subgraph call's error for each entity it was filling. */
function distinct(errors: readonly GraphQLError[]): GraphQLError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.message}\u0000${JSON.stringify(error.path ?? null)}\u0000${String(error.extensions.code)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every error leaves Hive Gateway as it leaves @apollo/gateway: a parse or validation failure carries
 * Apollo's codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED), and every error goes through the
 * gateway's own formatter (a code always, no stack, internal messages hidden outside development).
 * `onError` sees each one, for the errors-by-code metric.
 */
export function codedErrors(format: Formatter, onError: (code: string) => void): GatewayPlugin<GatewayContext> {
  const formatOne = (error: GraphQLError): GraphQLError => {
    const formatted = format(error.toJSON(), error);
    // Yoga marks its own request errors `spec` and answers them 200 to application/json callers;
    // @apollo/gateway answers them 400, which is what our clients and tests read.
    const { spec: _spec, ...http } = (error.extensions.http ?? {}) as { spec?: boolean; status?: number };
    void _spec;
    if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' || formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')
      http.status = 400;
    onError(String(formatted.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
    return new GraphQLError(formatted.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: formatted.path ?? error.path,
      extensions: { ...formatted.extensions, ...(Object.keys(http).length > 0 ? { http } : {}) },
    });
  };
  return {
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(withCode(result, 'GRAPHQL_PARSE_FAILED'));
      };
    },
    onValidate() {
      return ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map((error) => withCode(error, 'GRAPHQL_VALIDATION_FAILED')));
      };
    },
    onResultProcess({ result, setResult }) {
      if (Array.isArray(result) || Symbol.asyncIterator in result || !result.errors?.length) return;
      const errors = result.errors.map((error) =>
        asUpstreamUnavailable(error instanceof GraphQLError ? error : new GraphQLError(String(error))),
      );
      setResult({ ...result, errors: distinct(errors).map(formatOne) });
    },
  };
}
