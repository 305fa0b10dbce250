/** Fixed vocabularies shared by the Studio schema and the catalog (values stored in Sanity). */
export const CATEGORIES = { ring: 'Ring', necklace: 'Necklace', earrings: 'Earrings', bracelet: 'Bracelet' } as const;

export const METALS = {
  platinum: 'Platinum (950)',
  'yellow-gold-18k': '18k yellow gold',
  'white-gold-18k': '18k white gold',
  'rose-gold-18k': '18k rose gold',
} as const;

export const STONE_KINDS = {
  diamond: 'Diamond',
  sapphire: 'Sapphire',
  emerald: 'Emerald',
  ruby: 'Ruby',
  pearl: 'Pearl',
  morganite: 'Morganite',
} as const;

export const STONE_SHAPES = {
  round: 'Round brilliant',
  oval: 'Oval',
  cushion: 'Cushion',
  emerald: 'Emerald cut',
  pear: 'Pear',
  princess: 'Princess',
  marquise: 'Marquise',
  radiant: 'Radiant',
  asscher: 'Asscher',
} as const;

/** GIA colour grades we trade, best first. */
export const DIAMOND_COLOURS = ['D', 'E', 'F', 'G', 'H', 'I', 'J', 'K'] as const;
/** GIA clarity grades we trade, best first. */
export const DIAMOND_CLARITIES = ['FL', 'IF', 'VVS1', 'VVS2', 'VS1', 'VS2', 'SI1', 'SI2'] as const;
export const FINISH_GRADES = { EX: 'Excellent', VG: 'Very good', G: 'Good' } as const;
export const FLUORESCENCE = { none: 'None', faint: 'Faint', medium: 'Medium', strong: 'Strong' } as const;
export const LABS = { GIA: 'GIA', IGI: 'IGI', HRD: 'HRD', GRS: 'GRS', SSEF: 'SSEF', Gubelin: 'Gübelin' } as const;
export const ORIGINS = { natural: 'Natural', 'lab-grown': 'Laboratory-grown' } as const;

/** UK ring sizes offered in the atelier. */
export const UK_RING_SIZES = [
  'F',
  'G',
  'H',
  'I',
  'J',
  'K',
  'L',
  'M',
  'N',
  'O',
  'P',
  'Q',
  'R',
  'S',
  'T',
  'U',
  'V',
  'W',
  'X',
  'Y',
  'Z',
] as const;

export const ARTICLE_KINDS = { guide: 'Guide', journal: 'Journal' } as const;
