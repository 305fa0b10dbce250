import { SANITY_SIGNATURE_HEADER, signWebhook } from '@elysium/subgraph-kit/core';
import type { Logger } from 'pino';

/**
 * Posts Sanity-style signed webhooks after each transaction, to every URL given, as a project with
 * one GROQ webhook per subscriber would (the catalog's cache, the storefront's pages).
 */
export function webhookSender(options: { urls: readonly string[]; secret: string; log: Logger }) {
  return (ids: string[]) => {
    const body = JSON.stringify({ ids: { all: ids }, transactionId: crypto.randomUUID() });
    for (const url of options.urls) deliver(url, body, options);
  };
}

function deliver(url: string, body: string, options: { secret: string; log: Logger }): void {
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [SANITY_SIGNATURE_HEADER]: signWebhook(body, options.secret) },
    body,
    signal: AbortSignal.timeout(5000),
  }).then(
    (response) => {
      if (!response.ok) options.log.warn({ status: response.status, url }, 'webhook refused');
    },
    (error: Error) => options.log.warn({ err: error, url }, 'webhook not delivered'),
  );
}
