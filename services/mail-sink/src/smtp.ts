import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import type { Logger } from 'pino';
import type { MessageStore } from './message-store';

/** Large enough for any mail we send (inline images included), small enough to keep 500 in memory. */
const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

/**
 * An SMTP server for local development and tests: plain TCP (no STARTTLS), any credentials or none,
 * every recipient accepted. Each message is parsed and kept in the store, never relayed.
 */
export async function startSmtpReceiver(settings: {
  host: string;
  port: number;
  store: MessageStore;
  log: Logger;
}): Promise<{ port: number; close(): Promise<void> }> {
  const { store, log } = settings;
  const server = new SMTPServer({
    name: 'mail-sink.elysium.local',
    banner: 'ELYSIUM local mail sink: nothing leaves this machine',
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    size: MAX_MESSAGE_BYTES,
    rejectOversized: true,
    logger: false,
    // Finish the transaction in flight, but don't hold up Ctrl-C for smtp-server's default 30 s.
    closeTimeout: 2000,
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? 'anonymous' });
    },
    onData(stream, session, callback) {
      simpleParser(stream, { skipHtmlToText: true, skipTextToHtml: true }).then(
        (parsed) => {
          // smtp-server answers 552 itself (rejectOversized); the truncated message must not be kept either.
          if (stream.sizeExceeded) {
            callback(Object.assign(new Error(`message over ${MAX_MESSAGE_BYTES} bytes refused`), { responseCode: 552 }));
            return;
          }
          const receivedAt = new Date().toISOString();
          const stored = store.add({
            messageId: parsed.messageId ?? null,
            from: parsed.from ? formatAddresses(parsed.from) : session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? null,
            html: parsed.html || null,
            date: parsed.date && !Number.isNaN(parsed.date.getTime()) ? parsed.date.toISOString() : receivedAt,
            receivedAt,
          });
          log.info({ id: stored.id, to: stored.to, subject: stored.subject }, 'mail received');
          callback();
        },
        (error: Error) => {
          log.warn({ err: error }, 'unreadable message refused');
          callback(error);
        },
      );
    },
  });
  // Connection-level failures (a client hanging up mid-command) are reported here; they never stop the sink.
  server.on('error', (error) => log.warn({ err: error }, 'smtp connection error'));

  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(settings.port, settings.host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  return {
    port: (server.server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** `Name <address>` as a person would write it (mailparser's `text` quotes every display name). */
function formatAddresses(header: AddressObject): string {
  return header.value.map((a) => (a.name ? `${a.name} <${a.address ?? ''}>` : (a.address ?? ''))).join(', ');
}
