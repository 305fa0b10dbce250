import type { SunkMessage } from './message-store';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value from a message is hostile until escaped: subjects and addresses are whatever a sender wrote. */
const e = (value: string) => value.replace(/[&<>"']/g, (c) => ENTITIES[c]);

const STYLE = `
  body { font: 14px/1.5 -apple-system, 'Helvetica Neue', Arial, sans-serif; color: #1c1b19; margin: 0; background: #f6f3ee; }
  header { padding: 16px 24px; background: #1c1b19; color: #f6f3ee; display: flex; gap: 16px; align-items: baseline; }
  header a { color: #f6f3ee; text-decoration: none; letter-spacing: 4px; }
  header span { color: #b9b2a6; font-size: 12px; }
  main { padding: 24px; max-width: 1100px; }
  table { border-collapse: collapse; width: 100%; background: #fff; }
  th, td { text-align: left; padding: 8px 12px; border-bottom: 1px solid #e7e2d9; vertical-align: top; }
  th { font-size: 12px; text-transform: uppercase; letter-spacing: 1px; color: #8a857c; }
  td.time { white-space: nowrap; color: #6b665d; font-variant-numeric: tabular-nums; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; background: #fff; padding: 16px; margin: 0 0 24px; }
  dt { color: #8a857c; } dd { margin: 0; word-break: break-all; }
  h2 { font-size: 13px; text-transform: uppercase; letter-spacing: 1px; color: #8a857c; margin: 24px 0 8px; }
  iframe { width: 100%; height: 640px; border: 1px solid #e7e2d9; background: #fff; }
  pre { white-space: pre-wrap; background: #fff; padding: 16px; border: 1px solid #e7e2d9; margin: 0; }
  .empty { color: #8a857c; }
`;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${e(title)}</title><style>${STYLE}</style></head>
<body>
<header><a href="/">ELYSIUM</a><span>local mail sink: mail the graph sent on this machine; nothing was delivered</span></header>
<main>${body}</main>
</body>
</html>
`;
}

const time = (iso: string) => iso.replace('T', ' ').slice(0, 19);

/** `GET /`: newest first. */
export function messageListPage(messages: SunkMessage[], capacity: number): string {
  if (messages.length === 0) {
    return page('Mail sink', `<p class="empty">No mail yet. Apps send here when SMTP_URL is unset.</p>`);
  }
  const rows = messages
    .map(
      (m) => `<tr>
<td class="time">${e(time(m.receivedAt))}</td>
<td>${e(m.to.join(', '))}</td>
<td><a href="/messages/${encodeURIComponent(m.id)}">${m.subject ? e(m.subject) : '(no subject)'}</a></td>
<td>${e(m.from)}</td>
</tr>`,
    )
    .join('\n');
  return page(
    `Mail sink (${messages.length})`,
    `<table>
<thead><tr><th>Received (UTC)</th><th>To</th><th>Subject</th><th>From</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p class="empty">The last ${capacity} messages are kept in memory; restarting the sink clears them.</p>`,
  );
}

/** `GET /messages/:id`: headers, the HTML part in a sandbox (no scripts, no same-origin), the text part. */
export function messagePage(m: SunkMessage): string {
  const html = m.html
    ? // Escaped for the attribute; the sandbox keeps the mail's scripts, forms and cookies out of this page.
      `<iframe title="HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox" referrerpolicy="no-referrer" srcdoc="${e(m.html)}"></iframe>`
    : `<p class="empty">No HTML part.</p>`;
  const text = m.text !== null ? `<pre>${e(m.text)}</pre>` : `<p class="empty">No text part.</p>`;
  return page(
    m.subject || '(no subject)',
    `<dl>
<dt>Subject</dt><dd>${e(m.subject)}</dd>
<dt>From</dt><dd>${e(m.from)}</dd>
<dt>To</dt><dd>${e(m.to.join(', '))}</dd>
<dt>Date</dt><dd>${e(m.date)}</dd>
<dt>Message-ID</dt><dd>${e(m.messageId ?? '(none)')}</dd>
</dl>
<h2>HTML part</h2>
${html}
<h2>Text part</h2>
${text}`,
  );
}

export function notFoundPage(): string {
  return page('Not found', `<p class="empty">No such message (the sink keeps only recent mail and forgets it on restart).</p>`);
}
