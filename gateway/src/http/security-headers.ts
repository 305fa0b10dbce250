import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * helmet's headers on every answer. The content policy lets the embedded Sandbox (Apollo's CDN) load
 * on GET /graphql when the explorer is open; JSON answers are unaffected by it.
 */
export function securityHeaders(sandbox: boolean): RequestHandler {
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
  return cors({
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
}
