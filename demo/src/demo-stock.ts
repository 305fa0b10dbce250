/** Units on hand per product; products not listed are made to order. */
export const DEMO_STOCK: Record<string, number> = {
  'product-aurelia-solitaire': 1,
  'product-celeste-halo-ring': 2,
  'product-regent-emerald-ring': 1,
  'product-lumen-tennis-bracelet': 3,
  'product-serein-pearl-studs': 8,
  'product-mayfair-diamond-studs': 5,
  'product-thames-eternity-band': 4,
  'product-belgravia-sapphire-pendant': 1,
  'product-soho-signet-ring': 6,
  'product-kensington-riviere-necklace': 1,
  'product-chelsea-drop-earrings': 2,
  'product-hyde-wedding-band': 12,
};
