import express, { type Express } from 'express';
import type Stripe from 'stripe';
import type { Logger } from '@elysium/subgraph-kit';
import type { StripeEventService } from './stripe-event.service';

/**
 * POST /webhooks/stripe. The raw body's signature is verified with the SDK before anything is
 * parsed or trusted; the event is recorded (and acted on) in one transaction, and only then does
 * Stripe get its 2xx. A failure after verification answers 500, so Stripe delivers again.
 */
export function stripeWebhookRoute(options: { stripe: Stripe; secret: string; events: StripeEventService; log: Logger }) {
  return (app: Express) => {
    app.post('/webhooks/stripe', express.raw({ type: '*/*', limit: '512kb' }), async (req, res) => {
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      let event: Stripe.Event;
      try {
        event = options.stripe.webhooks.constructEvent(body, req.header('stripe-signature') ?? '', options.secret);
      } catch {
        options.log.warn('Stripe webhook with a missing or bad signature refused');
        res.status(400).json({ error: 'invalid signature' });
        return;
      }
      try {
        const outcome = await options.events.receive(event);
        res.json({ received: true, outcome });
      } catch (error) {
        options.log.error({ err: error, event: event.id, type: event.type }, 'Stripe event not recorded; Stripe will deliver it again');
        res.status(500).json({ error: 'not recorded' });
      }
    });
  };
}
