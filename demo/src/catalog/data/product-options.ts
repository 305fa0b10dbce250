import type { Category, Metal } from './types';

// What a product gets when its spec does not say, kept apart so that each product lists only what
// makes it different.

export const MENS_SIZES = ['R', 'T', 'V'];
export const BRACELET_SIZES = ['16 cm', '17 cm', '18 cm'];

export const DEFAULT_VARIANT_METALS: Record<Metal, Metal[]> = {
  platinum: ['platinum', 'white-gold-18k'],
  'yellow-gold-18k': ['yellow-gold-18k', 'rose-gold-18k'],
  'white-gold-18k': ['white-gold-18k', 'yellow-gold-18k'],
  'rose-gold-18k': ['rose-gold-18k', 'yellow-gold-18k'],
};
export const DEFAULT_SIZES: Record<Category, Array<string | undefined>> = {
  ring: ['J', 'L', 'N'],
  necklace: ['40 cm', '45 cm'],
  bracelet: BRACELET_SIZES,
  // Earrings come in one size: one variant per metal, with no size.
  earrings: [undefined],
};
export const METAL_CODE: Record<Metal, string> = { platinum: 'PT', 'yellow-gold-18k': 'YG', 'white-gold-18k': 'WG', 'rose-gold-18k': 'RG' };
export const METAL_WORDS: Record<Metal, string> = {
  platinum: 'platinum',
  'yellow-gold-18k': '18k yellow gold',
  'white-gold-18k': '18k white gold',
  'rose-gold-18k': '18k rose gold',
};
/** Grams per cubic centimetre: the same piece weighs more in platinum than in gold. */
export const DENSITY: Record<Metal, number> = { platinum: 21.4, 'yellow-gold-18k': 15.5, 'white-gold-18k': 15.9, 'rose-gold-18k': 15.1 };

/** Photographs, by price in pounds: a packshot always, then worn and detail shots for the more important pieces. */
export const WORN_PHOTO_FROM = 2_000;
export const DETAIL_PHOTO_FROM = 5_000;
export const PACKSHOT_BACKGROUND = '#f3f0ea';
export const WORN_BACKGROUND = '#c9a58d';
/** File suffix and alt-text wording of the second and third photographs. */
export const SECOND_VIEW: Record<Category, [string, string]> = {
  ring: ['worn', 'worn on the hand'],
  necklace: ['worn', 'worn at the neckline'],
  earrings: ['worn', 'worn, seen in profile'],
  bracelet: ['worn', 'worn on the wrist'],
};
export const THIRD_VIEW: Record<Category, [string, string]> = {
  ring: ['profile', 'side profile, showing the setting and gallery'],
  necklace: ['detail', 'close-up of the setting and clasp'],
  earrings: ['detail', 'close-up of one earring and its fitting'],
  bracelet: ['detail', 'close-up of the links and clasp'],
};
export const METAL_BACKGROUND: Record<Metal, string> = {
  platinum: '#d9dbde',
  'yellow-gold-18k': '#d4b26a',
  'white-gold-18k': '#e1e2e0',
  'rose-gold-18k': '#d8a792',
};
