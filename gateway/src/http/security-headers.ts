import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's headers on every answer. The content policy lets the embedded Sandbox (Apollo's CDN) load
 * on GET /graphql when the explorer is open; JSON answers are unaffected by it. helmet's answer does
 * not depend on the request, so it is worked out once and the same headers are set on every answer
 * (running its thirteen middlewares per request was 3% of the gateway's time at one client).
 */
export function securityHeaders(sandbox: boolean): RequestHandler {
  const headers = headersOf(helmetFor(sandbox));
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

/** The headers a request-independent middleware sets, read by running it once on a bare response. */
function headersOf(middleware: RequestHandler): Array<[string, string | string[]]> {
  const headers = new Map<string, string | string[]>();
  const res = {
    setHeader: (name: string, value: string | string[]) => headers.set(name.toLowerCase(), value),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  let finished = false;
  middleware({} as Parameters<RequestHandler>[0], res as unknown as Parameters<RequestHandler>[1], () => (finished = true));
  if (!finished) throw new Error('helmet did not finish synchronously');
  return [...headers];
}

function helmetFor(sandbox: boolean): RequestHandler {
  const apollo = sandbox
    ? ['https://embeddable-sandbox.cdn.apollographql.com', 'https://apollo-server-landing-page.cdn.apollographql.com']
    : [];
  return helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", ...(sandbox ? ["'unsafe-inline'", ...apollo] : [])],
        styleSrc: ["'self'", ...(sandbox ? ["'unsafe-inline'", 'https://fonts.googleapis.com', ...apollo] : [])],
        fontSrc: ["'self'", ...(sandbox ? ['https://fonts.gstatic.com', ...apollo] : [])],
        imgSrc: ["'self'", 'data:', ...apollo],
        frameSrc: sandbox ? ['https://sandbox.embed.apollographql.com'] : ["'none'"],
        manifestSrc: ["'self'", ...apollo],
        connectSrc: ["'self'", ...apollo],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
}

/** CORS for the listed browser origins only; calls without an Origin (servers, curl) are unaffected. */
export function corsAllowList(origins: string[]): RequestHandler {
  const forBrowsers = cors({
    origin: origins,
    credentials: true,
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: [
      'content-type',
      'authorization',
      'x-request-id',
      'apollo-require-preflight',
      'apollographql-client-name',
      'apollographql-client-version',
    ],
    exposedHeaders: ['x-request-id', 'retry-after'],
    maxAge: 600,
  });
  // Only a browser's cross-origin request carries an Origin; for everyone else the answer differs
  // only in that it may vary by it.
  return (req, res, next) => {
    if (req.headers.origin !== undefined) return forBrowsers(req, res, next);
    res.vary('Origin');
    next();
  };
}
