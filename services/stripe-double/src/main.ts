import { createLogger, runService } from '@elysium/subgraph-kit/core';
import { env } from './env';
import { startStripeDouble } from './server';

runService('stripe-double', env.LOG_LEVEL, () =>
  startStripeDouble({
    host: env.HOST,
    port: env.PORT,
    log: createLogger('stripe-double', env.LOG_LEVEL),
    webhookEndpoints: env.WEBHOOK_URL ? [{ url: env.WEBHOOK_URL, secret: env.WEBHOOK_SECRET, enabledEvents: env.WEBHOOK_EVENTS }] : [],
    chaos: env.WEBHOOK_CHAOS,
  }),
);
