import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
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
  const server = http.createServer(createContentLakeApp({ ...settings, store }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, settings.host, resolve);
  });
  const apiHost = `http://${settings.host}:${(server.address() as AddressInfo).port}`;
  settings.log.info({ apiHost, dataset: settings.dataset }, 'content lake ready');
  return {
    apiHost,
    stop: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
