import { elysiumMailLayout } from './layout';
import { escapeHtml, renderMail } from './render-mail';

describe('renderMail', () => {
  const template = {
    subject: 'Your order {{ number }} is confirmed',
    text: 'Dear {{givenName}},\nOrder {{number}} is confirmed.',
    html: '<p>Dear {{givenName}},</p><p>Order <strong>{{number}}</strong> is confirmed.</p>',
  };

  it('fills every placeholder in every part', () => {
    // given / when
    const mail = renderMail(template, { givenName: 'Charlotte', number: 'EL-1042' });
    // then
    expect(mail).toEqual({
      subject: 'Your order EL-1042 is confirmed',
      text: 'Dear Charlotte,\nOrder EL-1042 is confirmed.',
      html: '<p>Dear Charlotte,</p><p>Order <strong>EL-1042</strong> is confirmed.</p>',
    });
  });

  it('escapes values in the html part only', () => {
    // given a value a client typed
    const givenName = `<img src=x onerror="alert('x')"> & co`;
    // when
    const mail = renderMail(template, { givenName, number: 7 });
    // then the html shows it as text, the text part and subject keep it verbatim
    expect(mail.html).toContain('Dear &lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co,');
    expect(mail.html).not.toContain('<img');
    expect(mail.text).toContain(`Dear ${givenName},`);
    expect(mail.subject).toBe('Your order 7 is confirmed');
  });

  it('keeps a value that looks like a placeholder literal and keeps line breaks out of the subject', () => {
    const mail = renderMail(template, { givenName: '{{number}}', number: 'A\r\nBcc: someone@example.com' });
    expect(mail.text).toContain('Dear {{number}},');
    expect(mail.subject).toBe('Your order A Bcc: someone@example.com is confirmed');
  });

  it('refuses a placeholder without a value', () => {
    expect(() => renderMail(template, { givenName: 'Charlotte' })).toThrow('renderMail: no value for {{number}}');
    expect(() => renderMail({ subject: '{{toString}}', text: '', html: '' }, {})).toThrow('no value for {{toString}}');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('elysiumMailLayout', () => {
  it('wraps the body and escapes title and preheader', () => {
    const html = elysiumMailLayout('<p>Body</p>', { title: 'Rings & <things>', preheader: 'Ready "soon"' });
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<p>Body</p>');
    expect(html).toContain('<title>Rings &amp; &lt;things&gt;</title>');
    expect(html).toContain('Ready &quot;soon&quot;');
    expect(html).toContain('ELYSIUM');
  });
});
