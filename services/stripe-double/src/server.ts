import type { Logger } from 'pino';
import { listen } from '@elysium/subgraph-kit/core';
import { createStripeDoubleApp, type StripeDoubleOptions } from './app';

/** Starts the Stripe double; resolves with its base URL (what payments calls STRIPE_API_URL). */
export async function startStripeDouble(
  settings: { host: string; port: number; log: Logger } & Omit<StripeDoubleOptions, 'log'>,
): Promise<{ url: string; stop(): Promise<void>; settle(): Promise<void> }> {
  const { app, webhooks } = createStripeDoubleApp(settings);
  const listening = await listen(app, settings.host, settings.port);
  const url = `http://${settings.host}:${listening.port}`;
  settings.log.info(
    { url, webhooks: settings.webhookEndpoints?.map((e) => e.url) ?? [], chaos: settings.chaos ?? false },
    'stripe double ready',
  );
  return {
    url,
    settle: () => webhooks.settle(),
    stop: async () => {
      webhooks.stop();
      await listening.close();
    },
  };
}
