import express, { type Request } from 'express';
import type { Logger } from 'pino';
import { stripeApiAccess } from './api-access';
import { idempotentHandler } from './idempotent-handler';
import { StripeAccount } from './stripe-account';
import { missing, newId, StripeError } from './stripe-objects';
import { TEST_CARDS, type TestCard } from './test-cards';
import { threeDSecurePage } from './three-d-secure-page';
import { WebhookSender, type WebhookEndpoint } from './webhooks';

/** A test card as Stripe's PaymentMethod object. */
function paymentMethodObject(id: string, card: TestCard) {
  return {
    id,
    object: 'payment_method',
    type: 'card',
    livemode: false,
    card: { brand: card.brand, last4: card.last4, exp_month: card.expMonth, exp_year: card.expYear, country: 'GB', funding: 'credit' },
  };
}

export interface StripeDoubleOptions {
  log: Logger;
  /** Webhook endpoints configured up front (Stripe's dashboard); more can be added through the API. */
  webhookEndpoints?: Array<Omit<WebhookEndpoint, 'id'>>;
  /** Deliver every event twice, newest first: what a receiver must survive. */
  chaos?: boolean;
}

/**
 * A Stripe test double that speaks Stripe's wire protocol to the real `stripe` SDK: form-encoded
 * requests, bearer secret keys, idempotency keys, Stripe's JSON objects and error envelopes. It covers
 * PaymentIntents (create, retrieve, confirm, cancel, 3-D Secure), charges, refunds, disputes, the
 * Events API, PaymentMethods (Stripe's test cards) and signed webhook delivery with retries.
 */
export function createStripeDoubleApp(options: StripeDoubleOptions): { app: express.Express; webhooks: WebhookSender } {
  const app = express();
  app.disable('x-powered-by');
  const webhooks = new WebhookSender({ log: options.log, chaos: options.chaos ?? false });
  for (const endpoint of options.webhookEndpoints ?? []) webhooks.add({ id: newId('we'), ...endpoint });
  const account = new StripeAccount(webhooks);
  const baseUrl = (req: Request) => `${req.protocol}://${req.get('host')}`;

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'stripe-double' });
  });

  app.use('/v1', ...stripeApiAccess(account));
  const handle = idempotentHandler();

  app.post(
    '/v1/payment_intents',
    handle((req, params, request) => ({ body: account.createIntent(params, request, baseUrl(req)) })),
  );
  app.get(
    '/v1/payment_intents/:id',
    handle((req) => {
      // Stripe's `expand[]`: the payment method and the latest charge inline, in one call. The SDK
      // sends `expand[0]=…&expand[1]=…`; curl users send `expand[]=…`.
      const expand = Object.entries(req.query)
        .filter(([key]) => /^expand(\[\d*\])?$/.test(key))
        .flatMap(([, value]) => ([] as unknown[]).concat(value).map(String));
      const intent = account.intent(String(req.params.id));
      const card = intent.payment_method ? TEST_CARDS[intent.payment_method] : undefined;
      return {
        body: {
          ...intent,
          ...(expand.includes('payment_method') && intent.payment_method && card
            ? { payment_method: paymentMethodObject(intent.payment_method, card) }
            : {}),
          ...(expand.includes('latest_charge') && intent.latest_charge ? { latest_charge: account.charge(intent.latest_charge) } : {}),
        },
      };
    }),
  );
  app.post(
    '/v1/payment_intents/:id/confirm',
    handle((req, params, request) => ({
      body: account.confirm(
        account.intent(String(req.params.id)),
        params.payment_method as string | undefined,
        params.return_url as string | undefined,
        request,
        baseUrl(req),
      ),
    })),
  );
  app.post(
    '/v1/payment_intents/:id/cancel',
    handle((req, params, request) => ({
      body: account.cancel(account.intent(String(req.params.id)), params.cancellation_reason as string | undefined, request),
    })),
  );
  app.get(
    '/v1/charges/:id',
    handle((req) => ({ body: account.charge(String(req.params.id)) })),
  );
  app.post(
    '/v1/refunds',
    handle((_req, params, request) => ({ body: account.createRefund(params, request) })),
  );
  app.get(
    '/v1/refunds/:id',
    handle((req) => ({ body: account.refund(String(req.params.id)) })),
  );
  app.get(
    '/v1/events/:id',
    handle((req) => ({ body: account.event(String(req.params.id)) })),
  );
  app.get(
    '/v1/events',
    handle((req) => {
      const limit = Math.min(100, Math.max(1, Number(req.query.limit ?? 10) || 10));
      const created = req.query.created as Record<string, string> | undefined;
      const data = account.listEvents({
        type: typeof req.query.type === 'string' ? req.query.type : undefined,
        limit,
        createdGte: created?.gte ? Number(created.gte) : undefined,
      });
      return { body: { object: 'list', url: '/v1/events', has_more: false, data } };
    }),
  );
  app.post(
    '/v1/webhook_endpoints',
    handle((_req, params) => {
      const url = String(params.url ?? '');
      if (!/^https?:\/\//.test(url)) {
        throw new StripeError(400, { type: 'invalid_request_error', param: 'url', message: 'Invalid URL: must be http(s).' });
      }
      const enabledEvents = Object.values((params.enabled_events ?? {}) as Record<string, string>);
      const endpoint: WebhookEndpoint = {
        id: newId('we'),
        url,
        secret: `whsec_${newId('test').slice(5)}`,
        enabledEvents: enabledEvents.length ? enabledEvents : ['*'],
      };
      webhooks.add(endpoint);
      return {
        body: {
          id: endpoint.id,
          object: 'webhook_endpoint',
          url,
          enabled_events: endpoint.enabledEvents,
          secret: endpoint.secret,
          status: 'enabled',
          livemode: false,
        },
      };
    }),
  );
  const endpointObject = (e: WebhookEndpoint) => ({
    id: e.id,
    object: 'webhook_endpoint',
    url: e.url,
    enabled_events: e.enabledEvents,
    status: e.disabled ? 'disabled' : 'enabled',
    livemode: false,
  });
  app.get(
    '/v1/webhook_endpoints',
    handle(() => ({ body: { object: 'list', url: '/v1/webhook_endpoints', has_more: false, data: webhooks.list().map(endpointObject) } })),
  );
  app.post(
    '/v1/webhook_endpoints/:id',
    handle((req, params) => {
      const endpoint = webhooks.list().find((e) => e.id === String(req.params.id));
      if (!endpoint) throw missing('webhook_endpoint', String(req.params.id));
      if (params.disabled !== undefined) endpoint.disabled = params.disabled === 'true';
      return { body: endpointObject(endpoint) };
    }),
  );
  app.get(
    '/v1/payment_methods/:id',
    handle((req) => {
      const pmId = String(req.params.id);
      const card = TEST_CARDS[pmId];
      if (!card) throw missing('PaymentMethod', pmId);
      return { body: paymentMethodObject(pmId, card) };
    }),
  );

  // The bank's 3-D Secure challenge (Stripe's test page): a test or a person completes or fails it.
  app.get('/3ds/:id', (req, res) => {
    try {
      res.type('html').send(threeDSecurePage(account.intent(String(req.params.id))));
    } catch {
      res.status(404).type('text').send('No such payment.');
    }
  });
  app.post('/3ds/:id', express.urlencoded({ extended: false }), (req, res) => {
    try {
      const challenged = account.intent(String(req.params.id));
      // The return address goes with the challenge, which authenticating clears.
      const returnUrl = (challenged.next_action ?? null)?.redirect_to_url.return_url;
      const intent = account.authenticate(challenged, req.body?.outcome === 'complete');
      const outcome = intent.status === 'succeeded' ? 'succeeded' : 'failed';
      if (returnUrl) {
        // As Stripe does: back to the merchant's page, which reads the intent's state again.
        const back = new URL(returnUrl);
        back.searchParams.set('payment_intent', intent.id);
        back.searchParams.set('payment_intent_client_secret', intent.client_secret);
        back.searchParams.set('redirect_status', outcome);
        res.redirect(303, back.toString());
        return;
      }
      res
        .status(200)
        .type('text')
        .send(`Authentication ${outcome === 'succeeded' ? 'complete' : 'failed'}.`);
    } catch (error) {
      res
        .status(error instanceof StripeError ? error.status : 500)
        .type('text')
        .send(error instanceof Error ? error.message : 'failed');
    }
  });

  app.use('/v1', (req, res) => {
    res.status(404).json({
      error: {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${req.method}: ${req.originalUrl}). The local Stripe double does not implement it.`,
      },
    });
  });

  return { app, webhooks };
}
