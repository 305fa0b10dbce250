import { z } from 'zod';
import { httpUrl, loadEnvOrExit, postgresSubgraphEnv } from '@elysium/subgraph-kit';

/** The only reader of process.env in the payments app. */
export const env = loadEnvOrExit(
  {
    ...postgresSubgraphEnv(4005),
    /** A Stripe secret key. The default only works against the local Stripe double. */
    STRIPE_SECRET_KEY: z
      .string()
      .regex(/^(sk|rk)_(test|live)_/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
      .default('sk_test_elysium_local_double'),
    /** Where the Stripe API is. Unset with a real key: api.stripe.com. Unset with the default key: the local double. */
    STRIPE_API_URL: httpUrl.optional(),
  },
  process.env,
);

/** The local double's address, used when neither a real key nor a URL is given. */
const LOCAL_STRIPE_DOUBLE = 'http://127.0.0.1:4012';

export const stripeSettings = {
  secretKey: env.STRIPE_SECRET_KEY,
  apiUrl: env.STRIPE_API_URL ?? (env.STRIPE_SECRET_KEY === 'sk_test_elysium_local_double' ? LOCAL_STRIPE_DOUBLE : undefined),
};
