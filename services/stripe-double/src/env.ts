import { z } from 'zod';
import { baseEnv, flag, httpUrl, loadEnvOrExit, port, secret } from '@elysium/subgraph-kit/core';

/** The only reader of process.env in the Stripe double. */
export const env = loadEnvOrExit(
  {
    ...baseEnv,
    HOST: z.string().default('127.0.0.1'),
    PORT: port(4012),
    /** Where to deliver events (payments' /webhooks/stripe); unset: only endpoints added through the API. */
    WEBHOOK_URL: httpUrl.optional(),
    /** Signs deliveries to WEBHOOK_URL; payments verifies with the same STRIPE_WEBHOOK_SECRET. */
    WEBHOOK_SECRET: secret('stripe-webhook'),
    /** Event types WEBHOOK_URL receives, comma-separated, as enabled on a Stripe dashboard endpoint; `*` for all. */
    WEBHOOK_EVENTS: z
      .string()
      .default('*')
      .transform((value) =>
        value
          .split(',')
          .map((type) => type.trim())
          .filter(Boolean),
      ),
    /** Deliver every event twice and out of order. */
    WEBHOOK_CHAOS: flag(false),
  },
  process.env,
);
