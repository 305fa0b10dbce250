import { createHash, randomBytes } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { decodeStripeForm } from './form';
import { TEST_CARDS } from './test-cards';

type PaymentIntentStatus =
  'requires_payment_method' | 'requires_confirmation' | 'requires_action' | 'processing' | 'succeeded' | 'canceled';

interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_received: number;
  currency: string;
  status: PaymentIntentStatus;
  client_secret: string;
  created: number;
  livemode: false;
  metadata: Record<string, string>;
  payment_method: string | null;
  capture_method: 'automatic' | 'manual';
  last_payment_error: StripeErrorBody | null;
  cancellation_reason: string | null;
}

interface StripeErrorBody {
  type: 'invalid_request_error' | 'card_error' | 'authentication_error' | 'idempotency_error';
  message: string;
  code?: string;
  decline_code?: string;
  param?: string;
  payment_intent?: PaymentIntent;
}

class StripeError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
  ) {
    super(body.message);
  }
}

const CURRENCIES = new Set(['gbp', 'eur', 'usd']);
const id = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;

/**
 * A Stripe test double that speaks Stripe's wire protocol to the real `stripe` SDK: form-encoded
 * requests, bearer secret keys, idempotency keys, Stripe's JSON objects and error envelopes. It covers
 * PaymentIntents (create, retrieve, confirm, cancel) and PaymentMethods (Stripe's test cards).
 */
export function createStripeDoubleApp(options: { log: Logger }): express.Express {
  const app = express();
  app.disable('x-powered-by');
  const intents = new Map<string, PaymentIntent>();
  const idempotent = new Map<string, { fingerprint: string; status: number; body: unknown }>();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'stripe-double' });
  });

  app.use('/v1', express.text({ type: 'application/x-www-form-urlencoded' }), (req, res, next) => {
    const key = /^Bearer (sk|rk)_test_[\w-]+$/.exec(req.headers.authorization ?? '');
    if (!key) {
      res
        .status(401)
        .json({ error: { type: 'invalid_request_error', message: 'Invalid API Key provided (the double accepts sk_test_… keys only).' } });
      return;
    }
    next();
  });

  /** Runs a handler with Stripe's idempotency semantics: a repeated key replays the first response. */
  const handle =
    (fn: (req: Request, params: Record<string, unknown>) => { status?: number; body: unknown }) => (req: Request, res: Response) => {
      const params = typeof req.body === 'string' ? decodeStripeForm(req.body) : {};
      const key = req.header('idempotency-key');
      const fingerprint = createHash('sha256')
        .update(`${req.method} ${req.path} ${JSON.stringify(params)}`)
        .digest('hex');
      if (key && req.method === 'POST') {
        const seen = idempotent.get(key);
        if (seen) {
          if (seen.fingerprint !== fingerprint) {
            res.status(400).json({
              error: {
                type: 'idempotency_error',
                message: `Keys for idempotent requests can only be used with the same parameters they were first used with.`,
              },
            });
            return;
          }
          res.setHeader('idempotent-replayed', 'true');
          res.status(seen.status).json(seen.body);
          return;
        }
      }
      let status = 200;
      let body: unknown;
      try {
        ({ status = 200, body } = fn(req, params));
      } catch (error) {
        if (!(error instanceof StripeError)) throw error;
        status = error.status;
        body = { error: error.body };
      }
      if (key && req.method === 'POST') idempotent.set(key, { fingerprint, status, body });
      res.setHeader('request-id', id('req'));
      res.status(status).json(body);
    };

  const findIntent = (intentId: string) => {
    const intent = intents.get(intentId);
    if (!intent) {
      throw new StripeError(404, {
        type: 'invalid_request_error',
        code: 'resource_missing',
        param: 'intent',
        message: `No such payment_intent: '${intentId}'`,
      });
    }
    return intent;
  };

  /** Confirms with the attached card, following Stripe's documented test-card behaviour. */
  const confirm = (intent: PaymentIntent, paymentMethod: string | undefined) => {
    if (intent.status === 'succeeded' || intent.status === 'canceled') {
      throw new StripeError(400, {
        type: 'invalid_request_error',
        code: 'payment_intent_unexpected_state',
        message: `This PaymentIntent's status is ${intent.status}.`,
      });
    }
    const pm = paymentMethod ?? intent.payment_method;
    if (!pm) {
      throw new StripeError(400, {
        type: 'invalid_request_error',
        code: 'payment_intent_unexpected_state',
        param: 'payment_method',
        message: 'You cannot confirm this PaymentIntent because it is missing a payment method.',
      });
    }
    const card = TEST_CARDS[pm];
    if (!card)
      throw new StripeError(400, {
        type: 'invalid_request_error',
        code: 'resource_missing',
        param: 'payment_method',
        message: `No such PaymentMethod: '${pm}'`,
      });
    intent.payment_method = pm;
    if (card.decline) {
      const error: StripeErrorBody = {
        type: 'card_error',
        code: 'card_declined',
        decline_code: card.decline,
        message: 'Your card was declined.',
      };
      Object.assign(intent, { status: 'requires_payment_method', payment_method: null, last_payment_error: error });
      throw new StripeError(402, { ...error, payment_intent: intent });
    }
    if (card.requiresAction) {
      intent.status = 'requires_action';
      return intent;
    }
    Object.assign(intent, { status: 'succeeded', amount_received: intent.amount, last_payment_error: null });
    return intent;
  };

  app.post(
    '/v1/payment_intents',
    handle((_req, params) => {
      const amount = Number(params.amount);
      if (!Number.isInteger(amount) || amount < 30) {
        throw new StripeError(400, {
          type: 'invalid_request_error',
          code: 'parameter_invalid_integer',
          param: 'amount',
          message: 'Amount must be an integer of at least 30 minor units.',
        });
      }
      const currency = String(params.currency ?? '').toLowerCase();
      if (!CURRENCIES.has(currency)) {
        throw new StripeError(400, {
          type: 'invalid_request_error',
          code: 'parameter_invalid_string',
          param: 'currency',
          message: `Invalid currency: ${currency}`,
        });
      }
      const intentId = id('pi');
      const intent: PaymentIntent = {
        id: intentId,
        object: 'payment_intent',
        amount,
        amount_received: 0,
        currency,
        status: params.payment_method ? 'requires_confirmation' : 'requires_payment_method',
        client_secret: `${intentId}_secret_${randomBytes(12).toString('base64url')}`,
        created: Math.floor(Date.now() / 1000),
        livemode: false,
        metadata: (params.metadata ?? {}) as Record<string, string>,
        payment_method: (params.payment_method as string | undefined) ?? null,
        capture_method: params.capture_method === 'manual' ? 'manual' : 'automatic',
        last_payment_error: null,
        cancellation_reason: null,
      };
      intents.set(intentId, intent);
      options.log.info({ intent: intentId, amount, currency }, 'payment intent created');
      if (params.confirm === 'true') confirm(intent, undefined);
      return { body: intent };
    }),
  );

  app.get(
    '/v1/payment_intents/:id',
    handle((req) => ({ body: findIntent(String(req.params.id)) })),
  );

  app.post(
    '/v1/payment_intents/:id/confirm',
    handle((req, params) => ({ body: confirm(findIntent(String(req.params.id)), params.payment_method as string | undefined) })),
  );

  app.post(
    '/v1/payment_intents/:id/cancel',
    handle((req, params) => {
      const intent = findIntent(String(req.params.id));
      if (intent.status === 'succeeded') {
        throw new StripeError(400, {
          type: 'invalid_request_error',
          code: 'payment_intent_unexpected_state',
          message: 'You cannot cancel this PaymentIntent because it has a status of succeeded.',
        });
      }
      Object.assign(intent, { status: 'canceled', cancellation_reason: params.cancellation_reason ?? 'requested_by_customer' });
      return { body: intent };
    }),
  );

  app.get(
    '/v1/payment_methods/:id',
    handle((req) => {
      const pmId = String(req.params.id);
      const card = TEST_CARDS[pmId];
      if (!card)
        throw new StripeError(404, {
          type: 'invalid_request_error',
          code: 'resource_missing',
          message: `No such PaymentMethod: '${pmId}'`,
        });
      return {
        body: {
          id: pmId,
          object: 'payment_method',
          type: 'card',
          livemode: false,
          card: {
            brand: card.brand,
            last4: card.last4,
            exp_month: card.expMonth,
            exp_year: card.expYear,
            country: 'GB',
            funding: 'credit',
          },
        },
      };
    }),
  );

  app.use('/v1', (req, res) => {
    res.status(404).json({
      error: {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${req.method}: ${req.originalUrl}). The local Stripe double does not implement it.`,
      },
    });
  });

  return app;
}
