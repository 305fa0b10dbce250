import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import pino from 'pino';
import { startStripeDouble, stripeSignature } from '@elysium/stripe-double';
import { freePort, parseEnv, signedCall, startPostgresSubgraph, type RunningSubgraph } from '@elysium/subgraph-kit';
import { createTestDatabase, eventually, graphqlRequest, type TestDatabase } from '@elysium/subgraph-kit/testing';
import { paymentsEnv } from '../src/payments-env';
import type { PaymentsServices } from '../src/services';
import { paymentsSubgraph } from '../src/subgraph';
import { reconcile } from '../src/payment/payment-handlers';

const SECRET = 'payments-e2e-identity-secret';
const WEBHOOK_SECRET = 'whsec_payments_e2e';

/** Payments with the Stripe double delivering signed webhooks to it, on a fresh database. */
describe('payments: Stripe webhooks', () => {
  let database: TestDatabase;
  let double: Awaited<ReturnType<typeof startStripeDouble>>;
  let payments: RunningSubgraph<PaymentsServices>;
  let stripe: Stripe;
  let webhookUrl: string;
  const orders = signedCall('payments', SECRET, null, 'orders');

  beforeAll(async () => {
    database = await createTestDatabase('payments_webhooks');
    const port = await freePort();
    webhookUrl = `http://127.0.0.1:${port}/webhooks/stripe`;
    double = await startStripeDouble({
      host: '127.0.0.1',
      port: 0,
      log: pino({ level: 'silent' }),
      webhookEndpoints: [{ url: webhookUrl, secret: WEBHOOK_SECRET, enabledEvents: ['*'] }],
    });
    const settings = {
      secretKey: 'sk_test_payments_e2e',
      apiUrl: double.url,
      webhookSecret: WEBHOOK_SECRET,
      threeDSecureFrom: 1_000_000,
      reconcileAfterSeconds: 0,
    };
    payments = await startPostgresSubgraph(
      paymentsSubgraph(settings),
      parseEnv(paymentsEnv, {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: String(port),
        DATABASE_URL: database.url,
        IDENTITY_SECRET: SECRET,
      }),
    );
    const url = new URL(double.url);
    stripe = new Stripe('sk_test_payments_e2e', { host: url.hostname, port: Number(url.port), protocol: 'http' });
  });

  afterAll(async () => {
    await payments?.stop();
    await double?.stop();
    await database?.drop();
  });

  const START = `mutation ($input: StartPaymentInput!) { startPayment(input: $input) { clientSecret payment { id status stripePaymentIntentId } } }`;

  async function startPayment(amount: number, key = randomUUID(), orderId = randomUUID(), customerId = randomUUID()) {
    const response = await graphqlRequest<{
      startPayment: { clientSecret: string; payment: { id: string; status: string; stripePaymentIntentId: string } };
    }>(payments.url, START, {
      headers: orders,
      variables: { input: { orderId, customerId, amount, currency: 'GBP', idempotencyKey: key } },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.startPayment;
  }

  const row = async (intentId: string) =>
    (
      await payments.dataSource.query(
        `SELECT status, card_brand, card_last4, amount_refunded, disputed_at, failure_code FROM payment WHERE stripe_payment_intent_id = $1`,
        [intentId],
      )
    )[0] as {
      status: string;
      card_brand: string | null;
      card_last4: string | null;
      amount_refunded: number;
      disputed_at: Date | null;
      failure_code: string | null;
    };

  const deliver = (payload: string, signature = stripeSignature(payload, WEBHOOK_SECRET)) =>
    fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, body: payload });

  it('records a card payment as it succeeds, from the signed webhook', async () => {
    const started = await startPayment(250_000);
    expect(started.clientSecret).toMatch(/_secret_/);
    // The client's browser confirms with Stripe.js; the double is Stripe here
    await stripe.paymentIntents.confirm(started.payment.stripePaymentIntentId, { payment_method: 'pm_card_visa' });
    const paid = await eventually(
      () => row(started.payment.stripePaymentIntentId),
      (r) => r.status === 'SUCCEEDED',
    );
    expect(paid).toEqual(expect.objectContaining({ status: 'SUCCEEDED', card_brand: 'visa', card_last4: '4242' }));
  });

  it('changes state once for an event replayed five times and an older one arriving last; a bad signature changes nothing', async () => {
    const started = await startPayment(120_000);
    const intentId = started.payment.stripePaymentIntentId;
    await stripe.paymentIntents.confirm(intentId, { payment_method: 'pm_card_visa' });
    await double.settle();
    const events = (await stripe.events.list({ type: 'payment_intent.*', limit: 100 })).data.filter(
      (e) => (e.data.object as { id: string }).id === intentId,
    );
    const succeeded = events.find((e) => e.type === 'payment_intent.succeeded')!;
    const created = events.find((e) => e.type === 'payment_intent.created')!;
    // When the success is delivered five more times, then the creation (older) last
    const answers: Array<{ outcome?: string }> = [];
    for (let i = 0; i < 5; i++) answers.push((await (await deliver(JSON.stringify(succeeded))).json()) as { outcome?: string });
    answers.push((await (await deliver(JSON.stringify(created))).json()) as { outcome?: string });
    // Then each was a duplicate, and the payment still stands as paid
    expect(answers.every((a) => a.outcome === 'duplicate')).toBe(true);
    expect((await row(intentId)).status).toBe('SUCCEEDED');
    const recorded = await payments.dataSource.query(`SELECT count(*)::int AS n FROM stripe_event WHERE id = $1`, [succeeded.id]);
    expect(recorded[0].n).toBe(1);
    // A forged event (right shape, wrong secret) is refused with 400 and recorded nowhere
    const forged = JSON.stringify({ ...succeeded, id: `evt_forged_${randomUUID()}` });
    const refused = await deliver(forged, stripeSignature(forged, 'whsec_not_ours'));
    expect(refused.status).toBe(400);
    expect(await refused.json()).toEqual({ error: 'invalid signature' });
    const unsigned = await fetch(webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: forged });
    expect(unsigned.status).toBe(400);
    expect((await payments.dataSource.query(`SELECT count(*)::int AS n FROM stripe_event WHERE id LIKE 'evt_forged_%'`))[0].n).toBe(0);
  });

  it('records declines, refunds and disputes from Stripe’s current state', async () => {
    const declined = await startPayment(90_000);
    await expect(
      stripe.paymentIntents.confirm(declined.payment.stripePaymentIntentId, { payment_method: 'pm_card_chargeDeclinedInsufficientFunds' }),
    ).rejects.toThrow();
    expect(
      await eventually(
        () => row(declined.payment.stripePaymentIntentId),
        (r) => r.failure_code !== null,
      ),
    ).toEqual(expect.objectContaining({ status: 'REQUIRES_PAYMENT_METHOD', failure_code: 'insufficient_funds' }));

    const refunded = await startPayment(400_000);
    await stripe.paymentIntents.confirm(refunded.payment.stripePaymentIntentId, { payment_method: 'pm_card_visa' });
    await stripe.refunds.create({ payment_intent: refunded.payment.stripePaymentIntentId, amount: 150_000 });
    expect(
      await eventually(
        () => row(refunded.payment.stripePaymentIntentId),
        (r) => r.amount_refunded > 0,
      ),
    ).toEqual(expect.objectContaining({ status: 'SUCCEEDED', amount_refunded: 150_000 }));

    const disputed = await startPayment(70_000);
    await stripe.paymentIntents.confirm(disputed.payment.stripePaymentIntentId, { payment_method: 'pm_card_createDispute' });
    expect(
      (
        await eventually(
          () => row(disputed.payment.stripePaymentIntentId),
          (r) => r.disputed_at !== null,
        )
      ).disputed_at,
    ).not.toBeNull();
  });

  it('requests 3-D Secure from the configured amount, and gives one PaymentIntent per idempotency key', async () => {
    const [key, orderId, customerId] = [randomUUID(), randomUUID(), randomUUID()];
    const [first, again] = await Promise.all([
      startPayment(1_500_000, key, orderId, customerId),
      startPayment(1_500_000, key, orderId, customerId),
    ]);
    expect(again.payment.id).toBe(first.payment.id);
    const challenged = await stripe.paymentIntents.confirm(first.payment.stripePaymentIntentId, { payment_method: 'pm_card_visa' });
    expect(challenged.status).toBe('requires_action');
    expect(
      await eventually(
        () => row(first.payment.stripePaymentIntentId),
        (r) => r.status === 'REQUIRES_ACTION',
      ),
    ).toEqual(expect.objectContaining({ status: 'REQUIRES_ACTION' }));
  });

  it('starts payments for our services only', async () => {
    for (const headers of [
      signedCall('payments', SECRET, { subject: randomUUID(), role: 'customer' }, 'gateway'),
      signedCall('payments', SECRET, null, 'gateway'),
    ]) {
      const response = await graphqlRequest(payments.url, START, {
        headers,
        variables: { input: { orderId: randomUUID(), amount: 1000, currency: 'GBP', idempotencyKey: randomUUID() } },
      });
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('recovers a payment whose webhooks were lost, by reconciling with Stripe', async () => {
    // Given the endpoint disabled (every webhook for this payment is lost)
    const [endpoint] = (await stripe.webhookEndpoints.list()).data;
    await stripe.webhookEndpoints.update(endpoint.id, { disabled: true });
    try {
      const started = await startPayment(80_000);
      await stripe.paymentIntents.confirm(started.payment.stripePaymentIntentId, { payment_method: 'pm_card_visa' });
      await double.settle();
      expect((await row(started.payment.stripePaymentIntentId)).status).toBe('REQUIRES_PAYMENT_METHOD');
      // When reconciliation runs (every minute; here at once, for payments open 0 s or more)
      await reconcile(payments.services.run, payments.services.stripe, payments.services.payments, 0);
      // Then the payment is paid, and orders is told, as if the webhook had come
      expect((await row(started.payment.stripePaymentIntentId)).status).toBe('SUCCEEDED');
      const told = await payments.dataSource.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'orders.payment-outcome' AND data->>'name' = 'payment.succeeded' AND data->'data'->>'paymentId' = $1`,
        [started.payment.id],
      );
      expect(told[0].n).toBe(1);
    } finally {
      await stripe.webhookEndpoints.update(endpoint.id, { disabled: false });
    }
  });
});
