import { z } from 'zod';
import { DEV_SECRET_PREFIX, httpUrl, postgresSubgraphEnv, secret, subgraphPort } from '@elysium/subgraph-kit';

/** The local double's key; like every development secret, production refuses it. */
export const LOCAL_DOUBLE_KEY = `sk_test_${DEV_SECRET_PREFIX}local-stripe-double`;

/** The payments app's variables: a Postgres subgraph's, plus where Stripe is and the key to it. */
export const paymentsEnv = {
  ...postgresSubgraphEnv(subgraphPort('payments')),
  /** A Stripe secret key. The default only works against the local Stripe double. */
  STRIPE_SECRET_KEY: z
    .string()
    .regex(/^(sk|rk)_(test|live)_/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
    .default(LOCAL_DOUBLE_KEY),
  /** Where the Stripe API is. Unset with a real key: api.stripe.com. Unset with the default key: the local double. */
  STRIPE_API_URL: httpUrl.optional(),
  /** The signing secret of the webhook endpoint (whsec_… from Stripe; the local double uses the development default). */
  STRIPE_WEBHOOK_SECRET: secret('stripe-webhook'),
  /** From this amount (minor units) 3-D Secure is always requested, whatever the card's issuer would allow. */
  THREE_D_SECURE_FROM: z.coerce.number().int().min(0).default(500_000),
  /** Seconds a payment may stay open before reconciliation asks Stripe about it (every minute). */
  RECONCILE_AFTER_SECONDS: z.coerce.number().int().min(0).default(600),
};
