import type { ProductSpec } from '../types';
import { BRACELETS } from './bracelets';
import { BRIDAL_RINGS } from './bridal-rings';
import { COLOURED_STONE_RINGS } from './coloured-stone-rings';
import { EARRINGS } from './earrings';
import { MENS_RINGS } from './mens-rings';
import { NECKLACES } from './necklaces';
import { ORIGINAL_PRODUCTS } from './originals';

export { ORIGINAL_PRODUCTS };

/** Every product, in publishing order: the order sets each piece's publishedAt. */
export const PRODUCT_SPECS: ProductSpec[] = [
  ...ORIGINAL_PRODUCTS,
  ...BRIDAL_RINGS,
  ...COLOURED_STONE_RINGS,
  ...MENS_RINGS,
  ...NECKLACES,
  ...EARRINGS,
  ...BRACELETS,
];

/** The one draft: an unpublished price rise on the Aurelia, which the public must never see. */
export const DRAFT_PRICE_RISE = {
  productId: 'product-aurelia-solitaire',
  title: 'Aurelia Solitaire (DRAFT price rise)',
  /** The new price from, VAT included, in pounds; every variant rises by the same amount. */
  price: 16_500,
};
