import { freePort } from '../http/ports';
import { createMailer, DEFAULT_SMTP_URL, smtpUrl } from './mailer';

/** Configuration rules; sending over real SMTP is covered by services/mail-sink/e2e. */
describe('createMailer', () => {
  const from = 'ELYSIUM <hello@elysium.london>';

  it('sends to the local mail sink when no SMTP URL is set', () => {
    const mailer = createMailer({ from });
    expect(DEFAULT_SMTP_URL).toBe('smtp://127.0.0.1:4025');
    expect(mailer.target).toBe('smtp://127.0.0.1:4025');
  });

  it('uses the URL it is given and never shows its password', () => {
    const mailer = createMailer({ smtpUrl: 'smtps://apikey:s3cret@smtp.example.com:465', from });
    expect(mailer.target).toBe('smtps://apikey:***@smtp.example.com:465');
    expect(mailer.target).not.toContain('s3cret');
  });

  it('refuses a URL that is not smtp(s) and a From without an address', () => {
    expect(() => createMailer({ smtpUrl: 'https://smtp.example.com', from })).toThrow('smtpUrl must be a URL');
    expect(() => createMailer({ from: 'ELYSIUM' })).toThrow('from must contain an address');
  });

  it('derives the same message id from the same key, on the From domain', () => {
    const mailer = createMailer({ from });
    expect(mailer.messageIdFor('0195f3c2-7d4e-7b1a-9c2d-3e4f5a6b7c8d')).toBe('<0195f3c2-7d4e-7b1a-9c2d-3e4f5a6b7c8d@elysium.london>');
    const odd = mailer.messageIdFor('order.confirmed:EL 1042');
    expect(odd).toMatch(/^<[0-9a-f]{40}@elysium\.london>$/);
    expect(mailer.messageIdFor('order.confirmed:EL 1042')).toBe(odd);
    expect(mailer.messageIdFor('order.confirmed:EL 1043')).not.toBe(odd);
  });

  it('rejects when the SMTP server is unreachable, so the job that sends is retried', async () => {
    // given nothing listening where the mailer points
    const mailer = createMailer({ smtpUrl: `smtp://127.0.0.1:${await freePort()}`, from });
    // when / then
    await expect(mailer.send({ to: 'a@example.com', subject: 's', text: 't' })).rejects.toThrow('ECONNREFUSED');
  });

  it('refuses a message id that could carry header text', async () => {
    const mailer = createMailer({ from });
    await expect(mailer.send({ to: 'a@example.com', subject: 's', text: 't', messageId: 'x@y>\r\nBcc: z@example.com' })).rejects.toThrow(
      'messageId must look like <local@domain>',
    );
  });
});

describe('smtpUrl (env setting)', () => {
  it('accepts smtp:// and smtps:// URLs only', () => {
    expect(smtpUrl.safeParse('smtp://127.0.0.1:4025').success).toBe(true);
    expect(smtpUrl.safeParse('smtps://user:pass@smtp.example.com:465').success).toBe(true);
    expect(smtpUrl.safeParse('http://smtp.example.com').success).toBe(false);
    expect(smtpUrl.safeParse('smtp.example.com:587').success).toBe(false);
  });
});
