import type { CollectionSpec } from './types';

export const COLLECTION_SPECS = [
  {
    id: 'collection-bridal',
    title: 'Bridal',
    slug: 'bridal',
    description: 'Engagement rings and wedding bands, made in our Hatton Garden atelier.',
    seoDescription:
      'Engagement rings and wedding bands in platinum and 18k gold, with GIA-certified diamonds, made by hand in our Hatton Garden atelier.',
    background: '#ece7df',
    alt: 'An oval diamond solitaire and a platinum wedding band resting on ivory silk',
  },
  {
    id: 'collection-heritage',
    title: 'Heritage',
    slug: 'heritage',
    description: 'Pieces drawn from the Georgian and Art Deco archives of London jewellery.',
    seoDescription:
      'Rings, necklaces and earrings drawn from the Georgian, Victorian and Art Deco archives of London jewellery, remade in our atelier.',
    background: '#2b2622',
    alt: 'Archive drawings of an Art Deco bracelet beside the finished piece in platinum and emeralds',
  },
  {
    id: 'collection-everyday',
    title: 'Everyday Fine',
    slug: 'everyday-fine',
    description: 'Fine jewellery to wear every day: pearls, studs and slender chains.',
    seoDescription: 'Diamond studs, hoops, slender chains and pearls in 18k gold and platinum: fine jewellery made to be worn every day.',
    background: '#e9dccb',
    alt: 'Gold hoops, a paperclip chain and pearl studs on a linen cloth in morning light',
  },
  {
    id: 'collection-high-jewellery',
    title: 'High Jewellery',
    slug: 'high-jewellery',
    description:
      'One-of-a-kind and limited pieces built around exceptional stones: rivières, chandelier earrings and important solitaires, each made to order over several months.',
    seoDescription:
      'Exceptional diamonds and coloured stones in one-of-a-kind rivières, line necklaces and solitaires, made to order in Hatton Garden.',
    background: '#161a22',
    alt: 'A diamond line necklace laid in a curve on black velvet',
  },
  {
    id: 'collection-coloured-stones',
    title: 'Coloured Stones',
    slug: 'coloured-stones',
    description:
      'Sapphires from Sri Lanka and Madagascar, rubies from Mozambique and emeralds from Colombia and Zambia, each with an independent laboratory report.',
    seoDescription: 'Certified sapphires, rubies and emeralds set in platinum and 18k gold, each with a GRS, SSEF or Gübelin report.',
    background: '#1d3566',
    alt: 'A Ceylon sapphire, a Mozambique ruby and a Colombian emerald side by side on grey stone',
  },
  {
    id: 'collection-mens',
    title: "Men's",
    slug: 'mens',
    description: 'Signet rings, wedding bands and heavy gold chains, finished by hand and made to be worn for decades.',
    seoDescription: "Men's signet rings, wedding bands and gold chain bracelets, hand-finished and engraved in our Hatton Garden atelier.",
    background: '#3a3631',
    alt: "A men's oval signet ring in yellow gold beside a brushed platinum wedding band",
  },
  {
    id: 'collection-pearls',
    title: 'Pearls',
    slug: 'pearls',
    description: 'Akoya and South Sea pearls, matched by eye for lustre and colour and hand-knotted on silk in our atelier.',
    seoDescription: 'Akoya and South Sea pearl necklaces, earrings and bracelets, matched by eye and hand-knotted on silk in London.',
    background: '#efe8de',
    alt: 'A strand of Akoya pearls coiled beside golden South Sea pearl drops',
  },
  {
    id: 'collection-lab-grown',
    title: 'Laboratory-Grown Diamonds',
    slug: 'lab-grown-diamonds',
    description:
      'Diamonds grown in a laboratory, identical to mined diamonds in chemistry and brilliance, each graded by IGI and set by the same hands as our natural stones.',
    seoDescription:
      'IGI-certified laboratory-grown diamond rings, studs, pendants and bracelets, set in platinum and 18k gold in Hatton Garden.',
    background: '#e4e6ea',
    alt: 'A laboratory-grown diamond solitaire ring under a jeweller’s loupe',
  },
] as const satisfies readonly CollectionSpec[];

export type CollectionId = (typeof COLLECTION_SPECS)[number]['id'];
