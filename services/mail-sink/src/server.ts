import type { Logger } from 'pino';
import { listen } from '@elysium/subgraph-kit/core';
import { createMailSinkApp } from './app';
import { MessageStore } from './message-store';
import { startSmtpReceiver } from './smtp';

/**
 * Starts the mail sink: SMTP first, then HTTP, so `/health` answering means mail can be sent.
 * Resolves with both addresses (`smtpUrl` is what apps take as SMTP_URL).
 */
export async function startMailSink(settings: {
  host: string;
  /** HTTP port (pages and /api/messages); 0 = any free port. */
  port: number;
  /** SMTP port; 0 = any free port. */
  smtpPort: number;
  log: Logger;
  /** How many messages to keep (newest); 500 unless set. */
  capacity?: number;
}): Promise<{ url: string; smtpUrl: string; stop(): Promise<void> }> {
  const capacity = settings.capacity ?? 500;
  const store = new MessageStore(capacity);
  const smtp = await startSmtpReceiver({ host: settings.host, port: settings.smtpPort, store, log: settings.log });
  const http = await listen(createMailSinkApp({ store, capacity }), settings.host, settings.port).catch(async (error) => {
    await smtp.close();
    throw error;
  });
  const url = `http://${settings.host}:${http.port}`;
  const smtpUrl = `smtp://${settings.host}:${smtp.port}`;
  settings.log.info({ url, smtpUrl }, 'mail sink ready');
  return {
    url,
    smtpUrl,
    stop: async () => {
      await Promise.all([http.close(), smtp.close()]);
    },
  };
}
