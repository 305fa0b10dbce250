import Stripe from 'stripe';
import pino from 'pino';
import { startStripeDouble } from '../src/server';

/** The real stripe SDK against the double: the wire protocol payments relies on. */
describe('Stripe double speaks Stripe to the stripe SDK', () => {
  let double: Awaited<ReturnType<typeof startStripeDouble>>;
  let stripe: Stripe;

  beforeAll(async () => {
    double = await startStripeDouble({ host: '127.0.0.1', port: 0, log: pino({ level: 'silent' }) });
    const url = new URL(double.url);
    stripe = new Stripe('sk_test_e2e', { host: url.hostname, port: Number(url.port), protocol: 'http' });
  });

  afterAll(() => double?.stop());

  it('creates and confirms a PaymentIntent with the test Visa', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 3_000_000, currency: 'gbp', metadata: { orderId: 'o-1' } });
    expect(intent).toMatchObject({
      object: 'payment_intent',
      status: 'requires_payment_method',
      amount: 3_000_000,
      metadata: { orderId: 'o-1' },
    });
    const confirmed = await stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_visa' });
    expect(confirmed.status).toBe('succeeded');
    expect((await stripe.paymentMethods.retrieve('pm_card_visa')).card?.last4).toBe('4242');
  });

  it('lets a browser confirm with the publishable key and the client secret, and nothing else', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 120_000, currency: 'gbp' });
    const confirm = (id: string, body: Record<string, string>, key = 'pk_test_browser') =>
      fetch(`${double.url}/v1/payment_intents/${id}/confirm`, {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:3000' },
        body: new URLSearchParams(body),
      });
    // The wrong secret, another intent's secret, or another call: refused, and the intent is untouched.
    expect((await confirm(intent.id, { client_secret: `${intent.id}_secret_wrong`, payment_method: 'pm_card_visa' })).status).toBe(401);
    const other = await stripe.paymentIntents.create({ amount: 100, currency: 'gbp' });
    expect((await confirm(intent.id, { client_secret: other.client_secret!, payment_method: 'pm_card_visa' })).status).toBe(401);
    const refund = await fetch(`${double.url}/v1/refunds`, {
      method: 'POST',
      headers: { authorization: 'Bearer pk_test_browser', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ payment_intent: intent.id, client_secret: intent.client_secret! }),
    });
    expect(refund.status).toBe(401);
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_payment_method');

    const answer = await confirm(intent.id, { client_secret: intent.client_secret!, payment_method: 'pm_card_visa' });
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await answer.json()) as { status: string }).status).toBe('succeeded');
  });

  it('declines the decline test card with a card_error', async () => {
    const intent = await stripe.paymentIntents.create({ amount: 100_000, currency: 'gbp' });
    await expect(stripe.paymentIntents.confirm(intent.id, { payment_method: 'pm_card_chargeDeclined' })).rejects.toMatchObject({
      type: 'StripeCardError',
      code: 'card_declined',
    });
    expect((await stripe.paymentIntents.retrieve(intent.id)).status).toBe('requires_payment_method');
  });

  it('replays a request with the same idempotency key instead of charging twice', async () => {
    const params = { amount: 250_000, currency: 'gbp', payment_method: 'pm_card_visa', confirm: true };
    const first = await stripe.paymentIntents.create(params, { idempotencyKey: 'order-42' });
    const again = await stripe.paymentIntents.create(params, { idempotencyKey: 'order-42' });
    expect(again.id).toBe(first.id);
    await expect(stripe.paymentIntents.create({ ...params, amount: 1 }, { idempotencyKey: 'order-42' })).rejects.toMatchObject({
      type: 'StripeIdempotencyError',
    });
  });

  it('refuses a key that is not a test key', async () => {
    const live = new Stripe('pk_live_nope', {
      host: new URL(double.url).hostname,
      port: Number(new URL(double.url).port),
      protocol: 'http',
    });
    await expect(live.paymentIntents.create({ amount: 1000, currency: 'gbp' })).rejects.toMatchObject({
      type: 'StripeAuthenticationError',
    });
  });
});
