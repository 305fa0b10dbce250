import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { LRUCache } from 'lru-cache';
import { decodeStripeForm } from './form';
import type { RequestInfo } from './stripe-account';
import { newId, StripeError } from './stripe-objects';

type Handler = (req: Request, params: Record<string, unknown>, request: RequestInfo) => { status?: number; body: unknown };
interface Replay {
  fingerprint: string;
  status: number;
  body: unknown;
}

/** Stripe keeps an idempotency key 24 hours; the double keeps the newest keys for as long, within a bound. */
const KEPT_KEYS = 50_000;
const KEPT_MS = 24 * 3600 * 1000;

/**
 * Wraps handlers with Stripe's idempotency semantics: a POST repeated with its key replays the first
 * response (`idempotent-replayed: true`); the same key with other parameters is an idempotency_error.
 * A StripeError becomes Stripe's error envelope; every answer carries a request-id.
 */
export function idempotentHandler() {
  const seen = new LRUCache<string, Replay>({ max: KEPT_KEYS, ttl: KEPT_MS });
  return (fn: Handler) => (req: Request, res: Response) => {
    const params = typeof req.body === 'string' ? decodeStripeForm(req.body) : {};
    const key = req.method === 'POST' ? req.header('idempotency-key') : undefined;
    const requestId = newId('req');
    const fingerprint = createHash('sha256')
      .update(`${req.method} ${req.path} ${JSON.stringify(params)}`)
      .digest('hex');
    const replay = key ? seen.get(key) : undefined;
    if (replay) {
      if (replay.fingerprint !== fingerprint) {
        res.status(400).json({
          error: {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with.`,
          },
        });
        return;
      }
      res.setHeader('idempotent-replayed', 'true');
      res.status(replay.status).json(replay.body);
      return;
    }
    let status = 200;
    let body: unknown;
    try {
      ({ status = 200, body } = fn(req, params, { id: requestId, idempotencyKey: req.header('idempotency-key') ?? null }));
    } catch (error) {
      if (!(error instanceof StripeError)) throw error;
      status = error.status;
      body = { error: error.body };
    }
    if (key) seen.set(key, { fingerprint, status, body });
    res.setHeader('request-id', requestId);
    res.status(status).json(body);
  };
}
