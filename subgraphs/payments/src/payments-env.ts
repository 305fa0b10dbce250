import { z } from 'zod';
import { DEV_SECRET_PREFIX, httpUrl, postgresSubgraphEnv, subgraphPort } from '@elysium/subgraph-kit';

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
};
