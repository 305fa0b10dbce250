import type { ErrorRequestHandler, RequestHandler } from 'express';

/** A request the server cannot even read, answered as GraphQL errors are: JSON, a code, no trace. */
function sendRequestError(res: Parameters<RequestHandler>[1], status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/**
 * POST bodies must be JSON (GraphQL over HTTP). Anything else is refused with 415 before a parser
 * or Apollo sees it.
 */
export const requireJsonBody: RequestHandler = (req, res, next) => {
  if (req.method !== 'POST' || req.is('application/json')) return next();
  sendRequestError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as JSON (Content-Type: application/json).');
};

/**
 * Express's body parser reports bad JSON and oversized bodies by throwing; its default handler
 * answers HTML with a stack trace in development. This answers JSON in every mode.
 */
export const requestErrorHandler: ErrorRequestHandler = (error: { type?: string; status?: number; limit?: number }, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error.type === 'entity.too.large') {
    return sendRequestError(
      res,
      413,
      'PAYLOAD_TOO_LARGE',
      `The request body is larger than the ${error.limit ?? ''} bytes allowed.`.replace('  ', ' '),
    );
  }
  if (error.type === 'entity.parse.failed') return sendRequestError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
  if (error.type === 'charset.unsupported' || error.type === 'encoding.unsupported') {
    return sendRequestError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON in UTF-8.');
  }
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  sendRequestError(
    res,
    status,
    status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST',
    status === 500 ? 'Internal server error' : 'Bad request.',
  );
};

/** Any other path: a JSON 404 that does not repeat the path back. */
export const notFoundHandler: RequestHandler = (_req, res) => {
  sendRequestError(res, 404, 'NOT_FOUND', 'Nothing here; GraphQL is served at /graphql.');
};
