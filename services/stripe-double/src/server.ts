import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createStripeDoubleApp } from './app';

/** Starts the Stripe double; resolves with its base URL (what payments calls STRIPE_API_URL). */
export async function startStripeDouble(settings: {
  host: string;
  port: number;
  log: Logger;
}): Promise<{ url: string; stop(): Promise<void> }> {
  const server = http.createServer(createStripeDoubleApp(settings));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, resolve);
  });
  const url = `http://${settings.host}:${(server.address() as AddressInfo).port}`;
  settings.log.info({ url }, 'stripe double ready');
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
