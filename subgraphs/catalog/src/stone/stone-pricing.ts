import { DIAMOND_CLARITIES, DIAMOND_COLOURS } from '@elysium/content-model';
import type { PriceList } from '../configurator/price-list';

/** What pricing needs to know about a stone. */
export interface PricedStone {
  kind: string;
  carat: number;
  colour: string | null;
  clarity: string | null;
  origin: string;
}

/** Each grade step down costs this share of the grade above (D→E, FL→IF…): a simple, monotone grid. */
const COLOUR_STEP = 0.9;
const CLARITY_STEP = 0.88;
/** Larger stones are rarer: price grows as carat^SIZE_EXPONENT, faster than weight alone. */
const SIZE_EXPONENT = 1.6;

function gradeFactor(grade: string | null, scale: readonly string[], step: number): number | null {
  const index = grade ? scale.indexOf(grade) : -1;
  return index < 0 ? null : step ** index;
}

/**
 * The price of a stone, VAT excluded, in pence; null when the price list cannot price it (an ungraded
 * diamond, a kind with no per-carat price). Positive and strictly increasing in carat for a fixed grade.
 */
export function stonePrice(stone: PricedStone, priceList: PriceList): number | null {
  if (!(stone.carat > 0)) return null;
  const size = stone.carat ** SIZE_EXPONENT;
  if (stone.kind === 'diamond') {
    const colour = gradeFactor(stone.colour, DIAMOND_COLOURS, COLOUR_STEP);
    const clarity = gradeFactor(stone.clarity, DIAMOND_CLARITIES, CLARITY_STEP);
    if (colour === null || clarity === null) return null;
    const origin = stone.origin === 'lab-grown' ? priceList.labGrownFactor : 1;
    return Math.max(1, Math.round(priceList.diamondPerCarat.amount * colour * clarity * origin * size));
  }
  const perCarat = priceList.gemstonesPerCarat.find((g) => g.kind === stone.kind)?.pricePerCarat.amount;
  return perCarat === undefined ? null : Math.max(1, Math.round(perCarat * size));
}
