import { STATUS_CODES } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { Agent, request } from 'undici';

const gunzip = promisify(zlib.gunzip);
const brotli = promisify(zlib.brotliDecompress);
const inflate = promisify(zlib.inflate);

/** The part of a fetch Response that RemoteGraphQLDataSource reads. */
export interface SubgraphResponse {
  ok: boolean;
  status: number;
  statusText: string;
  url: string;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
  text(): Promise<string>;
}

export type SubgraphFetcher = (
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string },
) => Promise<SubgraphResponse>;

export interface FetcherTimeouts {
  /** Milliseconds to open a connection. */
  connectMs: number;
  /** Milliseconds for the whole answer (headers, then body). */
  responseMs: number;
}

/** Largest subgraph answer the gateway reads; the cost limit keeps real answers far below it. */
const MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

async function decode(body: Buffer, encoding: string | undefined): Promise<string> {
  switch (encoding?.trim().toLowerCase()) {
    case undefined:
    case '':
    case 'identity':
      return body.toString('utf8');
    case 'gzip':
    case 'x-gzip':
      return (await gunzip(body, { maxOutputLength: MAX_RESPONSE_BYTES })).toString('utf8');
    case 'br':
      return (await brotli(body, { maxOutputLength: MAX_RESPONSE_BYTES })).toString('utf8');
    case 'deflate':
      return (await inflate(body, { maxOutputLength: MAX_RESPONSE_BYTES })).toString('utf8');
    default:
      throw new Error(`subgraph answered with unsupported content-encoding ${encoding}`);
  }
}

/**
 * Calls subgraphs with undici's `request` over a keep-alive pool instead of WHATWG fetch: the gateway
 * sends one small JSON body per subgraph call, and fetch's stream machinery around each body cost more
 * CPU than the call itself (profiled under the storefront listing load). It asks for JSON, accepts
 * gzip and brotli, keeps the real status text, and gives up after the timeouts so a hung subgraph
 * cannot hold a request.
 */
export function createSubgraphFetcher(timeouts: FetcherTimeouts): SubgraphFetcher {
  const agent = new Agent({
    keepAliveTimeout: 60_000,
    connections: 64,
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.responseMs,
    bodyTimeout: timeouts.responseMs,
  });
  return async (url, init) => {
    // The agent's timeouts start once a call is on a connection; calls queued behind a hung
    // subgraph's busy connections would wait unbounded without this overall deadline. The timer is
    // cleared as soon as the answer is read (AbortSignal.timeout would leave one pending per call).
    const deadline = new AbortController();
    const timer = setTimeout(
      () => deadline.abort(new Error(`subgraph timeout: no answer within ${timeouts.connectMs + timeouts.responseMs} ms`)),
      timeouts.connectMs + timeouts.responseMs,
    );
    try {
      return await call(url, init, deadline.signal);
    } finally {
      clearTimeout(timer);
    }
  };

  async function call(url: string, init: Parameters<SubgraphFetcher>[1], signal: AbortSignal): Promise<SubgraphResponse> {
    const response = await request(url, {
      method: (init.method ?? 'POST') as 'POST',
      headers: { accept: 'application/graphql-response+json, application/json', 'accept-encoding': 'gzip, br', ...init.headers },
      body: init.body,
      dispatcher: agent,
      signal,
    });
    const declared = Number(response.headers['content-length'] ?? 0);
    if (declared > MAX_RESPONSE_BYTES) {
      response.body.destroy();
      throw new Error(`subgraph answer of ${declared} bytes is over the ${MAX_RESPONSE_BYTES} allowed`);
    }
    const encoding = response.headers['content-encoding'];
    const text = await decode(Buffer.from(await response.body.arrayBuffer()), Array.isArray(encoding) ? encoding[0] : encoding);
    const header = (name: string) => {
      const value = response.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    };
    return {
      ok: response.statusCode >= 200 && response.statusCode < 300,
      status: response.statusCode,
      statusText: STATUS_CODES[response.statusCode] ?? 'Unknown status',
      url,
      headers: { get: header },
      json: async () => JSON.parse(text) as unknown,
      text: async () => text,
    };
  }
}
