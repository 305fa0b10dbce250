import express, { type Request, type Response } from 'express';
import type { MessageStore } from './message-store';
import { messageListPage, messagePage, notFoundPage } from './pages';

/**
 * The pages may show hostile mail, so they run no script at all and load nothing but inline styles and
 * images. The HTML part's srcdoc frame inherits this policy; `frame-src` lets a link in it open in the frame.
 */
const PAGE_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src * data:; frame-src http: https:; base-uri 'none'; form-action 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
};

/** `?to=` as one address, or undefined when absent or not a single string. */
const toParameter = (req: Request) => (typeof req.query.to === 'string' && req.query.to !== '' ? req.query.to : undefined);

/** Pages for people, JSON for tests. */
export function createMailSinkApp(options: { store: MessageStore; capacity: number }): express.Express {
  const { store } = options;
  const app = express();
  app.disable('x-powered-by');

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'mail-sink', messages: store.size });
  });

  const html = (res: Response, status: number, body: string) => res.status(status).set(PAGE_HEADERS).send(body);

  app.get('/', (_req, res) => {
    html(res, 200, messageListPage(store.list(), options.capacity));
  });

  app.get('/messages/:id', (req, res) => {
    const message = store.get(req.params.id);
    if (message) html(res, 200, messagePage(message));
    else html(res, 404, notFoundPage());
  });

  /** Newest first; `?to=<address>` keeps the messages delivered to that address. */
  app.get('/api/messages', (req, res) => {
    res.set('Cache-Control', 'no-store').json(store.list(toParameter(req)));
  });

  /** Forgets every message, or with `?to=` only that address's (tests running side by side use this). */
  app.delete('/api/messages', (req, res) => {
    store.clear(toParameter(req));
    res.status(204).end();
  });

  return app;
}
