import { loadEnvOrExit } from '@elysium/subgraph-kit';
import { LOCAL_DOUBLE_KEY, paymentsEnv } from './payments-env';

/** The only reader of process.env in the payments app. */
export const env = loadEnvOrExit(paymentsEnv, process.env);

/** The local double's address, used when neither a real key nor a URL is given. */
const LOCAL_STRIPE_DOUBLE = 'http://127.0.0.1:4012';

export const stripeSettings = {
  secretKey: env.STRIPE_SECRET_KEY,
  apiUrl: env.STRIPE_API_URL ?? (env.STRIPE_SECRET_KEY === LOCAL_DOUBLE_KEY ? LOCAL_STRIPE_DOUBLE : undefined),
  webhookSecret: env.STRIPE_WEBHOOK_SECRET,
  threeDSecureFrom: env.THREE_D_SECURE_FROM,
  reconcileAfterSeconds: env.RECONCILE_AFTER_SECONDS,
};
