import { createHash } from 'node:crypto';
import { verifyConfigurationToken, type PricedConfiguration } from '@elysium/subgraph-kit';

/** Longest quote token accepted; the catalog's are a few hundred characters. */
export const QUOTE_TOKEN_MAX_LENGTH = 2048;

export type SignedQuote =
  { ok: true; configuration: PricedConfiguration; expired: boolean } | { ok: false; reason: 'malformed' | 'tampered' };

/**
 * Reads a catalog quote token for saving as a wish. The signature must hold; expiry must not, since
 * an expired quote is still a design worth keeping (flagged for a new quote). The kit's verifier
 * checks expiry against `now`, so it is asked as of the epoch: the signature is checked exactly as
 * checkout checks it, and expiry is then judged here.
 */
export function readSignedQuote(token: string, secret: string, now = Date.now()): SignedQuote {
  const check = verifyConfigurationToken(token, secret, 0);
  if (!check.valid) return { ok: false, reason: check.reason === 'tampered' ? 'tampered' : 'malformed' };
  const configuration = check.configuration;
  // Signed by the catalog, so trusted; still refuse a shape this code cannot store rather than fail in SQL.
  if (!isPricedConfiguration(configuration)) return { ok: false, reason: 'malformed' };
  return { ok: true, configuration, expired: configuration.expiresAt * 1000 <= now };
}

function isPricedConfiguration(c: PricedConfiguration): boolean {
  const text = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
  return (
    text(c.productId) &&
    text(c.settingCode) &&
    text(c.metal) &&
    text(c.stoneId) &&
    text(c.ringSize) &&
    (c.engraving === null || typeof c.engraving === 'string') &&
    Number.isSafeInteger(c.total) &&
    c.total >= 0 &&
    c.total <= 2_147_483_647 &&
    /^[A-Z]{3}$/.test(String(c.currency)) &&
    Number.isSafeInteger(c.expiresAt)
  );
}

/**
 * What makes two saved designs the same wish: the choice, not its price or quote (a new quote for
 * the same design refreshes the saved one instead of adding a second).
 */
export function configurationKey(c: PricedConfiguration): string {
  const choice = JSON.stringify([c.productId, c.settingCode, c.metal, c.stoneId, c.ringSize, c.engraving ?? null]);
  return `configuration:${createHash('sha256').update(choice).digest('hex')}`;
}

/** The key of a catalogue piece wish: the product and, if any, the variant. */
export function productKey(productId: string, variantSku: string | null): string {
  return `product:${productId}:${variantSku ?? ''}`;
}
