import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print, type DocumentNode } from 'graphql';
import { devSecret } from '../env';
import { internalCallHeaders } from '../identity';
import { readCounter } from '../metrics';

export interface GraphQLResponse<T> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  extensions?: Record<string, unknown>;
  /** The SQL statements this request itself ran (a subgraph's `elysium-sql-statements` header); absent from the gateway. */
  sqlStatements?: number;
}

/** POSTs one operation over real HTTP, the way any client would. */
export async function graphqlRequest<T = Record<string, unknown>, V = Record<string, unknown>>(
  url: string,
  document: string | DocumentNode | TypedDocumentNode<T, V>,
  options: {
    variables?: V;
    token?: string;
    /** Headers, or a signer (`signedCall`) that makes them for this operation. */
    headers?: Record<string, string> | ((operation: { query: string; variables?: unknown }) => Record<string, string>);
  } = {},
): Promise<GraphQLResponse<T>> {
  const query = typeof document === 'string' ? document : print(document);
  const headers = typeof options.headers === 'function' ? options.headers({ query, variables: options.variables }) : options.headers;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...headers,
    },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  const statements = response.headers.get('elysium-sql-statements');
  return { status: response.status, ...body, ...(statements === null ? {} : { sqlStatements: Number(statements) }) };
}

/**
 * Reads one counter from a service's /metrics (SQL statements, GROQ requests), signed as our tools
 * sign it; the service names itself on /health.
 */
export async function readMetric(serviceGraphqlUrl: string, name: string, secret = devSecret('identity')): Promise<number> {
  const { service } = (await (await fetch(new URL('/health', serviceGraphqlUrl))).json()) as { service: string };
  const response = await fetch(new URL('/metrics', serviceGraphqlUrl), { headers: internalCallHeaders(service, secret) });
  if (!response.ok) throw new Error(`${service} refused /metrics: ${response.status}`);
  return readCounter(await response.text(), name);
}

/**
 * Reads until `done` holds (or `ms` pass), for effects that arrive after the answer: webhooks, queue
 * deliveries, mail. Returns the last reading, so the caller's assertion says what was seen.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
