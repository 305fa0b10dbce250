import type { Logger } from 'pino';
import { listen } from '@elysium/subgraph-kit';
import { createContentLakeApp } from './app';
import { DocumentStore } from './document-store';

export interface ContentLakeSettings {
  host: string;
  port: number;
  dataset: string;
  token: string;
  seedFile: string;
  log: Logger;
}

/** Starts the local content lake; resolves with its API host (what @sanity/client calls `apiHost`). */
export async function startContentLake(settings: ContentLakeSettings): Promise<{ apiHost: string; stop(): Promise<void> }> {
  const store = DocumentStore.fromNdjson(settings.seedFile);
  const listening = await listen(createContentLakeApp({ ...settings, store }), settings.host, settings.port);
  const apiHost = `http://${settings.host}:${listening.port}`;
  settings.log.info({ apiHost, dataset: settings.dataset }, 'content lake ready');
  return { apiHost, stop: listening.close };
}
