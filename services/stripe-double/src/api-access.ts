import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { decodeStripeForm } from './form';
import type { StripeAccount } from './stripe-account';

/** Stripe.js calls the API from the browser with the publishable key: CORS is open, as Stripe's is. */
function openCors(req: Request, res: Response, next: NextFunction): void {
  res.setHeader('access-control-allow-origin', '*');
  res.setHeader('access-control-allow-headers', 'authorization, content-type, stripe-version, idempotency-key');
  res.setHeader('access-control-allow-methods', 'GET, POST');
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return;
  }
  next();
}

function unauthorized(res: Response, message: string): void {
  res.status(401).json({ error: { type: 'invalid_request_error', message } });
}

/**
 * Who may call /v1, as Stripe decides it: a secret (or restricted) test key may call anything; a
 * publishable key may only read or confirm a PaymentIntent whose client secret it presents
 * (Stripe.js's confirmCardPayment). Everything else is 401, in Stripe's error envelope.
 */
export function stripeApiAccess(account: StripeAccount): RequestHandler[] {
  const keys: RequestHandler = (req, res, next) => {
    const authorization = req.headers.authorization ?? '';
    if (/^Bearer pk_test_[\w-]+$/.test(authorization)) {
      const intentPath = /^\/payment_intents\/([\w-]+)(\/confirm)?$/.exec(req.path);
      const params = typeof req.body === 'string' ? decodeStripeForm(req.body) : {};
      const secret = String(params.client_secret ?? req.query.client_secret ?? '');
      const allowed =
        intentPath &&
        (req.method === 'POST' ? intentPath[2] === '/confirm' : !intentPath[2]) &&
        account.hasClientSecret(intentPath[1], secret);
      if (!allowed) return unauthorized(res, 'A publishable key may only read or confirm a PaymentIntent with its client_secret.');
      return next();
    }
    if (!/^Bearer (sk|rk)_test_[\w-]+$/.test(authorization))
      return unauthorized(res, 'Invalid API Key provided (the double accepts sk_test_… keys only).');
    next();
  };
  return [openCors, express.text({ type: 'application/x-www-form-urlencoded' }), keys];
}
