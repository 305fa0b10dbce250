import { randomUUID } from 'node:crypto';
import pino from 'pino';
import { freePort } from '@elysium/subgraph-kit/core';
import { createMailer, type Mailer } from '@elysium/subgraph-kit/core';
import type { SunkMessage } from '../src/message-store';
import { startMailSink } from '../src/server';

/** The kit mailer (real nodemailer) over real SMTP into the sink, read back over the sink's HTTP API and pages. */
describe('Mail sink receives what the kit mailer sends', () => {
  let sink: Awaited<ReturnType<typeof startMailSink>>;
  let mailer: Mailer;
  const from = 'ELYSIUM <hello@elysium.test>';
  const address = () => `client-${randomUUID()}@example.com`;

  const inbox = async (to?: string): Promise<SunkMessage[]> => {
    const res = await fetch(`${sink.url}/api/messages${to === undefined ? '' : `?to=${encodeURIComponent(to)}`}`);
    expect(res.status).toBe(200);
    return (await res.json()) as SunkMessage[];
  };

  beforeAll(async () => {
    const port = await freePort();
    let smtpPort = await freePort();
    while (smtpPort === port) smtpPort = await freePort();
    sink = await startMailSink({ host: '127.0.0.1', port, smtpPort, log: pino({ level: 'silent' }) });
    expect(sink.smtpUrl).toBe(`smtp://127.0.0.1:${smtpPort}`);
    mailer = createMailer({ smtpUrl: sink.smtpUrl, from });
  });

  afterAll(async () => {
    mailer?.close();
    await sink?.stop();
  });

  it('keeps a message as sent: subject, text, html and the deterministic message id', async () => {
    // given a client and an event that mails them
    const to = address();
    const eventId = randomUUID();
    const mail = {
      to,
      subject: 'Your ring is ready — EL-1042',
      text: 'Dear Charlotte,\n\nYour engagement ring is ready to collect from Mayfair.\n',
      html: '<p>Dear Charlotte,</p><p>Your engagement ring is <strong>ready</strong> to collect from Mayfair.</p>',
      messageId: mailer.messageIdFor(eventId),
    };
    // when
    const accepted = await mailer.send(mail);
    // then the sink holds exactly that message
    expect(accepted).toBe(`<${eventId}@elysium.test>`);
    const messages = await inbox(to);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({
      messageId: accepted,
      from,
      to: [to],
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
    });
    expect(Date.parse(messages[0].date)).not.toBeNaN();
  });

  it('accepts any credentials in the SMTP URL', async () => {
    // given a mailer configured like a real provider, user and password in the URL
    const withAuth = createMailer({ smtpUrl: sink.smtpUrl.replace('smtp://', 'smtp://apikey:anything@'), from });
    const to = address();
    try {
      // when
      await withAuth.send({ to, subject: 'Authenticated', text: 'hello' });
    } finally {
      withAuth.close();
    }
    // then
    expect((await inbox(to)).map((m) => m.subject)).toEqual(['Authenticated']);
  });

  it('lists one recipient’s mail only, newest first', async () => {
    // given two messages to one client and one to another
    const charlotte = address();
    const edward = address();
    await mailer.send({ to: charlotte, subject: 'First', text: '1' });
    await mailer.send({ to: edward, subject: 'Other', text: '2' });
    await mailer.send({ to: charlotte.toUpperCase(), subject: 'Second', text: '3' });
    // when / then (addresses compare case-insensitively)
    expect((await inbox(charlotte)).map((m) => m.subject)).toEqual(['Second', 'First']);
    expect((await inbox(edward)).map((m) => m.subject)).toEqual(['Other']);
  });

  it('shows a hostile subject and HTML part escaped, the HTML part only inside a sandboxed frame', async () => {
    // given mail whose subject and body carry markup
    const to = address();
    const subject = '<script>alert("subject")</script> Signet';
    await mailer.send({ to, subject, text: 'text <b>part</b>', html: '<p>Hi</p><script>alert("body")</script>' });
    const [message] = await inbox(to);
    // when the list page is opened
    const list = await fetch(`${sink.url}/`);
    const listHtml = await list.text();
    // then the subject appears as text, never as markup
    expect(list.headers.get('content-type')).toMatch(/^text\/html/);
    expect(list.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(listHtml).toContain(`<a href="/messages/${message.id}">&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt; Signet</a>`);
    expect(listHtml).not.toMatch(/<script/i);
    // when the message page is opened
    const page = await fetch(`${sink.url}/messages/${message.id}`);
    const pageHtml = await page.text();
    // then the HTML part is an escaped srcdoc of a sandboxed frame and the text part is escaped
    expect(page.status).toBe(200);
    expect(pageHtml).toMatch(
      /<iframe [^>]*sandbox="[^"]*"[^>]* srcdoc="&lt;p&gt;Hi&lt;\/p&gt;&lt;script&gt;alert\(&quot;body&quot;\)&lt;\/script&gt;"/,
    );
    expect(pageHtml).not.toContain('allow-scripts');
    expect(pageHtml).toContain('<pre>text &lt;b&gt;part&lt;/b&gt;</pre>');
    expect(pageHtml).not.toMatch(/<script/i);
  });

  it('answers 404 for a message it does not hold', async () => {
    expect((await fetch(`${sink.url}/messages/999999`)).status).toBe(404);
  });

  it('forgets one recipient’s mail with DELETE ?to=, and everything with DELETE', async () => {
    // given mail to two clients
    const kept = address();
    const dropped = address();
    await mailer.send({ to: kept, subject: 'Keep', text: 'k' });
    await mailer.send({ to: dropped, subject: 'Drop', text: 'd' });
    expect(await inbox(dropped)).toHaveLength(1);
    // when one recipient's mail is deleted
    expect((await fetch(`${sink.url}/api/messages?to=${encodeURIComponent(dropped)}`, { method: 'DELETE' })).status).toBe(204);
    // then only theirs is gone
    expect(await inbox(dropped)).toEqual([]);
    expect(await inbox(kept)).toHaveLength(1);
    // when everything is deleted
    expect((await fetch(`${sink.url}/api/messages`, { method: 'DELETE' })).status).toBe(204);
    // then nothing is left
    expect(await inbox()).toEqual([]);
    expect(await (await fetch(`${sink.url}/health`)).json()).toMatchObject({ status: 'ok', messages: 0 });
  });
});
