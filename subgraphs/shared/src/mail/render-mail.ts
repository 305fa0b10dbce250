/** A mail as written by a domain: `{{name}}` placeholders in every part. */
export interface MailTemplate {
  subject: string;
  text: string;
  html: string;
}

export type RenderedMail = MailTemplate;

const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * Fills `{{name}}` placeholders in one pass (a value that itself contains `{{…}}` stays literal).
 * Values are HTML-escaped in the html part only; line breaks in values become spaces in the subject.
 * A placeholder without a value throws: a half-rendered mail to a client is a bug, not a fallback.
 */
export function renderMail(template: MailTemplate, values: Readonly<Record<string, string | number>>): RenderedMail {
  const fill = (part: string, encode: (value: string) => string) =>
    part.replace(PLACEHOLDER, (_match, name: string) => {
      if (!Object.hasOwn(values, name)) throw new Error(`renderMail: no value for {{${name}}}`);
      return encode(String(values[name]));
    });
  return {
    subject: fill(template.subject, (v) => v.replace(/[\r\n]+/g, ' ')),
    text: fill(template.text, (v) => v),
    html: fill(template.html, escapeHtml),
  };
}
