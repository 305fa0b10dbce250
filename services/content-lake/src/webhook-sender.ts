import { SANITY_SIGNATURE_HEADER, signWebhook } from '@elysium/subgraph-kit/core';
import type { Logger } from 'pino';

/** Posts Sanity-style signed webhooks after each transaction, as a project's GROQ webhook would. */
export function webhookSender(options: { url: string; secret: string; log: Logger }) {
  return (ids: string[]) => {
    const body = JSON.stringify({ ids: { all: ids }, transactionId: crypto.randomUUID() });
    fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SANITY_SIGNATURE_HEADER]: signWebhook(body, options.secret) },
      body,
      signal: AbortSignal.timeout(5000),
    }).then(
      (response) => {
        if (!response.ok) options.log.warn({ status: response.status, url: options.url }, 'webhook refused');
      },
      (error: Error) => options.log.warn({ err: error, url: options.url }, 'webhook not delivered'),
    );
  };
}
