import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import pino from 'pino';
import { startStripeDouble } from '../src/server';

/** A webhook receiver that verifies every delivery with the stripe SDK, as payments does. */
async function startReceiver(secret: string, failFirst = 0) {
  const received: Stripe.Event[] = [];
  let refused = 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (refused < failFirst) {
        refused++;
        res.writeHead(500).end();
        return;
      }
      try {
        received.push(Stripe.webhooks.constructEvent(Buffer.concat(chunks), String(req.headers['stripe-signature']), secret));
        res.writeHead(200).end();
      } catch {
        res.writeHead(400).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/stripe`,
    received,
    refusedCount: () => refused,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const clientFor = (url: string) => {
  const { hostname, port } = new URL(url);
  return new Stripe('sk_test_e2e', { host: hostname, port: Number(port), protocol: 'http' });
};

describe('Stripe double: signed webhooks, refunds, 3-D Secure, disputes and events', () => {
  const SECRET = 'whsec_stripe_double_e2e';

  it('signs every event so the stripe SDK verifies it, and retries until the endpoint takes it', async () => {
    const receiver = await startReceiver(SECRET, 2);
    const double = await startStripeDouble({
      host: '127.0.0.1',
      port: 0,
      log: pino({ level: 'silent' }),
      webhookEndpoints: [{ url: receiver.url, secret: SECRET, enabledEvents: ['*'] }],
    });
    try {
      const stripe = clientFor(double.url);
      const intent = await stripe.paymentIntents.create({ amount: 3_000_000, currency: 'gbp', metadata: { orderId: 'o-1' } });
      await stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' });
      await double.settle();
      // The first two deliveries were refused (500) and retried, so order is not kept (nor is it by Stripe);
      // every event arrived, signed
      expect(receiver.refusedCount()).toBe(2);
      expect(receiver.received.map((e) => e.type).sort()).toEqual([
        'charge.succeeded',
        'payment_intent.created',
        'payment_intent.succeeded',
      ]);
      const succeeded = receiver.received.find((e) => e.type === 'payment_intent.succeeded')!.data.object as Stripe.PaymentIntent;
      expect(succeeded).toMatchObject({ id: intent.id, status: 'succeeded', metadata: { orderId: 'o-1' } });
      // A delivery signed with another secret is refused by the SDK
      expect(() => Stripe.webhooks.constructEvent('{}', 't=1,v1=00', SECRET)).toThrow();
      // And the Events API has them, newest first
      const listed = await stripe.events.list({ type: 'payment_intent.*', limit: 10 });
      expect(listed.data.map((e) => e.type)).toEqual(['payment_intent.succeeded', 'payment_intent.created']);
      expect((await stripe.events.retrieve(listed.data[0].id)).id).toBe(listed.data[0].id);
    } finally {
      await double.stop();
      await receiver.stop();
    }
  });

  it('delivers every event twice and out of order with the chaos switch on', async () => {
    const receiver = await startReceiver(SECRET);
    const double = await startStripeDouble({
      host: '127.0.0.1',
      port: 0,
      log: pino({ level: 'silent' }),
      webhookEndpoints: [{ url: receiver.url, secret: SECRET, enabledEvents: ['payment_intent.created', 'payment_intent.succeeded'] }],
      chaos: true,
    });
    try {
      const stripe = clientFor(double.url);
      await stripe.paymentIntents.create({ amount: 50_000, currency: 'gbp', payment_method: 'pm_card_visa', confirm: true });
      await double.settle();
      const types = receiver.received.map((e) => e.type);
      expect(types.sort()).toEqual([
        'payment_intent.created',
        'payment_intent.created',
        'payment_intent.succeeded',
        'payment_intent.succeeded',
      ]);
      expect(receiver.received[0].type).toBe('payment_intent.succeeded');
    } finally {
      await double.stop();
      await receiver.stop();
    }
  });

  it('refunds in part and in full, never more than was taken, and announces each refund', async () => {
    const double = await startStripeDouble({ host: '127.0.0.1', port: 0, log: pino({ level: 'silent' }) });
    try {
      const stripe = clientFor(double.url);
      const endpoint = await stripe.webhookEndpoints.create({ url: 'http://127.0.0.1:9/unused', enabled_events: ['charge.refunded'] });
      expect(endpoint.secret).toMatch(/^whsec_/);
      const intent = await stripe.paymentIntents.create({
        amount: 1_000_000,
        currency: 'gbp',
        payment_method: 'pm_card_visa',
        confirm: true,
      });
      const part = await stripe.refunds.create({ payment_intent: intent.id, amount: 250_000, reason: 'requested_by_customer' });
      expect(part).toMatchObject({ object: 'refund', amount: 250_000, status: 'succeeded', payment_intent: intent.id });
      await expect(stripe.refunds.create({ payment_intent: intent.id, amount: 800_000 })).rejects.toMatchObject({
        type: 'StripeInvalidRequestError',
        param: 'amount',
      });
      const rest = await stripe.refunds.create({ payment_intent: intent.id });
      expect(rest.amount).toBe(750_000);
      const charge = await stripe.charges.retrieve(String((await stripe.paymentIntents.retrieve(intent.id)).latest_charge));
      expect(charge).toMatchObject({ amount_refunded: 1_000_000, refunded: true });
      const unpaid = await stripe.paymentIntents.create({ amount: 1000, currency: 'gbp' });
      await expect(stripe.refunds.create({ payment_intent: unpaid.id })).rejects.toMatchObject({ code: 'charge_not_refundable' });
      expect((await stripe.events.list({ type: 'charge.refunded' })).data).toHaveLength(2);
    } finally {
      await double.stop();
    }
  });

  it('asks for 3-D Secure with the authentication cards, on a page a person or a test completes or fails', async () => {
    const double = await startStripeDouble({ host: '127.0.0.1', port: 0, log: pino({ level: 'silent' }) });
    try {
      const stripe = clientFor(double.url);
      const intent = await stripe.paymentIntents.create({ amount: 3_000_000, currency: 'gbp' });
      const challenged = await stripe.paymentIntents.confirm(intent.id, {
        payment_method: 'pm_card_threeDSecure2Required',
        return_url: 'https://elysium.example/checkout/done',
      });
      expect(challenged.status).toBe('requires_action');
      const page = challenged.next_action!.redirect_to_url!.url!;
      expect(await (await fetch(page)).text()).toContain('Complete authentication');
      const back = await fetch(page, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'outcome=complete',
        redirect: 'manual',
      });
      // Back to the shop's return_url, with the intent and its outcome, as Stripe sends the client.
      expect(back.status).toBe(303);
      const returned = new URL(back.headers.get('location')!);
      expect(`${returned.origin}${returned.pathname}`).toBe('https://elysium.example/checkout/done');
      expect(returned.searchParams.get('payment_intent')).toBe(intent.id);
      expect(returned.searchParams.get('redirect_status')).toBe('succeeded');
      expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('succeeded');

      const failing = await stripe.paymentIntents.create({
        amount: 3_000_000,
        currency: 'gbp',
        payment_method: 'pm_card_authenticationRequired',
        confirm: true,
      });
      await fetch(failing.next_action!.redirect_to_url!.url!, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'outcome=fail',
      });
      const failed = await stripe.paymentIntents.retrieve(failing.id);
      expect(failed.status).toBe('requires_payment_method');
      expect(failed.last_payment_error?.code).toBe('payment_intent_authentication_failure');
    } finally {
      await double.stop();
    }
  });

  it("declines each of Stripe's decline cards with its decline code, and disputes the dispute card", async () => {
    const double = await startStripeDouble({ host: '127.0.0.1', port: 0, log: pino({ level: 'silent' }) });
    try {
      const stripe = clientFor(double.url);
      for (const [card, code] of [
        ['pm_card_visa_chargeDeclined', 'generic_decline'],
        ['pm_card_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
        ['pm_card_chargeDeclinedLostCard', 'lost_card'],
        ['pm_card_chargeDeclinedExpiredCard', 'expired_card'],
      ]) {
        const intent = await stripe.paymentIntents.create({ amount: 10_000, currency: 'gbp' });
        await expect(stripe.paymentIntents.confirm(intent.id, { payment_method: card })).rejects.toMatchObject({
          code: 'card_declined',
          decline_code: code,
        });
      }
      await stripe.paymentIntents.create({ amount: 10_000, currency: 'gbp', payment_method: 'pm_card_createDispute', confirm: true });
      const disputes = await stripe.events.list({ type: 'charge.dispute.created' });
      expect(disputes.data).toHaveLength(1);
      expect(disputes.data[0].data.object).toMatchObject({ object: 'dispute', reason: 'fraudulent', amount: 10_000 });
    } finally {
      await double.stop();
    }
  });
});
