import { createHmac, timingSafeEqual } from 'node:crypto';

/** A bespoke configuration as priced by the catalog: what was chosen, what it costs, until when. */
export interface PricedConfiguration {
  productId: string;
  settingCode: string;
  metal: string;
  stoneId: string;
  ringSize: string;
  engraving: string | null;
  /** VAT-inclusive total in minor units. */
  total: number;
  currency: string;
  /** Seconds since the epoch after which the quote no longer holds. */
  expiresAt: number;
}

export type TokenCheck =
  { valid: true; configuration: PricedConfiguration } | { valid: false; reason: 'malformed' | 'tampered' | 'expired' };

const FIELDS: Array<keyof PricedConfiguration> = [
  'currency',
  'engraving',
  'expiresAt',
  'metal',
  'productId',
  'ringSize',
  'settingCode',
  'stoneId',
  'total',
];

/** Keys in one fixed order, so the same configuration always signs to the same bytes. */
function canonical(configuration: PricedConfiguration): string {
  return JSON.stringify(Object.fromEntries(FIELDS.map((field) => [field, configuration[field]])));
}

function mac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/**
 * The catalog signs every quote it gives; orders accept only a token whose signature and expiry hold,
 * so a client can never set its own price.
 */
export function signConfiguration(configuration: PricedConfiguration, secret: string): string {
  const payload = Buffer.from(canonical(configuration)).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

export function verifyConfigurationToken(token: string, secret: string, now = Date.now()): TokenCheck {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined) return { valid: false, reason: 'malformed' };
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { valid: false, reason: 'tampered' };
  let configuration: PricedConfiguration;
  try {
    configuration = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as PricedConfiguration;
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  if (configuration.expiresAt * 1000 <= now) return { valid: false, reason: 'expired' };
  return { valid: true, configuration };
}
