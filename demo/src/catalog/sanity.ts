/** Shapes of the documents and objects Sanity's export format holds, and the small helpers that make them. */

export interface Doc {
  _id: string;
  _type: string;
  [field: string]: unknown;
}
export interface Reference {
  _type: 'reference';
  _ref: string;
  _key?: string;
}
export interface Money {
  _type: 'money';
  amount: number;
  currency: 'GBP';
}
export interface Figure {
  _type: 'figure';
  _key?: string;
  asset: Reference;
  alt: string;
}
export interface Span {
  _type: 'span';
  _key: string;
  text: string;
  marks: string[];
}
export interface Block {
  _type: 'block';
  _key: string;
  style: 'normal' | 'h2' | 'h3';
  markDefs: never[];
  children: Span[];
}
export interface Seo {
  _type: 'seo';
  title: string;
  description: string;
}

export const DRAFT_PREFIX = 'drafts.';

/** Prices are whole pence so that no sum ever meets a floating-point fraction. */
export function money(amount: number): Money {
  if (!Number.isInteger(amount) || amount < 0) throw new Error(`Money must be whole pence: ${amount}`);
  return { _type: 'money', amount, currency: 'GBP' };
}

export const pounds = (amount: number) => Math.round(amount * 100);

export const ref = (id: string): Reference => ({ _type: 'reference', _ref: id });
/** A reference inside an array, where Sanity needs a `_key`; the target's id is unique there already. */
export const keyedRef = (id: string, key: string = id): Reference => ({ _type: 'reference', _ref: id, _key: key });
export const slug = (current: string) => ({ _type: 'slug', current });

export function seo(title: string, description: string): Seo {
  return { _type: 'seo', title, description };
}

/** `Title | ELYSIUM` when that fits in 60 characters, else the title alone. */
export const seoTitle = (title: string) => (`${title} | ELYSIUM`.length <= 60 ? `${title} | ELYSIUM` : title);
