import type { Agent } from 'undici';

/**
 * undici and its keep-alive pool (one per process, for calls between our own services), loaded by
 * the first call: an app that never calls another (the content lake, the mail sink) never pays for it.
 */
let client: Promise<{ agent: Agent; request: typeof import('undici').request }> | undefined;
const undiciClient = () =>
  (client ??= import('undici').then(({ Agent, request }) => ({
    agent: new Agent({ keepAliveTimeout: 60_000, connections: 64 }),
    request,
  })));

/** An answer as it came back: the status and the body's text. */
export interface PostedAnswer {
  status: number;
  text: string;
}

/**
 * POSTs a JSON body and reads the whole answer, giving up after `timeoutMs`. It uses undici's
 * `request` over a shared keep-alive pool rather than WHATWG fetch: fetch's streams and abort
 * signals cost more CPU than the small calls between our services themselves (profiled at checkout).
 * The deadline is one timer, cleared as soon as the answer is read.
 */
export async function postJson(url: string, body: string, headers: Record<string, string>, timeoutMs: number): Promise<PostedAnswer> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(new Error(`no answer from ${url} within ${timeoutMs} ms`)), timeoutMs);
  try {
    const { agent, request } = await undiciClient();
    const response = await request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
      dispatcher: agent,
      signal: deadline.signal,
    });
    return { status: response.statusCode, text: await response.body.text() };
  } finally {
    clearTimeout(timer);
  }
}
