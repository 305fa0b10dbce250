import { z } from 'zod';
import {
  createMailer,
  elysiumMailLayout,
  renderMail,
  type EventHandler,
  type EventMessage,
  type Logger,
  type Mailer,
  type MailTemplate,
  type Tx,
  rows,
} from '@elysium/subgraph-kit';
import { Customer } from '../customer/customer.entity';
import { Account } from './account.entity';
import type { AccountSettings } from './account.settings';
import { OneTimeToken } from './one-time-token.entity';
import { AccountSession } from './session.entity';
import { oneTimeTokenFor } from './tokens';

/** The From of every account mail. */
export const ACCOUNT_MAIL_FROM = 'ELYSIUM <client.services@elysium.example>';

/** Mail the account slice sends, each a `customers.send-mail` command. */
export const ACCOUNT_MAIL_TEMPLATES = [
  'verify-email',
  'register-existing',
  'claim-account',
  'reset-password',
  'new-sign-in',
  'password-changed',
  'confirm-email-change',
  'staff-invitation',
  'account-erased',
] as const;
export type AccountMailTemplate = (typeof ACCOUNT_MAIL_TEMPLATES)[number];

/**
 * What a `customers.send-mail` job holds: ids only. Addresses, names and tokens are read or derived
 * when the mail is written, so erasing an account leaves nothing personal in the job tables, and a
 * copy of them opens nothing.
 */
export const accountMailCommand = z.object({
  template: z.enum(ACCOUNT_MAIL_TEMPLATES),
  accountId: z.string().uuid(),
  /** The one-time token whose link the mail carries. */
  tokenId: z.string().uuid().optional(),
  /** The session a "new sign-in" mail is about. */
  sessionId: z.string().uuid().optional(),
  /**
   * The one exception to "ids only": the erasure confirmation goes to an address that no longer
   * exists anywhere else. The handler removes it from the job as it sends (sendAccountMail).
   */
  to: z.string().email().optional(),
});
export type AccountMailCommand = z.infer<typeof accountMailCommand>;

/** Puts a mail in the outbox of `tx`: it leaves only if the transaction commits. */
export function enqueueAccountMail(tx: Tx, command: AccountMailCommand): Promise<string> {
  return tx.enqueue('customers.send-mail', { ...command });
}

/** Where each link lands on the storefront; the token travels in the fragment, which no server or Referer sees. */
const LINK_PATHS: Partial<Record<AccountMailTemplate, string>> = {
  'verify-email': '/account/verify-email',
  'register-existing': '/account/reset-password',
  'claim-account': '/account/reset-password',
  'reset-password': '/account/reset-password',
  'confirm-email-change': '/account/confirm-email',
  'staff-invitation': '/account/reset-password',
};

const signOff = 'With kind regards,\nClient Services, ELYSIUM';
const signOffHtml = '<p>With kind regards,<br>Client Services, ELYSIUM</p>';
const button = (label: string) =>
  `<p style="margin:28px 0;"><a href="{{link}}" style="background:#1c1b19;color:#ffffff;padding:12px 22px;text-decoration:none;letter-spacing:1px;">${label}</a></p>`;

/** The words of each mail, with `{{placeholders}}` filled by renderMail. */
export const ACCOUNT_MAILS: Record<AccountMailTemplate, MailTemplate & { preheader: string }> = {
  'verify-email': {
    subject: 'Please confirm your email address',
    preheader: 'One click to finish creating your ELYSIUM account.',
    text: `{{greeting}},\n\nThank you for creating an ELYSIUM account. Please confirm this address by opening the link below (it works for 24 hours):\n\n{{link}}\n\nIf you did not create an account, you can ignore this mail: nothing will happen.\n\n${signOff}\n`,
    html: `<p>{{greeting}},</p><p>Thank you for creating an ELYSIUM account. Please confirm this address (the link works for 24 hours).</p>${button('Confirm my address')}<p>If you did not create an account, you can ignore this mail: nothing will happen.</p>${signOffHtml}`,
  },
  'register-existing': {
    subject: 'Someone tried to register with your address',
    preheader: 'You already have an ELYSIUM account.',
    text: `{{greeting}},\n\nSomeone just tried to create an ELYSIUM account with this address, which already has one. If it was you, simply sign in; if you have forgotten your password, choose a new one here (the link works for one hour):\n\n{{link}}\n\nIf it was not you, there is nothing to do: your account is unchanged.\n\n${signOff}\n`,
    html: `<p>{{greeting}},</p><p>Someone just tried to create an ELYSIUM account with this address, which already has one. If it was you, simply sign in; if you have forgotten your password, choose a new one (the link works for one hour).</p>${button('Choose a new password')}<p>If it was not you, there is nothing to do: your account is unchanged.</p>${signOffHtml}`,
  },
  'claim-account': {
    subject: 'Finish setting up your ELYSIUM account',
    preheader: 'Choose a password to sign in.',
    text: `{{greeting}},\n\nYou asked to create an account with this address, which we already know from your visits. To keep your records safe, please choose your password here (the link works for 24 hours):\n\n{{link}}\n\nIf you did not ask for an account, you can ignore this mail.\n\n${signOff}\n`,
    html: `<p>{{greeting}},</p><p>You asked to create an account with this address, which we already know from your visits. To keep your records safe, please choose your password (the link works for 24 hours).</p>${button('Choose my password')}<p>If you did not ask for an account, you can ignore this mail.</p>${signOffHtml}`,
  },
  'reset-password': {
    subject: 'Choose a new password',
    preheader: 'The link works for one hour.',
    text: `{{greeting}},\n\nWe received a request to reset the password of your ELYSIUM account. Choose a new one here (the link works for one hour, once):\n\n{{link}}\n\nIf you did not ask, ignore this mail: your password stays as it is.\n\n${signOff}\n`,
    html: `<p>{{greeting}},</p><p>We received a request to reset the password of your ELYSIUM account. The link works for one hour, once.</p>${button('Choose a new password')}<p>If you did not ask, ignore this mail: your password stays as it is.</p>${signOffHtml}`,
  },
  'new-sign-in': {
    subject: 'New sign-in to your ELYSIUM account',
    preheader: 'If this was you, there is nothing to do.',
    text: `{{greeting}},\n\nYour ELYSIUM account was just signed in to.\n\nWhen: {{when}}\nFrom: {{ip}}\n\nIf this was you, there is nothing to do. If not, please reset your password at {{resetUrl}} and sign out everywhere from your account page.\n\n${signOff}\n`,
    html: `<p>{{greeting}},</p><p>Your ELYSIUM account was just signed in to.</p><p>When: {{when}}<br>From: {{ip}}</p><p>If this was you, there is nothing to do. If not, please <a href="{{resetUrl}}">reset your password</a> and sign out everywhere from your account page.</p>${signOffHtml}`,
  },
  'password-changed': {
    subject: 'Your password was changed',
    preheader: 'If this was you, there is nothing to do.',
    text: `{{greeting}},\n\nThe password of your ELYSIUM account was just changed, and your other sessions were signed out.\n\nIf this was not you, please reset your password at once at {{resetUrl}} or call Client Services.\n\n${signOff}\n`,
    html: `<p>{{greeting}},</p><p>The password of your ELYSIUM account was just changed, and your other sessions were signed out.</p><p>If this was not you, please <a href="{{resetUrl}}">reset your password</a> at once or call Client Services.</p>${signOffHtml}`,
  },
  'confirm-email-change': {
    subject: 'Please confirm your new email address',
    preheader: 'Your address changes when you follow the link.',
    text: `{{greeting}},\n\nYou asked to use this address for your ELYSIUM account. Please confirm it here (the link works for 24 hours):\n\n{{link}}\n\nIf you did not ask, ignore this mail: nothing will change.\n\n${signOff}\n`,
    html: `<p>{{greeting}},</p><p>You asked to use this address for your ELYSIUM account. Please confirm it (the link works for 24 hours).</p>${button('Confirm my new address')}<p>If you did not ask, ignore this mail: nothing will change.</p>${signOffHtml}`,
  },
  'staff-invitation': {
    subject: 'Your ELYSIUM staff account',
    preheader: 'Choose your password to sign in.',
    text: `Hello,\n\nAn administrator has created an ELYSIUM staff account ({{role}}) for this address. Choose your password here (the link works for 72 hours):\n\n{{link}}\n\nIf you were not expecting this, please tell your administrator.\n\n${signOff}\n`,
    html: `<p>Hello,</p><p>An administrator has created an ELYSIUM staff account ({{role}}) for this address. Choose your password (the link works for 72 hours).</p>${button('Choose my password')}<p>If you were not expecting this, please tell your administrator.</p>${signOffHtml}`,
  },
  'account-erased': {
    subject: 'Your ELYSIUM account has been deleted',
    preheader: 'Your personal data has been erased.',
    text: `Hello,

As requested, your ELYSIUM account has been deleted and your personal data erased. Records the law requires us to keep (the amounts and dates of past orders and payments) remain, with nothing that names you. This is the last message we will send to this address.

${signOff}
`,
    html: `<p>Hello,</p><p>As requested, your ELYSIUM account has been deleted and your personal data erased. Records the law requires us to keep (the amounts and dates of past orders and payments) remain, with nothing that names you.</p><p>This is the last message we will send to this address.</p>${signOffHtml}`,
  },
};

const londonTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/London' });

/**
 * Writes and sends one account mail. Runs inside the kit's once-per-event claim (a second delivery
 * of the same job sends nothing), and the Message-ID comes from the job id, so even a send repeated
 * after a failed commit is recognisable as the same mail. A mail whose account was erased, or whose
 * link was used or has expired meanwhile, is not sent.
 */
export async function sendAccountMail(
  deps: { mailer: Mailer; settings: AccountSettings; log: Logger },
  message: EventMessage,
  tx: Tx,
): Promise<void> {
  const command = accountMailCommand.parse(message.data);
  if (command.template === 'account-erased') return sendErasureConfirmation(deps, message, command, tx);
  const account = await tx.getRepository(Account).findOneBy({ id: command.accountId });
  if (!account || account.status !== 'ACTIVE') {
    deps.log.info({ jobId: message.id, template: command.template }, 'account mail skipped: no active account');
    return;
  }
  let to = account.email;
  let link = '';
  if (command.tokenId) {
    const token = await tx.getRepository(OneTimeToken).findOneBy({ id: command.tokenId, accountId: account.id });
    if (!token || token.usedAt || token.expiresAt.getTime() <= Date.now()) {
      deps.log.info({ jobId: message.id, template: command.template }, 'account mail skipped: its link is used or expired');
      return;
    }
    if (token.purpose === 'CHANGE_EMAIL' && token.newEmail) to = token.newEmail;
    link = `${deps.settings.STOREFRONT_URL}${LINK_PATHS[command.template] ?? '/account'}#token=${oneTimeTokenFor(token.id, deps.settings.ACCOUNT_TOKEN_SECRET)}`;
  }
  const customer = account.role === 'customer' ? await tx.getRepository(Customer).findOneBy({ id: account.id }) : null;
  const session = command.sessionId ? await tx.getRepository(AccountSession).findOneBy({ id: command.sessionId }) : null;
  const template = ACCOUNT_MAILS[command.template];
  const mail = renderMail(template, {
    greeting: customer ? `Dear ${customer.givenName} ${customer.familyName}` : 'Hello',
    link,
    role: account.role,
    when: londonTime.format(session?.createdAt ?? new Date()),
    ip: session?.ip ?? 'an unknown address',
    resetUrl: `${deps.settings.STOREFRONT_URL}/account/forgot-password`,
  });
  await deps.mailer.send({
    to,
    subject: mail.subject,
    text: mail.text,
    html: elysiumMailLayout(mail.html, { title: mail.subject, preheader: template.preheader }),
    messageId: deps.mailer.messageIdFor(message.id),
  });
}

/**
 * The last mail to an erased client. Its address travels in the job (nothing else holds it any
 * more) and is removed from the job in the same transaction that records the mail as sent.
 */
async function sendErasureConfirmation(
  deps: { mailer: Mailer; log: Logger },
  message: EventMessage,
  command: AccountMailCommand,
  tx: Tx,
): Promise<void> {
  if (command.to) {
    const mail = renderMail(ACCOUNT_MAILS['account-erased'], {});
    await deps.mailer.send({
      to: command.to,
      subject: mail.subject,
      text: mail.text,
      html: elysiumMailLayout(mail.html, { title: mail.subject, preheader: ACCOUNT_MAILS['account-erased'].preheader }),
      messageId: deps.mailer.messageIdFor(message.id),
    });
  }
  await rows(tx.manager, `UPDATE pgboss.job SET data = data #- '{data,to}' WHERE name = 'customers.send-mail' AND data->>'id' = $1`, [
    message.id,
  ]);
}

/** The account slice's mailer: SMTP_URL, or the local sink when unset. */
export function accountMailer(settings: AccountSettings): Mailer {
  return createMailer({ smtpUrl: settings.SMTP_URL, from: ACCOUNT_MAIL_FROM });
}

/** The consumer of `customers.send-mail`. */
export function accountMailHandler(deps: { mailer: Mailer; settings: AccountSettings; log: Logger }): EventHandler {
  return { queue: 'customers.send-mail', handle: (message, tx) => sendAccountMail(deps, message, tx) };
}
