import { createHash } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import { z } from 'zod';

/** Where mail goes when `SMTP_URL` is unset: the local mail sink (`services/mail-sink`, `npm start`). */
export const DEFAULT_SMTP_URL = 'smtp://127.0.0.1:4025';

/** An `smtp://` or `smtps://` URL (credentials in the URL), for an app's `SMTP_URL` in its env.ts. */
export const smtpUrl = z.string().refine((value) => parseSmtpUrl(value) !== null, 'must be a URL like smtps://user:password@host:465');

export interface MailerOptions {
  /** `smtp://` (STARTTLS when offered) or `smtps://` (TLS from the start), credentials in the URL; unset: the local sink. */
  smtpUrl?: string;
  /** The From header, e.g. `ELYSIUM <hello@elysium.london>`; its domain also names deterministic message ids. */
  from: string;
}

export interface OutgoingMail {
  /** One address or several (`Charlotte Ashworth <c@example.com>` or `c@example.com`). */
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  /**
   * The Message-ID header (`<local@domain>`; brackets are added when missing). Pass
   * `mailer.messageIdFor(event.id)` so a duplicate delivery of one event carries the same id and is
   * recognisable; unset, the transport makes a random one.
   */
  messageId?: string;
}

/** Sends mail over SMTP; one per app, shared by every handler. */
export interface Mailer {
  /** The SMTP server in use, password hidden (for logs and start-up banners). */
  readonly target: string;
  /** Sends one message; resolves with the Message-ID the server accepted. Rejects when no recipient was accepted. */
  send(mail: OutgoingMail): Promise<string>;
  /** A Message-ID derived only from `key` (an event or outbox id) and the From domain: the same key, the same id. */
  messageIdFor(key: string): string;
  /** Closes open SMTP connections. */
  close(): void;
}

/**
 * A mailer over nodemailer's SMTP transport. Zero configuration sends to the local mail sink; set
 * `SMTP_URL` and the same code sends through the real provider. Mail leaves from outbox handlers,
 * which run at least once, hence `messageIdFor`.
 */
export function createMailer(options: MailerOptions): Mailer {
  const url = parseSmtpUrl(options.smtpUrl ?? DEFAULT_SMTP_URL);
  if (!url) throw new Error('createMailer: smtpUrl must be a URL like smtps://user:password@host:465');
  const domain = /@([^\s<>@]+?)>?\s*$/.exec(options.from)?.[1];
  if (!domain) throw new Error(`createMailer: from must contain an address, e.g. "ELYSIUM <hello@elysium.london>"`);

  // nodemailer is loaded by the first mail, not by every app that could send one.
  let transport: Promise<Transporter> | undefined;
  const smtp = () =>
    (transport ??= import('nodemailer').then(({ createTransport }) =>
      createTransport({
        url: url.href,
        // Connections are kept and reused: a confirmation at checkout's pace should not pay for a new
        // TCP (and TLS) connection and greeting per mail.
        pool: true,
        maxConnections: 2,
        // An outbox job should fail and be retried rather than hang on a dead server.
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 60_000,
        // Mail bodies are strings we render; never let a value make nodemailer read a file or a URL.
        disableFileAccess: true,
        disableUrlAccess: true,
      }),
    ));

  return {
    target: redact(url),
    async send(mail) {
      const messageId = mail.messageId === undefined ? undefined : normaliseMessageId(mail.messageId);
      const info = await (
        await smtp()
      ).sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId,
      });
      return info.messageId;
    },
    messageIdFor(key) {
      if (key === '') throw new Error('messageIdFor: the key must not be empty');
      // Readable when the key is already a safe atom (uuids, ulids); otherwise a digest of it.
      const local =
        /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(key) && key.length <= 128
          ? key
          : createHash('sha256').update(key).digest('hex').slice(0, 40);
      return `<${local}@${domain}>`;
    },
    close() {
      void transport?.then((opened) => opened.close());
    },
  };
}

function parseSmtpUrl(value: string): URL | null {
  try {
    const url = new URL(value);
    return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

function redact(url: URL): string {
  const shown = new URL(url.href);
  if (shown.password) shown.password = '***';
  return shown.href.replace(/\/$/, '');
}

/** `<local@domain>` from either form; anything else is a bug in the caller (and could smuggle header text). */
function normaliseMessageId(value: string): string {
  const match = /^<?([^\s<>@]+@[^\s<>@]+)>?$/.exec(value);
  if (!match) throw new Error(`send: messageId must look like <local@domain>, got ${JSON.stringify(value.slice(0, 100))}`);
  return `<${match[1]}>`;
}
