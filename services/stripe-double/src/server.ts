import type { Logger } from 'pino';
import { listen } from '@elysium/subgraph-kit/core';
import { createStripeDoubleApp } from './app';

/** Starts the Stripe double; resolves with its base URL (what payments calls STRIPE_API_URL). */
export async function startStripeDouble(settings: {
  host: string;
  port: number;
  log: Logger;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const listening = await listen(createStripeDoubleApp(settings), settings.host, settings.port);
  const url = `http://${settings.host}:${listening.port}`;
  settings.log.info({ url }, 'stripe double ready');
  return { url, stop: listening.close };
}
