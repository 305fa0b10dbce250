import type { Logger } from 'pino';
import { listen } from '@elysium/subgraph-kit/core';
import { createContentLakeApp } from './app';
import { DocumentStore } from './document-store';
import { webhookSender } from './webhook-sender';

export interface ContentLakeSettings {
  host: string;
  port: number;
  dataset: string;
  token: string;
  seedFile: string;
  log: Logger;
  /** Where to send Sanity-style webhooks after each change (the catalog's /webhooks/sanity, the storefront's). */
  webhook?: { urls: readonly string[]; secret: string };
}

/** Starts the local content lake; resolves with its API host (what @sanity/client calls `apiHost`). */
export async function startContentLake(settings: ContentLakeSettings): Promise<{ apiHost: string; stop(): Promise<void> }> {
  const store = DocumentStore.fromNdjson(settings.seedFile);
  const listening = await listen(
    createContentLakeApp({
      ...settings,
      store,
      onChange: settings.webhook ? webhookSender({ ...settings.webhook, log: settings.log }) : undefined,
    }),
    settings.host,
    settings.port,
  );
  const apiHost = `http://${settings.host}:${listening.port}`;
  settings.log.info({ apiHost, dataset: settings.dataset }, 'content lake ready');
  return { apiHost, stop: listening.close };
}
