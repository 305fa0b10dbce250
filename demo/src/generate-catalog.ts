/**
 * Writes demo/catalog.ndjson, the seed of the local Sanity content lake, in Sanity's export format
 * (one document per line): image assets, certified stones, collections, bespoke configurators, the
 * price list, products, guides and journal posts, pages, site settings, and one draft.
 *
 * Deterministic: no clock, no randomness. Ids, keys, image hashes and certificate numbers all derive
 * from fixed names, so running it twice gives byte-identical output.
 *
 *   node -r ./tools/register.js demo/src/generate-catalog.ts
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import {
  ARTICLE_KINDS,
  CATEGORIES,
  DIAMOND_CLARITIES,
  DIAMOND_COLOURS,
  FINISH_GRADES,
  FLUORESCENCE,
  LABS,
  METALS,
  ORIGINS,
  STONE_KINDS,
  STONE_SHAPES,
  UK_RING_SIZES,
} from '@elysium/content-model';
import { CATALOG_NDJSON, DEMO_STOCK } from './index';

type Metal = keyof typeof METALS;
type Category = keyof typeof CATEGORIES;
type StoneKind = keyof typeof STONE_KINDS;
type Shape = keyof typeof STONE_SHAPES;
type Colour = (typeof DIAMOND_COLOURS)[number];
type Clarity = (typeof DIAMOND_CLARITIES)[number];
type Finish = keyof typeof FINISH_GRADES;
type Fluorescence = keyof typeof FLUORESCENCE;
type Lab = keyof typeof LABS;
type Origin = keyof typeof ORIGINS;
type RingSize = (typeof UK_RING_SIZES)[number];
type ArticleKind = keyof typeof ARTICLE_KINDS;

interface Doc {
  _id: string;
  _type: string;
  [field: string]: unknown;
}
interface Reference {
  _type: 'reference';
  _ref: string;
  _key?: string;
}
interface Money {
  _type: 'money';
  amount: number;
  currency: 'GBP';
}
interface Figure {
  _type: 'figure';
  _key?: string;
  asset: Reference;
  alt: string;
}
interface Span {
  _type: 'span';
  _key: string;
  text: string;
  marks: string[];
}
interface Block {
  _type: 'block';
  _key: string;
  style: 'normal' | 'h2' | 'h3';
  markDefs: never[];
  children: Span[];
}
/** A paragraph of copy, a heading, or a picture, in the order it reads. */
type Para = string | { h2: string } | { figure: Figure };

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

function money(amount: number): Money {
  if (!Number.isInteger(amount) || amount < 0) throw new Error(`Money must be whole pence: ${amount}`);
  return { _type: 'money', amount, currency: 'GBP' };
}

const ref = (id: string): Reference => ({ _type: 'reference', _ref: id });
const keyedRef = (id: string, key: string = id): Reference => ({ _type: 'reference', _ref: id, _key: key });
const slug = (current: string) => ({ _type: 'slug', current });
const pounds = (amount: number) => Math.round(amount * 100);

const DAY = 86_400_000;
/** An ISO date a whole number of days after a fixed day (UTC), at a fixed hour. */
const dayAfter = (start: string, days: number, hour = 9) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * DAY + hour * 3_600_000).toISOString();

type Size = readonly [width: number, height: number];
const PRODUCT_IMAGE: Size = [1600, 2000];
const STONE_IMAGE: Size = [1600, 1600];
const HERO_IMAGE: Size = [2400, 1350];
const INLINE_IMAGE: Size = [2000, 1333];

/** Image asset documents, in the order they are first used. */
const assets = new Map<string, Doc>();

/** Registers (once) the image asset for a named photograph and returns its document id. */
function imageAsset(name: string, [width, height]: Size, background: string): string {
  const hex = sha1(`elysium/images/${name}`);
  const id = `image-${hex}-${width}x${height}-jpg`;
  if (!assets.has(id)) {
    assets.set(id, {
      _id: id,
      _type: 'sanity.imageAsset',
      url: `https://cdn.sanity.io/images/local/production/${hex}-${width}x${height}.jpg`,
      originalFilename: `${name}.jpg`,
      extension: 'jpg',
      mimeType: 'image/jpeg',
      metadata: { dimensions: { width, height, aspectRatio: width / height }, palette: { dominant: { background } } },
    });
  }
  return id;
}

function figure(name: string, size: Size, background: string, alt: string, key?: string): Figure {
  const asset = ref(imageAsset(name, size, background));
  return key === undefined ? { _type: 'figure', asset, alt } : { _type: 'figure', _key: key, asset, alt };
}

/** Portable Text: one block per paragraph or heading (keys `${prefix}1`, `${prefix}2`…), figures in place. */
function portableText(paras: Para[], prefix = 'b'): Array<Block | Figure> {
  return paras.map((para, index) => {
    const key = `${prefix}${index + 1}`;
    if (typeof para === 'object' && 'figure' in para) return { ...para.figure, _key: key };
    const [style, text] = typeof para === 'string' ? (['normal', para] as const) : (['h2', para.h2] as const);
    return { _type: 'block', _key: key, style, markDefs: [], children: [{ _type: 'span', _key: 's1', text, marks: [] }] };
  });
}

function seo(title: string, description: string) {
  return { _type: 'seo', title, description };
}

/** `Title | ELYSIUM` when that fits in 60 characters, else the title alone. */
const seoTitle = (title: string) => (`${title} | ELYSIUM`.length <= 60 ? `${title} | ELYSIUM` : title);

/** Decimal digits derived from a name, for certificate numbers. */
const digits = (seed: string, count: number) =>
  BigInt(`0x${sha1(`elysium/certificates/${seed}`)}`)
    .toString()
    .slice(1, count + 1);

const round2 = (n: number) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------------------------------------
// Certified stones
// ---------------------------------------------------------------------------------------------

interface StoneSpec {
  id: string;
  kind: StoneKind;
  shape: Shape;
  carat: number;
  lab: Lab;
  origin: Origin;
  provenance: string;
  /** Diamonds: GIA-style grades. */
  colour?: Colour;
  clarity?: Clarity;
  cut?: Finish;
  polish?: Finish;
  symmetry?: Finish;
  fluorescence?: Fluorescence;
  /** Coloured stones: how the title names the stone, e.g. "Ceylon Sapphire". */
  name?: string;
  /** Coloured stones: the treatment the laboratory report records, e.g. "Unheated" or "Minor Oil". */
  treatment?: string;
}

const DIAMOND_SHAPE_TITLE: Record<Shape, string> = {
  round: 'Round Brilliant',
  oval: 'Oval',
  cushion: 'Cushion',
  emerald: 'Emerald-Cut',
  pear: 'Pear-Shaped',
  princess: 'Princess-Cut',
  marquise: 'Marquise',
  radiant: 'Radiant-Cut',
  asscher: 'Asscher-Cut',
};
const GEM_SHAPE_TITLE: Record<Shape, string> = {
  round: 'Round',
  oval: 'Oval',
  cushion: 'Cushion',
  emerald: 'Emerald Cut',
  pear: 'Pear',
  princess: 'Princess',
  marquise: 'Marquise',
  radiant: 'Radiant',
  asscher: 'Asscher',
};

/**
 * Outline of each cut: carat = k × length × width × depth (mm) for diamond; length ÷ width; depth as a
 * share of width. Coloured stones are scaled by their density against diamond's 3.52.
 */
const CUT_GEOMETRY: Record<Shape, { k: number; ratio: number; depth: number }> = {
  round: { k: 0.0061, ratio: 1, depth: 0.615 },
  oval: { k: 0.0062, ratio: 1.4, depth: 0.6 },
  cushion: { k: 0.0081, ratio: 1.08, depth: 0.66 },
  emerald: { k: 0.008, ratio: 1.4, depth: 0.66 },
  pear: { k: 0.0059, ratio: 1.55, depth: 0.6 },
  princess: { k: 0.0083, ratio: 1, depth: 0.72 },
  marquise: { k: 0.00565, ratio: 2, depth: 0.6 },
  radiant: { k: 0.0081, ratio: 1.25, depth: 0.66 },
  asscher: { k: 0.008, ratio: 1, depth: 0.66 },
};
const DENSITY_AGAINST_DIAMOND: Record<StoneKind, number> = {
  diamond: 1,
  sapphire: 4.0 / 3.52,
  ruby: 4.0 / 3.52,
  emerald: 2.72 / 3.52,
  pearl: 2.7 / 3.52,
  morganite: 2.8 / 3.52,
};

function measurements(spec: StoneSpec) {
  const { k, ratio, depth } = CUT_GEOMETRY[spec.shape];
  const width = Math.cbrt(spec.carat / (k * ratio * depth * DENSITY_AGAINST_DIAMOND[spec.kind]));
  // Round stones are never perfectly round: the report gives the smallest and largest diameter.
  const length = spec.shape === 'round' ? width * 1.004 : width * ratio;
  return { _type: 'measurements', length: round2(length), width: round2(width), depth: round2(width * depth) };
}

function certificateNumber(spec: StoneSpec): string {
  const d = digits(spec.id, 12);
  switch (spec.lab) {
    case 'GIA':
      return `${'1256'[Number(d[0]) % 4]}${d.slice(1, 10)}`;
    case 'IGI':
      return spec.origin === 'lab-grown' ? `LG${d.slice(0, 9)}` : d.slice(0, 9);
    case 'HRD':
      return `2${d.slice(0, 11)}`;
    case 'GRS':
      return `GRS${Number(d[0]) % 2 === 0 ? 2024 : 2025}-0${d.slice(1, 6)}`;
    case 'SSEF':
      return `1${d.slice(0, 5)}`;
    case 'Gubelin':
      return `2${Number(d[0]) % 2 === 0 ? 4 : 5}${d.slice(1, 7)}`;
  }
}

const STONE_BACKGROUND: Record<StoneKind, string> = {
  diamond: '#f2f2f0',
  sapphire: '#1e3f8c',
  ruby: '#9a1c32',
  emerald: '#1f7a4e',
  pearl: '#efe9df',
  morganite: '#e8b9a7',
};

function stoneTitle(spec: StoneSpec): string {
  const carat = spec.carat.toFixed(2);
  if (spec.kind === 'diamond') {
    const grown = spec.origin === 'lab-grown' ? 'Laboratory-Grown ' : '';
    return `${carat} ct ${grown}${DIAMOND_SHAPE_TITLE[spec.shape]} Diamond, ${spec.colour} ${spec.clarity}`;
  }
  return `${carat} ct ${spec.name}, ${GEM_SHAPE_TITLE[spec.shape]}, ${spec.treatment}`;
}

const diamond = (
  id: string,
  shape: Shape,
  carat: number,
  colour: Colour,
  clarity: Clarity,
  finish: { cut?: Finish; polish: Finish; symmetry: Finish; fluorescence: Fluorescence },
  lab: Lab,
  origin: Origin,
  provenance: string,
): StoneSpec => ({ id, kind: 'diamond', shape, carat, colour, clarity, ...finish, lab, origin, provenance });

const gem = (
  id: string,
  kind: StoneKind,
  name: string,
  treatment: string,
  shape: Shape,
  carat: number,
  lab: Lab,
  provenance: string,
): StoneSpec => ({
  id,
  kind,
  name,
  treatment,
  shape,
  carat,
  lab,
  origin: 'natural',
  provenance,
});

const TRIPLE_EX = { cut: 'EX', polish: 'EX', symmetry: 'EX', fluorescence: 'none' } as const;
const FANCY_EX = { polish: 'EX', symmetry: 'EX', fluorescence: 'none' } as const;

const STONE_SPECS: StoneSpec[] = [
  // Set in the catalogue's pieces.
  diamond('stone-aurelia-round-120', 'round', 1.2, 'D', 'VS1', TRIPLE_EX, 'GIA', 'natural', 'Botswana'),
  diamond(
    'stone-celeste-cushion-090',
    'cushion',
    0.9,
    'F',
    'VS2',
    { polish: 'EX', symmetry: 'VG', fluorescence: 'faint' },
    'GIA',
    'natural',
    'Canada',
  ),
  gem('stone-regent-emerald-210', 'emerald', 'Colombian Emerald', 'Minor Oil', 'emerald', 2.1, 'Gubelin', 'Colombia (Muzo)'),
  diamond('stone-mayfair-round-050-a', 'round', 0.5, 'G', 'VS2', TRIPLE_EX, 'GIA', 'natural', 'Botswana'),
  diamond('stone-mayfair-round-050-b', 'round', 0.5, 'G', 'VS2', TRIPLE_EX, 'GIA', 'natural', 'Botswana'),
  gem('stone-belgravia-sapphire-305', 'sapphire', 'Ceylon Sapphire', 'Unheated', 'cushion', 3.05, 'GRS', 'Sri Lanka'),
  diamond('stone-marylebone-oval-151', 'oval', 1.51, 'E', 'VS2', FANCY_EX, 'GIA', 'natural', 'Botswana'),
  diamond(
    'stone-ophelia-pear-102',
    'pear',
    1.02,
    'F',
    'VVS2',
    { polish: 'EX', symmetry: 'VG', fluorescence: 'none' },
    'GIA',
    'natural',
    'Canada',
  ),
  diamond('stone-savoy-emerald-cut-252', 'emerald', 2.52, 'D', 'VVS1', FANCY_EX, 'GIA', 'natural', 'Botswana'),
  diamond('stone-sovereign-round-351', 'round', 3.51, 'D', 'VVS2', TRIPLE_EX, 'GIA', 'natural', 'Botswana'),
  diamond('stone-lyra-lab-round-201', 'round', 2.01, 'E', 'VVS2', TRIPLE_EX, 'IGI', 'lab-grown', 'India'),
  diamond('stone-vesper-lab-oval-250', 'oval', 2.5, 'F', 'VS1', FANCY_EX, 'IGI', 'lab-grown', 'India'),
  diamond('stone-strand-round-101', 'round', 1.01, 'G', 'VS1', { ...TRIPLE_EX, fluorescence: 'faint' }, 'GIA', 'natural', 'Canada'),
  diamond('stone-temple-asscher-170', 'asscher', 1.7, 'E', 'VVS2', FANCY_EX, 'GIA', 'natural', 'South Africa'),
  diamond(
    'stone-cordelia-marquise-105',
    'marquise',
    1.05,
    'G',
    'VS1',
    { polish: 'VG', symmetry: 'VG', fluorescence: 'faint' },
    'GIA',
    'natural',
    'Namibia',
  ),
  diamond(
    'stone-whitehall-radiant-130',
    'radiant',
    1.3,
    'F',
    'VS1',
    { polish: 'EX', symmetry: 'VG', fluorescence: 'none' },
    'HRD',
    'natural',
    'Namibia',
  ),
  diamond('stone-holborn-princess-100', 'princess', 1.0, 'G', 'SI1', FANCY_EX, 'GIA', 'natural', 'Canada'),
  diamond('stone-hanover-lab-emerald-cut-302', 'emerald', 3.02, 'F', 'VVS2', FANCY_EX, 'IGI', 'lab-grown', 'India'),
  gem('stone-portia-sapphire-202', 'sapphire', 'Ceylon Sapphire', 'Heated', 'oval', 2.02, 'GRS', 'Sri Lanka'),
  gem('stone-rosalind-ruby-152', 'ruby', 'Mozambique Ruby', 'Unheated', 'cushion', 1.52, 'Gubelin', 'Mozambique (Montepuez)'),
  gem('stone-octavia-emerald-312', 'emerald', 'Zambian Emerald', 'Minor Oil', 'emerald', 3.12, 'SSEF', 'Zambia (Kagem)'),
  gem('stone-juno-sapphire-405', 'sapphire', 'Madagascar Sapphire', 'Unheated', 'oval', 4.05, 'SSEF', 'Madagascar (Ilakaka)'),
  diamond('stone-kew-round-030', 'round', 0.3, 'F', 'VS1', TRIPLE_EX, 'GIA', 'natural', 'Canada'),
  diamond('stone-wapping-princess-032', 'princess', 0.32, 'G', 'VS1', FANCY_EX, 'GIA', 'natural', 'Botswana'),
  diamond(
    'stone-southwark-round-031',
    'round',
    0.31,
    'H',
    'VS2',
    { cut: 'EX', polish: 'EX', symmetry: 'VG', fluorescence: 'none' },
    'GIA',
    'natural',
    'South Africa',
  ),
  gem('stone-highgate-sapphire-105', 'sapphire', 'Ceylon Sapphire', 'Heated', 'oval', 1.05, 'GRS', 'Sri Lanka'),
  diamond('stone-ludgate-round-050', 'round', 0.5, 'G', 'VS1', TRIPLE_EX, 'GIA', 'natural', 'Canada'),
  diamond('stone-piccadilly-round-050', 'round', 0.5, 'F', 'VS2', { ...TRIPLE_EX, fluorescence: 'faint' }, 'GIA', 'natural', 'Botswana'),
  gem('stone-richmond-emerald-148', 'emerald', 'Colombian Emerald', 'Minor Oil', 'pear', 1.48, 'GRS', 'Colombia (Muzo)'),
  diamond('stone-nova-lab-round-100', 'round', 1.0, 'D', 'VVS1', TRIPLE_EX, 'IGI', 'lab-grown', 'United States'),
  gem('stone-imogen-ruby-102', 'ruby', 'Mozambique Ruby', 'Heated', 'pear', 1.02, 'GRS', 'Mozambique (Montepuez)'),
  diamond('stone-hatton-lab-round-100-a', 'round', 1.0, 'E', 'VS1', TRIPLE_EX, 'IGI', 'lab-grown', 'India'),
  diamond('stone-hatton-lab-round-100-b', 'round', 1.0, 'E', 'VS1', TRIPLE_EX, 'IGI', 'lab-grown', 'India'),
  diamond('stone-tavistock-lab-pear-150-a', 'pear', 1.5, 'F', 'VS1', FANCY_EX, 'IGI', 'lab-grown', 'India'),
  diamond('stone-tavistock-lab-pear-150-b', 'pear', 1.51, 'F', 'VS1', FANCY_EX, 'IGI', 'lab-grown', 'India'),
  // Loose centre stones offered by the engagement ring configurator.
  diamond('stone-loose-round-150', 'round', 1.5, 'E', 'VS1', TRIPLE_EX, 'GIA', 'natural', 'Botswana'),
  diamond('stone-loose-round-101', 'round', 1.01, 'G', 'VS2', { ...TRIPLE_EX, fluorescence: 'medium' }, 'GIA', 'natural', 'Canada'),
  diamond('stone-loose-oval-120', 'oval', 1.2, 'F', 'VS2', FANCY_EX, 'GIA', 'natural', 'Namibia'),
  diamond(
    'stone-loose-cushion-201',
    'cushion',
    2.01,
    'H',
    'VS1',
    { polish: 'EX', symmetry: 'VG', fluorescence: 'faint' },
    'GIA',
    'natural',
    'South Africa',
  ),
  diamond('stone-loose-emerald-cut-150', 'emerald', 1.5, 'F', 'VVS2', FANCY_EX, 'GIA', 'natural', 'Botswana'),
  diamond(
    'stone-loose-pear-090',
    'pear',
    0.9,
    'E',
    'VS1',
    { polish: 'EX', symmetry: 'VG', fluorescence: 'none' },
    'HRD',
    'natural',
    'Namibia',
  ),
  diamond('stone-loose-lab-round-300', 'round', 3.0, 'E', 'VVS2', TRIPLE_EX, 'IGI', 'lab-grown', 'United States'),
  diamond('stone-loose-lab-radiant-200', 'radiant', 2.0, 'F', 'VS1', FANCY_EX, 'IGI', 'lab-grown', 'India'),
  diamond('stone-loose-lab-round-500', 'round', 5.0, 'F', 'VS1', TRIPLE_EX, 'IGI', 'lab-grown', 'India'),
  gem('stone-loose-sapphire-oval-250', 'sapphire', 'Ceylon Sapphire', 'Unheated', 'oval', 2.5, 'GRS', 'Sri Lanka'),
  // Loose stones for the diamond-set wedding band configurator.
  diamond('stone-loose-round-030', 'round', 0.3, 'F', 'VS1', TRIPLE_EX, 'GIA', 'natural', 'Canada'),
  diamond('stone-loose-lab-round-030', 'round', 0.3, 'E', 'VVS2', TRIPLE_EX, 'IGI', 'lab-grown', 'India'),
  diamond('stone-loose-princess-033', 'princess', 0.33, 'G', 'VS1', FANCY_EX, 'GIA', 'natural', 'Botswana'),
  diamond('stone-loose-asscher-035', 'asscher', 0.35, 'F', 'VVS2', FANCY_EX, 'GIA', 'natural', 'South Africa'),
  // Loose stones for the stone-set signet configurator.
  gem('stone-loose-sapphire-oval-120', 'sapphire', 'Ceylon Sapphire', 'Heated', 'oval', 1.2, 'GRS', 'Sri Lanka'),
  gem('stone-loose-ruby-oval-080', 'ruby', 'Mozambique Ruby', 'Heated', 'oval', 0.8, 'GRS', 'Mozambique (Montepuez)'),
  gem('stone-loose-emerald-cushion-100', 'emerald', 'Colombian Emerald', 'Minor Oil', 'cushion', 1.0, 'Gubelin', 'Colombia (Chivor)'),
  diamond('stone-loose-round-050', 'round', 0.5, 'H', 'VS2', TRIPLE_EX, 'GIA', 'natural', 'Botswana'),
];

const stoneSpecById = new Map(STONE_SPECS.map((s) => [s.id, s]));

function stoneDocument(spec: StoneSpec): Doc {
  const title = stoneTitle(spec);
  return {
    _id: spec.id,
    _type: 'stone',
    title,
    kind: spec.kind,
    shape: spec.shape,
    carat: spec.carat,
    colour: spec.colour,
    clarity: spec.clarity,
    cut: spec.cut,
    polish: spec.polish,
    symmetry: spec.symmetry,
    fluorescence: spec.fluorescence,
    measurements: measurements(spec),
    lab: spec.lab,
    certificateNumber: certificateNumber(spec),
    origin: spec.origin,
    provenance: spec.provenance,
    image: figure(spec.id, STONE_IMAGE, STONE_BACKGROUND[spec.kind], `${title}, photographed face-up on a white ground`),
  };
}

// ---------------------------------------------------------------------------------------------
// Collections
// ---------------------------------------------------------------------------------------------

const COLLECTION_SPECS = [
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
] as const;

type CollectionId = (typeof COLLECTION_SPECS)[number]['id'];

function collectionDocument(spec: (typeof COLLECTION_SPECS)[number]): Doc {
  return {
    _id: spec.id,
    _type: 'collection',
    title: spec.title,
    slug: slug(spec.slug),
    description: spec.description,
    heroImage: figure(`${spec.slug}-collection-hero`, HERO_IMAGE, spec.background, spec.alt),
    seo: seo(seoTitle(`${spec.title} Jewellery`), spec.seoDescription),
  };
}

// ---------------------------------------------------------------------------------------------
// Price list and bespoke configurators
// ---------------------------------------------------------------------------------------------

/** Metal per gram, VAT excluded: what the atelier charges for the metal a bespoke piece uses. */
const METAL_PER_GRAM: Record<Metal, number> = {
  platinum: 3500,
  'yellow-gold-18k': 6500,
  'white-gold-18k': 6650,
  'rose-gold-18k': 6450,
};

const PRICE_LIST: Doc = {
  _id: 'priceList',
  _type: 'priceList',
  metals: (Object.keys(METALS) as Metal[]).map((metal) => ({
    _type: 'metalPrice',
    _key: metal,
    metal,
    pricePerGram: money(METAL_PER_GRAM[metal]),
  })),
  diamondPerCarat: money(2_000_000),
  labGrownFactor: 0.18,
  gemstonesPerCarat: [
    { _type: 'gemstonePrice', _key: 'sapphire', kind: 'sapphire', pricePerCarat: money(450_000) },
    { _type: 'gemstonePrice', _key: 'emerald', kind: 'emerald', pricePerCarat: money(550_000) },
    { _type: 'gemstonePrice', _key: 'ruby', kind: 'ruby', pricePerCarat: money(750_000) },
  ],
  validUntil: '2027-12-31T23:59:59Z',
  quoteValidityMinutes: 30,
};

interface SettingSpec {
  code: string;
  name: string;
  /** Atelier labour, VAT excluded, in pounds. */
  labour: number;
  metalGrams: number;
  stoneShapes: Shape[];
}
interface RuleSpec {
  setting: string;
  metal?: Metal;
  stoneShape?: Shape;
  message: string;
}
interface ConfiguratorSpec {
  id: string;
  title: string;
  settings: SettingSpec[];
  metals: Metal[];
  stones: string[];
  ringSizes: readonly RingSize[];
  engraving: { maxLength: number; allowedCharacters: string; price: number };
  rules: RuleSpec[];
}

const ENGRAVABLE = "A-Za-z0-9 .&'-";
const ALL_METALS = Object.keys(METALS) as Metal[];
const sizesFrom = (first: RingSize) => UK_RING_SIZES.slice(UK_RING_SIZES.indexOf(first));

const CONFIGURATOR_SPECS: ConfiguratorSpec[] = [
  {
    id: 'configurator-engagement-ring',
    title: 'Engagement ring',
    settings: [
      {
        code: 'AURELIA-4',
        name: 'Aurelia four-claw solitaire',
        labour: 1650,
        metalGrams: 4.2,
        stoneShapes: ['round', 'oval', 'cushion', 'radiant', 'princess'],
      },
      { code: 'SIX-CLAW', name: 'Six-claw cathedral solitaire', labour: 1750, metalGrams: 4.6, stoneShapes: ['round', 'cushion'] },
      {
        code: 'HALO',
        name: 'Micro-pavé halo',
        labour: 2850,
        metalGrams: 5.0,
        stoneShapes: ['round', 'oval', 'cushion', 'pear', 'emerald'],
      },
      {
        code: 'THREE-STONE',
        name: 'Three-stone with tapered baguettes',
        labour: 3200,
        metalGrams: 5.4,
        stoneShapes: ['emerald', 'oval', 'radiant'],
      },
      { code: 'BEZEL', name: 'Rubover bezel solitaire', labour: 1500, metalGrams: 4.8, stoneShapes: ['round', 'oval', 'pear'] },
    ],
    metals: ALL_METALS,
    stones: [
      'stone-loose-round-150',
      'stone-loose-round-101',
      'stone-loose-oval-120',
      'stone-loose-cushion-201',
      'stone-loose-emerald-cut-150',
      'stone-loose-pear-090',
      'stone-loose-lab-round-300',
      'stone-loose-lab-radiant-200',
      'stone-loose-lab-round-500',
      'stone-loose-sapphire-oval-250',
    ],
    ringSizes: UK_RING_SIZES,
    engraving: { maxLength: 20, allowedCharacters: ENGRAVABLE, price: 95 },
    rules: [
      {
        setting: 'HALO',
        metal: 'rose-gold-18k',
        message:
          'We set the micro-pavé halo in platinum, white or yellow gold only: rose gold would tint the tiny halo diamonds pink and its fine claws wear quickly.',
      },
      {
        setting: 'SIX-CLAW',
        stoneShape: 'pear',
        message:
          "A pear's point needs a V-shaped claw to protect it, which the six-claw setting does not have. Choose the halo or bezel setting for a pear.",
      },
      {
        setting: 'BEZEL',
        stoneShape: 'emerald',
        message:
          'A rubover bezel would hide the long step facets and corners of an emerald cut. Choose the halo or three-stone setting for it.',
      },
      {
        setting: 'THREE-STONE',
        stoneShape: 'round',
        message:
          'Our three-stone design is drawn around step-cut and oval centres. For a round centre stone, see the Strand three-stone ring or ask client services.',
      },
    ],
  },
  {
    id: 'configurator-wedding-band',
    title: 'Diamond-set wedding band',
    settings: [
      { code: 'COURT-5-FLUSH', name: '5 mm court band, flush-set stone', labour: 850, metalGrams: 9.5, stoneShapes: ['round', 'princess'] },
      {
        code: 'FLAT-6-FLUSH',
        name: '6 mm flat-court band, flush-set stone',
        labour: 950,
        metalGrams: 12,
        stoneShapes: ['round', 'princess', 'asscher'],
      },
      { code: 'KNIFE-BEZEL', name: '2.5 mm knife-edge band, rubover-set stone', labour: 900, metalGrams: 4, stoneShapes: ['round'] },
    ],
    metals: ALL_METALS,
    stones: ['stone-loose-round-030', 'stone-loose-lab-round-030', 'stone-loose-princess-033', 'stone-loose-asscher-035'],
    ringSizes: UK_RING_SIZES,
    engraving: { maxLength: 30, allowedCharacters: ENGRAVABLE, price: 60 },
    rules: [
      ...(['yellow-gold-18k', 'white-gold-18k', 'rose-gold-18k'] as const).map((metal) => ({
        setting: 'KNIFE-BEZEL',
        metal,
        message:
          'We make the knife-edge band in platinum only: at so fine a crest, 18k gold wears thin within a few years, while platinum holds its edge.',
      })),
      {
        setting: 'KNIFE-BEZEL',
        stoneShape: 'princess',
        message:
          "A princess cut's corners would overhang the knife-edge crest and catch. Choose a flush-set court band for a princess cut.",
      },
      {
        setting: 'COURT-5-FLUSH',
        stoneShape: 'asscher',
        message: 'An Asscher cut is too wide at its corners to flush-set safely in a 5 mm band. Choose the 6 mm flat-court band.',
      },
    ],
  },
  {
    id: 'configurator-signet-ring',
    title: 'Stone-set signet ring',
    settings: [
      { code: 'OVAL-STONE', name: 'Oval signet, flush-set stone', labour: 1400, metalGrams: 10, stoneShapes: ['oval', 'round', 'cushion'] },
      {
        code: 'CUSHION-STONE',
        name: 'Cushion signet, stone above engraved initials',
        labour: 1500,
        metalGrams: 11,
        stoneShapes: ['round'],
      },
      { code: 'PINKY-STONE', name: 'Slim pinky signet, rubover-set stone', labour: 1100, metalGrams: 6.5, stoneShapes: ['round', 'oval'] },
    ],
    metals: ['yellow-gold-18k', 'rose-gold-18k', 'white-gold-18k', 'platinum'],
    stones: ['stone-loose-sapphire-oval-120', 'stone-loose-ruby-oval-080', 'stone-loose-emerald-cushion-100', 'stone-loose-round-050'],
    ringSizes: sizesFrom('H'),
    engraving: { maxLength: 24, allowedCharacters: ENGRAVABLE, price: 145 },
    rules: [
      {
        setting: 'CUSHION-STONE',
        metal: 'platinum',
        message:
          'Our engraver cuts the cushion signet’s wide face in 18k gold only: platinum drags the graver and will not take a crisp, deep cut.',
      },
      {
        setting: 'CUSHION-STONE',
        stoneShape: 'oval',
        message:
          'On the cushion signet the stone sits above the engraved initials, where only a small round stone fits. Choose the oval signet for an oval stone.',
      },
      {
        setting: 'PINKY-STONE',
        stoneShape: 'cushion',
        message: 'A cushion stone is too square for the slim pinky face. Choose the oval signet for a cushion-cut stone.',
      },
    ],
  },
];

function configuratorDocument(spec: ConfiguratorSpec): Doc {
  return {
    _id: spec.id,
    _type: 'configurator',
    title: spec.title,
    settings: spec.settings.map((s) => ({
      _type: 'configuratorSetting',
      _key: s.code.toLowerCase(),
      code: s.code,
      name: s.name,
      labour: money(pounds(s.labour)),
      metalGrams: s.metalGrams,
      stoneShapes: s.stoneShapes,
    })),
    metals: spec.metals,
    stones: spec.stones.map((id) => keyedRef(id)),
    ringSizes: [...spec.ringSizes],
    engraving: {
      _type: 'engravingRules',
      maxLength: spec.engraving.maxLength,
      allowedCharacters: spec.engraving.allowedCharacters,
      price: money(pounds(spec.engraving.price)),
    },
    rules: spec.rules.map((r, index) => ({
      _type: 'configuratorRule',
      _key: `rule-${index + 1}`,
      setting: r.setting,
      metal: r.metal,
      stoneShape: r.stoneShape,
      message: r.message,
    })),
  };
}

// ---------------------------------------------------------------------------------------------
// Products
// ---------------------------------------------------------------------------------------------

interface ProductSpec {
  id: string;
  title: string;
  slug: string;
  /** Short code used in SKUs. */
  code: string;
  category: Category;
  metal: Metal;
  /** Price from, VAT included, in pounds. */
  price: number;
  collections: CollectionId[];
  stones?: string[];
  /** Weight of metal in the piece as made in its own metal, in grams (prices the other metals). */
  grams: number;
  /** Made to order: weeks in the atelier (every piece not held in stock). */
  leadTimeWeeks?: number;
  configurator?: string;
  /** Metals offered as variants, the piece's own first; a default by metal otherwise. */
  metals?: Metal[];
  /** UK ring sizes, or lengths such as "45 cm"; a default by category otherwise. */
  sizes?: string[];
  /** Added per size step beyond the first (longer chains, more stones), in pounds. */
  sizeStep?: number;
  /** First paragraph of the description; also the search description (160 characters at most). */
  lead: string;
  more: string;
}

const MENS_SIZES = ['R', 'T', 'V'];
const BRACELET_SIZES = ['16 cm', '17 cm', '18 cm'];

const PRODUCT_SPECS: ProductSpec[] = [
  // The original twelve: ids, titles, slugs, categories, metals and prices are fixed (tests and demo orders use them).
  {
    id: 'product-aurelia-solitaire',
    title: 'Aurelia Solitaire Engagement Ring',
    slug: 'aurelia-solitaire',
    code: 'AUR',
    category: 'ring',
    metal: 'platinum',
    price: 14_500,
    collections: ['collection-bridal'],
    stones: ['stone-aurelia-round-120'],
    grams: 4.2,
    configurator: 'configurator-engagement-ring',
    lead: 'A 1.20 ct round brilliant diamond, GIA-graded D colour and VS1 clarity, held high in a slender four-claw platinum setting.',
    more: 'The claws are drawn fine at the tips so they hold the diamond securely while hiding as little of it as possible, and the band tapers gently to 2 mm at the back. Design your own version, with your choice of centre stone, setting and metal, in our engagement ring configurator.',
  },
  {
    id: 'product-celeste-halo-ring',
    title: 'Celeste Halo Engagement Ring',
    slug: 'celeste-halo-ring',
    code: 'CEL',
    category: 'ring',
    metal: 'platinum',
    price: 9_800,
    collections: ['collection-bridal'],
    stones: ['stone-celeste-cushion-090'],
    grams: 4.8,
    lead: 'A 0.90 ct cushion-cut diamond framed by a halo of micro-pavé brilliants on a platinum band.',
    more: 'The halo adds brilliance and makes the centre stone look larger, and the pavé continues down the shoulders so the ring sparkles from every angle. The gallery is cut away beneath the halo so a wedding band sits flush beside it.',
  },
  {
    id: 'product-regent-emerald-ring',
    title: 'Regent Emerald Three-Stone Ring',
    slug: 'regent-emerald-ring',
    code: 'REG',
    category: 'ring',
    metal: 'yellow-gold-18k',
    price: 32_000,
    collections: ['collection-heritage', 'collection-coloured-stones'],
    stones: ['stone-regent-emerald-210'],
    grams: 5.2,
    lead: 'A 2.10 ct Colombian emerald flanked by two trapeze-cut diamonds in 18k yellow gold, after a 1920s design from our archive.',
    more: 'Colombian emeralds are valued above all for their saturated, faintly bluish green. This stone from Muzo has only minor traditional oiling, as its Gübelin report records, and we set it over an open gallery so that light passes through it.',
  },
  {
    id: 'product-lumen-tennis-bracelet',
    title: 'Lumen Diamond Tennis Bracelet',
    slug: 'lumen-tennis-bracelet',
    code: 'LUM',
    category: 'bracelet',
    metal: 'white-gold-18k',
    price: 9_800,
    collections: ['collection-everyday'],
    grams: 11,
    sizes: BRACELET_SIZES,
    sizeStep: 550,
    lead: 'Fifty-two round brilliant diamonds, 3.00 ct in total, set in 18k white gold with a concealed box clasp.',
    more: 'Each diamond sits in its own four-claw setting, hinged to the next so the bracelet moves like fabric on the wrist. The clasp has a figure-of-eight safety catch, and we check both at every complimentary clean.',
  },
  {
    id: 'product-serein-pearl-studs',
    title: 'Serein Akoya Pearl Studs',
    slug: 'serein-pearl-studs',
    code: 'SRN',
    category: 'earrings',
    metal: 'yellow-gold-18k',
    price: 1_450,
    collections: ['collection-everyday', 'collection-pearls'],
    grams: 1.2,
    metals: ['yellow-gold-18k', 'white-gold-18k'],
    lead: 'A pair of 8 mm Akoya pearls of AAA lustre on 18k yellow gold posts.',
    more: 'Akoya pearls are grown in the cool waters off Japan and prized for their mirror-like lustre. This pair is matched by eye for size, colour and overtone, and the posts carry butterfly backs in solid 18k gold.',
  },
  {
    id: 'product-mayfair-diamond-studs',
    title: 'Mayfair Diamond Studs',
    slug: 'mayfair-diamond-studs',
    code: 'MAY',
    category: 'earrings',
    metal: 'platinum',
    price: 5_200,
    collections: ['collection-everyday', 'collection-bridal'],
    stones: ['stone-mayfair-round-050-a', 'stone-mayfair-round-050-b'],
    grams: 1.6,
    metals: ['platinum', 'white-gold-18k', 'yellow-gold-18k'],
    lead: 'Two round brilliant diamonds of 0.50 ct each, G colour, VS2 clarity, in platinum four-claw settings.',
    more: 'Each diamond carries its own GIA report, and the two are matched for colour, clarity and spread. Screw-back fittings keep them secure, so they can be worn every day without a second thought.',
  },
  {
    id: 'product-thames-eternity-band',
    title: 'Thames Full Eternity Band',
    slug: 'thames-eternity-band',
    code: 'THA',
    category: 'ring',
    metal: 'platinum',
    price: 6_900,
    collections: ['collection-bridal'],
    grams: 4.5,
    lead: 'Twenty-one round brilliant diamonds, 1.50 ct in total, channel-set all the way around a platinum band.',
    more: 'A full eternity band cannot be resized once it is made, so we take particular care over fit: come to the atelier to be measured, or use the ring sizer we send free by post. It is shaped to sit beside any of our engagement rings.',
  },
  {
    id: 'product-belgravia-sapphire-pendant',
    title: 'Belgravia Sapphire Pendant',
    slug: 'belgravia-sapphire-pendant',
    code: 'BEL',
    category: 'necklace',
    metal: 'white-gold-18k',
    price: 11_800,
    collections: ['collection-heritage', 'collection-coloured-stones'],
    stones: ['stone-belgravia-sapphire-305'],
    grams: 4.5,
    sizes: ['45 cm', '50 cm'],
    sizeStep: 90,
    lead: 'A 3.05 ct unheated Ceylon sapphire in a diamond surround, on an 18k white gold chain of 45 cm.',
    more: 'The sapphire is a soft cornflower blue with no heat treatment, as its GRS report confirms. The diamond surround is set in white gold so it reads as a frame of light rather than of metal, and the chain runs through a bail hidden behind the stone.',
  },
  {
    id: 'product-soho-signet-ring',
    title: 'Soho Signet Ring',
    slug: 'soho-signet-ring',
    code: 'SOH',
    category: 'ring',
    metal: 'yellow-gold-18k',
    price: 2_100,
    collections: ['collection-everyday', 'collection-mens'],
    grams: 11,
    sizes: ['K', 'N', 'R', 'U'],
    configurator: 'configurator-signet-ring',
    lead: 'A cushion-shaped signet in solid 18k yellow gold, ready to be hand-engraved in our atelier.',
    more: 'We hand-engrave initials, a monogram or a family crest on the face; allow three weeks for engraving. For a signet with a flush-set sapphire, ruby, emerald or diamond, design your own in the signet configurator.',
  },
  {
    id: 'product-kensington-riviere-necklace',
    title: 'Kensington Rivière Necklace',
    slug: 'kensington-riviere-necklace',
    code: 'KEN',
    category: 'necklace',
    metal: 'platinum',
    price: 54_000,
    collections: ['collection-heritage', 'collection-high-jewellery'],
    grams: 22,
    metals: ['platinum'],
    sizes: ['40 cm', '42 cm'],
    sizeStep: 150,
    lead: 'A graduated rivière of sixty-one old-cut diamonds, 18.40 ct in total, restored from a Victorian original.',
    more: 'Our workshop rebuilt every collet by hand and matched two replacement stones to the Victorian old cuts, whose broad, soft flashes are quite unlike a modern brilliant. A platinum extension link lengthens it to 42 cm. It comes with a written history of the piece and an independent valuation.',
  },
  {
    id: 'product-chelsea-drop-earrings',
    title: 'Chelsea Drop Earrings',
    slug: 'chelsea-drop-earrings',
    code: 'CHE',
    category: 'earrings',
    metal: 'rose-gold-18k',
    price: 7_600,
    collections: ['collection-heritage', 'collection-coloured-stones'],
    grams: 4,
    lead: 'Pear-shaped morganites of 4.20 ct in total, suspended from diamond-set 18k rose gold hoops.',
    more: 'Morganite is the pink-to-peach variety of beryl, a cousin of emerald, and its gentle colour flatters rose gold. The drops hang from hinged links so they fall straight and move freely.',
  },
  {
    id: 'product-hyde-wedding-band',
    title: 'Hyde Court Wedding Band',
    slug: 'hyde-wedding-band',
    code: 'HYD',
    category: 'ring',
    metal: 'platinum',
    price: 1_800,
    collections: ['collection-bridal'],
    grams: 6,
    metals: ['platinum', 'yellow-gold-18k'],
    sizes: ['J', 'L', 'N', 'R', 'T'],
    lead: 'A 3 mm court-profile band in polished platinum, comfortable for a lifetime of wear.',
    more: 'A court profile is domed inside and out, so the band slides easily over the knuckle and sits comfortably all day. We engrave a date or a few words inside at no charge.',
  },

  // Bridal and engagement rings.
  {
    id: 'product-marylebone-oval-solitaire',
    title: 'Marylebone Oval Solitaire Ring',
    slug: 'marylebone-oval-solitaire',
    code: 'MAR',
    category: 'ring',
    metal: 'platinum',
    price: 18_500,
    collections: ['collection-bridal'],
    stones: ['stone-marylebone-oval-151'],
    grams: 4.6,
    leadTimeWeeks: 4,
    configurator: 'configurator-engagement-ring',
    lead: 'A 1.51 ct oval diamond, GIA-graded E colour and VS2 clarity, held in four slim claws on a tapering platinum band.',
    more: 'The oval is cut long and bright, at a ratio of 1.40 to 1, so it lengthens the finger. Its gallery sits low enough for a wedding band to lie flush beside it.',
  },
  {
    id: 'product-ophelia-pear-ring',
    title: 'Ophelia Pear Diamond Ring',
    slug: 'ophelia-pear-ring',
    code: 'OPH',
    category: 'ring',
    metal: 'platinum',
    price: 12_400,
    collections: ['collection-bridal'],
    stones: ['stone-ophelia-pear-102'],
    grams: 4.2,
    leadTimeWeeks: 4,
    lead: 'A 1.02 ct pear-shaped diamond, F colour and VVS2 clarity, with a V-shaped claw guarding its point on a knife-edge platinum band.',
    more: 'We chose this pear for its even shoulders and crisp point, with no bow-tie shadow across its centre. Worn point towards the fingertip, it draws the eye along the hand.',
  },
  {
    id: 'product-savoy-emerald-cut-ring',
    title: 'Savoy Emerald-Cut Diamond Ring',
    slug: 'savoy-emerald-cut-ring',
    code: 'SAV',
    category: 'ring',
    metal: 'platinum',
    price: 36_500,
    collections: ['collection-high-jewellery', 'collection-bridal'],
    stones: ['stone-savoy-emerald-cut-252'],
    grams: 5.8,
    leadTimeWeeks: 6,
    lead: 'A 2.52 ct emerald-cut diamond of D colour and VVS1 clarity, flanked by tapered baguettes in a platinum setting of Art Deco restraint.',
    more: 'An emerald cut hides nothing, so its clarity must be exceptional. This stone’s long step facets give the hall-of-mirrors flash the cut is prized for, and the baguettes carry its lines into the band. It comes with its GIA report and an independent valuation for insurance.',
  },
  {
    id: 'product-sovereign-round-solitaire',
    title: 'Sovereign Round Diamond Solitaire',
    slug: 'sovereign-round-solitaire',
    code: 'SOV',
    category: 'ring',
    metal: 'platinum',
    price: 58_500,
    collections: ['collection-high-jewellery', 'collection-bridal'],
    stones: ['stone-sovereign-round-351'],
    grams: 5.2,
    leadTimeWeeks: 6,
    lead: 'A 3.51 ct round brilliant diamond of D colour, VVS2 clarity and triple-excellent cut, in a six-claw platinum crown.',
    more: 'Diamonds of this size and colour reach us only a few times a year. The crown is pierced and polished inside by hand so the stone takes in as much light as possible, and the band is forged rather than cast, for strength.',
  },
  {
    id: 'product-lyra-lab-grown-solitaire',
    title: 'Lyra Laboratory-Grown Solitaire',
    slug: 'lyra-lab-grown-solitaire',
    code: 'LYR',
    category: 'ring',
    metal: 'platinum',
    price: 3_950,
    collections: ['collection-lab-grown', 'collection-bridal'],
    stones: ['stone-lyra-lab-round-201'],
    grams: 4.2,
    leadTimeWeeks: 3,
    configurator: 'configurator-engagement-ring',
    lead: 'A 2.01 ct laboratory-grown round brilliant diamond, E colour and VVS2 clarity, IGI-certified, in our four-claw platinum solitaire.',
    more: 'Laboratory-grown diamonds are chemically, physically and optically the same as mined ones; a laser inscription on the girdle records this one’s origin. The setting is the one we use for our natural solitaires, made in the same atelier by the same hands.',
  },
  {
    id: 'product-vesper-lab-grown-oval',
    title: 'Vesper Laboratory-Grown Oval Ring',
    slug: 'vesper-lab-grown-oval',
    code: 'VES',
    category: 'ring',
    metal: 'yellow-gold-18k',
    price: 3_200,
    collections: ['collection-lab-grown'],
    stones: ['stone-vesper-lab-oval-250'],
    grams: 3.8,
    leadTimeWeeks: 3,
    lead: 'A 2.50 ct laboratory-grown oval diamond, F colour and VS1 clarity, set east to west in a rubbed-over 18k yellow gold collet.',
    more: 'Set sideways, the oval lies low across the finger and wears easily every day. The collet protects the edge of the stone and frames it in warm gold.',
  },
  {
    id: 'product-strand-three-stone-ring',
    title: 'Strand Three-Stone Diamond Ring',
    slug: 'strand-three-stone-ring',
    code: 'STR',
    category: 'ring',
    metal: 'platinum',
    price: 16_200,
    collections: ['collection-bridal'],
    stones: ['stone-strand-round-101'],
    grams: 5.4,
    leadTimeWeeks: 5,
    lead: 'A 1.01 ct round brilliant diamond, G colour and VS1 clarity, between two 0.30 ct brilliants in a platinum three-stone setting.',
    more: 'Three stones for past, present and future: the oldest story in engagement rings. The side stones are matched to the centre for colour and brilliance, and neighbouring stones share their claws so the three read as a single line of light.',
  },
  {
    id: 'product-temple-asscher-ring',
    title: 'Temple Asscher-Cut Diamond Ring',
    slug: 'temple-asscher-ring',
    code: 'TMP',
    category: 'ring',
    metal: 'platinum',
    price: 21_800,
    collections: ['collection-heritage', 'collection-bridal'],
    stones: ['stone-temple-asscher-170'],
    grams: 5,
    leadTimeWeeks: 5,
    lead: 'A 1.70 ct Asscher-cut diamond, E colour and VVS2 clarity, in a four-claw platinum setting with milgrain edges after a 1920s original.',
    more: 'The Asscher, a square step cut with cropped corners, was first cut in Amsterdam in 1902 and became a signature of the Art Deco years. Look down into it and you see the concentric squares that jewellers call the windmill.',
  },
  {
    id: 'product-cordelia-marquise-ring',
    title: 'Cordelia Marquise Diamond Ring',
    slug: 'cordelia-marquise-ring',
    code: 'COR',
    category: 'ring',
    metal: 'yellow-gold-18k',
    price: 9_600,
    collections: ['collection-heritage'],
    stones: ['stone-cordelia-marquise-105'],
    grams: 4,
    leadTimeWeeks: 4,
    lead: 'A 1.05 ct marquise diamond, G colour and VS1 clarity, held by V-shaped claws at each point on a split 18k yellow gold shank.',
    more: 'The marquise is said to have been cut for Louis XV to recall the smile of Madame de Pompadour. Its long outline makes a modest carat weight look generous, and the shank divides beneath it in the manner of a Georgian ring.',
  },
  {
    id: 'product-whitehall-radiant-ring',
    title: 'Whitehall Radiant-Cut Diamond Ring',
    slug: 'whitehall-radiant-ring',
    code: 'WHT',
    category: 'ring',
    metal: 'white-gold-18k',
    price: 11_900,
    collections: ['collection-bridal'],
    stones: ['stone-whitehall-radiant-130'],
    grams: 4.4,
    leadTimeWeeks: 4,
    lead: 'A 1.30 ct radiant-cut diamond, F colour and VS1 clarity, HRD-certified, over a hidden halo of pavé diamonds in 18k white gold.',
    more: 'The radiant pairs the outline of an emerald cut with the fire of a brilliant, and its trimmed corners make it a practical choice for busy hands. The hidden halo shows only from the side, as a flash of light beneath the stone.',
  },
  {
    id: 'product-holborn-princess-solitaire',
    title: 'Holborn Princess-Cut Solitaire',
    slug: 'holborn-princess-solitaire',
    code: 'HOL',
    category: 'ring',
    metal: 'platinum',
    price: 7_400,
    collections: ['collection-bridal'],
    stones: ['stone-holborn-princess-100'],
    grams: 4,
    leadTimeWeeks: 4,
    lead: 'A 1.00 ct princess-cut diamond, G colour and SI1 clarity, eye-clean, its four corners protected by V-shaped platinum claws.',
    more: 'A princess cut carries much of its weight in its face, so it looks larger than a round of the same weight. Every SI1 diamond we sell has been checked under the loupe and by eye to be free of visible inclusions.',
  },
  {
    id: 'product-hanover-lab-grown-emerald-cut',
    title: 'Hanover Laboratory-Grown Emerald-Cut Ring',
    slug: 'hanover-lab-grown-emerald-cut',
    code: 'HAN',
    category: 'ring',
    metal: 'platinum',
    price: 4_300,
    collections: ['collection-lab-grown', 'collection-bridal'],
    stones: ['stone-hanover-lab-emerald-cut-302'],
    grams: 4.6,
    leadTimeWeeks: 3,
    lead: 'A 3.02 ct laboratory-grown emerald-cut diamond, F colour and VVS2 clarity, IGI-certified, in a four-claw platinum setting.',
    more: 'A step cut shows every detail of a stone, so we chose a laboratory-grown diamond of very high clarity. The claws are shaped to protect its cut corners, and the slim band leaves the long outline of the stone to speak for itself.',
  },
  {
    id: 'product-pimlico-half-eternity-ring',
    title: 'Pimlico Half Eternity Ring',
    slug: 'pimlico-half-eternity-ring',
    code: 'PIM',
    category: 'ring',
    metal: 'platinum',
    price: 3_400,
    collections: ['collection-bridal', 'collection-everyday'],
    grams: 3.5,
    leadTimeWeeks: 3,
    lead: 'Eleven round brilliant diamonds, 0.75 ct in total, G colour and VS clarity, claw-set across the top of a 2.5 mm platinum band.',
    more: 'Setting stones across the top half only means the ring can be resized later in life. It is shaped to sit flush beside our solitaires, and worn alone it makes a quiet everyday ring.',
  },
  {
    id: 'product-kew-diamond-wedding-band',
    title: 'Kew Diamond Wedding Band',
    slug: 'kew-diamond-wedding-band',
    code: 'KEW',
    category: 'ring',
    metal: 'platinum',
    price: 3_250,
    collections: ['collection-bridal'],
    stones: ['stone-kew-round-030'],
    grams: 9.5,
    leadTimeWeeks: 3,
    configurator: 'configurator-wedding-band',
    lead: 'A single 0.30 ct round brilliant diamond, F colour and VS1 clarity, flush-set into a 5 mm court-profile platinum wedding band.',
    more: 'Flush setting sinks the diamond into the metal so nothing can catch. Choose your own stone, metal and inscription in the wedding band configurator; every band is made to order in Hatton Garden.',
  },
  {
    id: 'product-southwark-knife-edge-band',
    title: 'Southwark Knife-Edge Diamond Band',
    slug: 'southwark-knife-edge-band',
    code: 'SWK',
    category: 'ring',
    metal: 'platinum',
    price: 2_950,
    collections: ['collection-bridal'],
    stones: ['stone-southwark-round-031'],
    grams: 4,
    leadTimeWeeks: 3,
    configurator: 'configurator-wedding-band',
    metals: ['platinum'],
    sizes: ['J', 'K', 'L', 'M', 'N'],
    lead: 'A 2.5 mm knife-edge platinum band carrying a 0.31 ct round brilliant diamond in a rubbed-over collet at its crest.',
    more: 'The knife edge catches a fine line of light along its crest and looks far slimmer than its 2.5 mm. We make it in platinum only: at so fine an edge, gold would wear thin within a few years.',
  },

  // Coloured stone rings.
  {
    id: 'product-portia-sapphire-ring',
    title: 'Portia Sapphire and Diamond Ring',
    slug: 'portia-sapphire-ring',
    code: 'POR',
    category: 'ring',
    metal: 'platinum',
    price: 13_800,
    collections: ['collection-coloured-stones', 'collection-bridal'],
    stones: ['stone-portia-sapphire-202'],
    grams: 4.8,
    leadTimeWeeks: 5,
    lead: 'A 2.02 ct Ceylon sapphire of cornflower blue, framed by a halo of fourteen round brilliant diamonds in platinum.',
    more: 'Sri Lanka has supplied sapphires to London jewellers for two centuries. This one has been gently heated, as most fine sapphires are, and its GRS report says so plainly. Sapphire is second only to diamond in hardness, which makes it a fine stone for a ring worn every day.',
  },
  {
    id: 'product-rosalind-ruby-ring',
    title: 'Rosalind Ruby Cluster Ring',
    slug: 'rosalind-ruby-ring',
    code: 'ROS',
    category: 'ring',
    metal: 'yellow-gold-18k',
    price: 15_600,
    collections: ['collection-coloured-stones', 'collection-heritage'],
    stones: ['stone-rosalind-ruby-152'],
    grams: 4.6,
    leadTimeWeeks: 6,
    lead: 'A 1.52 ct unheated Mozambique ruby within a cluster of ten old-cut diamonds, in 18k yellow gold with a platinum-topped setting.',
    more: 'Clusters like this were the engagement rings of the Victorian era. An unheated ruby of this size and colour is rare, and its Gübelin report confirms no treatment. The diamonds are set in platinum so they stay bright beside the red.',
  },
  {
    id: 'product-octavia-emerald-ring',
    title: 'Octavia Emerald Cocktail Ring',
    slug: 'octavia-emerald-ring',
    code: 'OCT',
    category: 'ring',
    metal: 'yellow-gold-18k',
    price: 24_500,
    collections: ['collection-coloured-stones', 'collection-high-jewellery'],
    stones: ['stone-octavia-emerald-312'],
    grams: 6.5,
    leadTimeWeeks: 8,
    lead: 'A 3.12 ct Zambian emerald, emerald cut, within a double border of round brilliants on a sculpted 18k yellow gold cocktail ring.',
    more: 'Zambian emeralds are a deeper, slightly bluer green than most Colombian stones. This one has only minor traditional oiling, confirmed by SSEF, and its gallery is pierced by hand so light reaches it from below.',
  },
  {
    id: 'product-juno-sapphire-ring',
    title: 'Juno Madagascar Sapphire Ring',
    slug: 'juno-sapphire-ring',
    code: 'JUN',
    category: 'ring',
    metal: 'platinum',
    price: 29_000,
    collections: ['collection-coloured-stones', 'collection-high-jewellery'],
    stones: ['stone-juno-sapphire-405'],
    grams: 5.6,
    leadTimeWeeks: 8,
    lead: 'A 4.05 ct unheated Madagascar sapphire, oval, between two half-moon diamonds in a hand-made platinum setting.',
    more: 'Unheated blue sapphires above four carats are rare from any source. This one, from Ilakaka in southern Madagascar, is a velvety royal blue, and its SSEF report confirms no heating. The half-moons were cut to follow its curve.',
  },
  {
    id: 'product-greenwich-ruby-eternity-ring',
    title: 'Greenwich Ruby Half Eternity Ring',
    slug: 'greenwich-ruby-eternity-ring',
    code: 'GRN',
    category: 'ring',
    metal: 'rose-gold-18k',
    price: 4_200,
    collections: ['collection-coloured-stones', 'collection-everyday'],
    grams: 3.2,
    leadTimeWeeks: 4,
    lead: 'Nine oval rubies, 1.10 ct in total, alternating with eight round brilliant diamonds across the top of an 18k rose gold band.',
    more: 'Rubies and rose gold warm each other. The stones are claw-set low, so the ring sits comfortably beside an engagement ring or stacks with other bands.',
  },
  {
    id: 'product-primrose-morganite-ring',
    title: 'Primrose Morganite Ring',
    slug: 'primrose-morganite-ring',
    code: 'PRI',
    category: 'ring',
    metal: 'rose-gold-18k',
    price: 2_650,
    collections: ['collection-coloured-stones'],
    grams: 4,
    leadTimeWeeks: 4,
    lead: 'A 3.20 ct cushion-cut morganite of soft peach pink, framed by a halo of round brilliant diamonds in 18k rose gold.',
    more: 'Morganite is a pink beryl, named after the banker and gem collector J. P. Morgan. It is hard enough for a ring worn often, and its colour glows against rose gold.',
  },

  // Men's rings and signets.
  {
    id: 'product-wapping-mens-diamond-band',
    title: "Wapping Men's Diamond Band",
    slug: 'wapping-mens-diamond-band',
    code: 'WAP',
    category: 'ring',
    metal: 'platinum',
    price: 4_600,
    collections: ['collection-mens', 'collection-bridal'],
    stones: ['stone-wapping-princess-032'],
    grams: 12,
    leadTimeWeeks: 3,
    configurator: 'configurator-wedding-band',
    sizes: MENS_SIZES,
    lead: 'A 6 mm flat-court platinum band with a 0.32 ct princess-cut diamond, G colour and VS1 clarity, flush-set at its centre.',
    more: 'Heavy enough to feel substantial, with its inside edges rounded so it is comfortable all day. The brushed face can be polished back to a mirror finish at any of our complimentary annual cleans.',
  },
  {
    id: 'product-westminster-mens-wedding-band',
    title: "Westminster Men's Wedding Band",
    slug: 'westminster-mens-wedding-band',
    code: 'WES',
    category: 'ring',
    metal: 'platinum',
    price: 2_350,
    collections: ['collection-mens', 'collection-bridal'],
    grams: 12,
    leadTimeWeeks: 3,
    sizes: MENS_SIZES,
    lead: 'A 6 mm flat-court wedding band in solid platinum, weighing about 12 g, with a brushed face and polished edges.',
    more: 'Platinum suits a band worn every day for life: it is dense and naturally white, and when it is scratched the metal moves aside rather than wearing away. We engrave an inscription inside at no charge.',
  },
  {
    id: 'product-highgate-sapphire-signet',
    title: 'Highgate Sapphire Signet Ring',
    slug: 'highgate-sapphire-signet',
    code: 'HIG',
    category: 'ring',
    metal: 'yellow-gold-18k',
    price: 4_900,
    collections: ['collection-mens', 'collection-coloured-stones'],
    stones: ['stone-highgate-sapphire-105'],
    grams: 10,
    leadTimeWeeks: 4,
    configurator: 'configurator-signet-ring',
    sizes: MENS_SIZES,
    lead: 'An oval 18k yellow gold signet with a 1.05 ct Ceylon sapphire flush-set at the centre of its polished face.',
    more: 'Signets were once pressed into sealing wax; today they are worn for family, for a milestone, or simply because they suit the hand. Add an inscription inside the shank, or design your own stone-set signet in the configurator.',
  },
  {
    id: 'product-ludgate-diamond-signet',
    title: 'Ludgate Diamond Signet Ring',
    slug: 'ludgate-diamond-signet',
    code: 'LUD',
    category: 'ring',
    metal: 'white-gold-18k',
    price: 5_400,
    collections: ['collection-mens'],
    stones: ['stone-ludgate-round-050'],
    grams: 10,
    leadTimeWeeks: 4,
    configurator: 'configurator-signet-ring',
    sizes: MENS_SIZES,
    lead: 'A 0.50 ct round brilliant diamond, G colour and VS1 clarity, flush-set into the face of an oval 18k white gold signet.',
    more: 'A modern signet: the diamond sits in a polished face within a brushed border, so it reads as a point of light rather than a statement. The shank tapers towards the palm for comfort.',
  },

  // Necklaces.
  {
    id: 'product-piccadilly-solitaire-pendant',
    title: 'Piccadilly Diamond Solitaire Pendant',
    slug: 'piccadilly-solitaire-pendant',
    code: 'PIC',
    category: 'necklace',
    metal: 'white-gold-18k',
    price: 2_950,
    collections: ['collection-everyday'],
    stones: ['stone-piccadilly-round-050'],
    grams: 2.6,
    leadTimeWeeks: 3,
    sizes: ['40 cm', '45 cm'],
    sizeStep: 60,
    lead: 'A 0.50 ct round brilliant diamond, F colour and VS2 clarity, in a four-claw 18k white gold setting on a fine trace chain.',
    more: 'The bail is hidden behind the setting, so only the diamond and the chain show. The trace chain is light enough to wear day and night and strong enough not to worry about.',
  },
  {
    id: 'product-hampstead-akoya-strand',
    title: 'Hampstead Akoya Pearl Strand',
    slug: 'hampstead-akoya-strand',
    code: 'HAM',
    category: 'necklace',
    metal: 'yellow-gold-18k',
    price: 3_800,
    collections: ['collection-pearls', 'collection-everyday'],
    grams: 3,
    leadTimeWeeks: 4,
    metals: ['yellow-gold-18k', 'white-gold-18k'],
    sizes: ['42 cm', '45 cm', '50 cm'],
    sizeStep: 350,
    lead: 'Akoya pearls of 7 to 7.5 mm with AAA lustre, hand-knotted on silk and finished with an 18k yellow gold ball clasp.',
    more: 'Every pearl is matched by eye for colour, size and lustre. We knot between each one so that, should the silk ever break, no more than one pearl can fall, and we restring our own strands free of charge.',
  },
  {
    id: 'product-seraphina-south-sea-necklace',
    title: 'Seraphina South Sea Pearl Necklace',
    slug: 'seraphina-south-sea-necklace',
    code: 'SER',
    category: 'necklace',
    metal: 'yellow-gold-18k',
    price: 14_500,
    collections: ['collection-pearls', 'collection-high-jewellery'],
    grams: 4,
    leadTimeWeeks: 6,
    metals: ['yellow-gold-18k'],
    sizes: ['45 cm', '50 cm'],
    sizeStep: 2_200,
    lead: 'A graduated strand of golden South Sea pearls, 11 to 14 mm, from the Philippines, with a pavé diamond clasp in 18k yellow gold.',
    more: 'Golden South Sea pearls grow in the gold-lipped Pinctada maxima oyster and take two years or more to form. Their colour is natural, never dyed, and deepens by candlelight. The clasp is made to be worn at the side, as a jewel in its own right.',
  },
  {
    id: 'product-richmond-emerald-pendant',
    title: 'Richmond Emerald Pendant',
    slug: 'richmond-emerald-pendant',
    code: 'RIC',
    category: 'necklace',
    metal: 'yellow-gold-18k',
    price: 8_400,
    collections: ['collection-coloured-stones'],
    stones: ['stone-richmond-emerald-148'],
    grams: 3.2,
    leadTimeWeeks: 5,
    sizes: ['42 cm', '45 cm'],
    sizeStep: 90,
    lead: 'A 1.48 ct pear-shaped Colombian emerald in a fine border of round brilliant diamonds, hung from an 18k yellow gold chain.',
    more: 'The emerald comes from Muzo, whose stones are prized for their pure, grassy green. Its inclusions, the jardin, are the garden every natural emerald carries, and its GRS report confirms only minor oil, the traditional treatment.',
  },
  {
    id: 'product-nova-lab-grown-pendant',
    title: 'Nova Laboratory-Grown Diamond Pendant',
    slug: 'nova-lab-grown-pendant',
    code: 'NOV',
    category: 'necklace',
    metal: 'white-gold-18k',
    price: 1_650,
    collections: ['collection-lab-grown', 'collection-everyday'],
    stones: ['stone-nova-lab-round-100'],
    grams: 2.2,
    leadTimeWeeks: 3,
    sizes: ['40 cm', '45 cm'],
    sizeStep: 60,
    lead: 'A 1.00 ct laboratory-grown round brilliant diamond, D colour and VVS1 clarity, in a three-claw 18k white gold pendant.',
    more: 'Three claws show more of a stone than four, which suits a pendant seen from every angle. The diamond was grown in the United States and graded by IGI, and its report number is inscribed on the girdle.',
  },
  {
    id: 'product-tower-diamond-line-necklace',
    title: 'Tower Diamond Line Necklace',
    slug: 'tower-diamond-line-necklace',
    code: 'TOW',
    category: 'necklace',
    metal: 'platinum',
    price: 26_000,
    collections: ['collection-high-jewellery'],
    grams: 18,
    leadTimeWeeks: 10,
    sizes: ['40 cm', '42 cm'],
    sizeStep: 1_200,
    lead: 'One hundred and twelve round brilliant diamonds, 11.20 ct in total, each in its own four-claw platinum setting, articulated link by link.',
    more: 'A line necklace must move like fabric. Each setting is hinged to the next by hand, so the necklace lies flat along the collarbone without kinking, and the diamonds are matched to G colour and VS clarity throughout.',
  },
  {
    id: 'product-covent-diamond-lariat',
    title: 'Covent Diamond Lariat',
    slug: 'covent-diamond-lariat',
    code: 'COV',
    category: 'necklace',
    metal: 'rose-gold-18k',
    price: 4_200,
    collections: ['collection-everyday'],
    grams: 7,
    leadTimeWeeks: 4,
    sizes: ['50 cm', '60 cm'],
    sizeStep: 450,
    lead: 'A fine 18k rose gold lariat that slips through a diamond-set loop, with two pear-shaped diamond drops at its ends.',
    more: 'Wear it high and close, or let it fall long over knitwear. The drops are set in rubbed-over collets, so there is nothing to catch on fabric.',
  },
  {
    id: 'product-imogen-ruby-pendant',
    title: 'Imogen Ruby Drop Pendant',
    slug: 'imogen-ruby-pendant',
    code: 'IMO',
    category: 'necklace',
    metal: 'rose-gold-18k',
    price: 6_900,
    collections: ['collection-coloured-stones'],
    stones: ['stone-imogen-ruby-102'],
    grams: 2.8,
    leadTimeWeeks: 4,
    sizes: ['42 cm', '45 cm'],
    sizeStep: 80,
    lead: 'A 1.02 ct pear-shaped Mozambique ruby, suspended below a single round brilliant diamond on an 18k rose gold chain.',
    more: 'The ruby has been heated, as almost all rubies are, to bring out its colour, and its GRS report records it. Hung from a diamond that moves freely, it catches the light with every turn of the head.',
  },
  {
    id: 'product-fitzrovia-paperclip-chain',
    title: 'Fitzrovia Paperclip Chain',
    slug: 'fitzrovia-paperclip-chain',
    code: 'FIT',
    category: 'necklace',
    metal: 'yellow-gold-18k',
    price: 2_250,
    collections: ['collection-everyday'],
    grams: 9,
    leadTimeWeeks: 2,
    sizes: ['42 cm', '45 cm', '50 cm'],
    sizeStep: 150,
    lead: 'Elongated links of solid 18k yellow gold, polished by hand and closed with a concealed trigger clasp.',
    more: 'Ours are cut from solid wire rather than hollow tube, and every link is soldered closed so it cannot pull open. Wear it alone, or layered with a pendant on a finer chain.',
  },
  {
    id: 'product-victoria-sapphire-riviere',
    title: 'Victoria Sapphire Rivière',
    slug: 'victoria-sapphire-riviere',
    code: 'VIC',
    category: 'necklace',
    metal: 'white-gold-18k',
    price: 42_000,
    collections: ['collection-high-jewellery', 'collection-coloured-stones'],
    grams: 22,
    leadTimeWeeks: 14,
    metals: ['white-gold-18k'],
    sizes: ['40 cm', '42 cm'],
    sizeStep: 2_500,
    lead: 'Thirty-one oval Ceylon sapphires, 24.60 ct in total, each framed in diamonds and graduated towards a centre stone of 2.10 ct.',
    more: 'Matching thirty-one sapphires for colour took our buyer the best part of two years. The collets are joined by hand and pierced at the back so light passes through each stone, and the necklace is made to the client’s length.',
  },
  {
    id: 'product-dover-street-tahitian-pendant',
    title: 'Dover Street Tahitian Pearl Pendant',
    slug: 'dover-street-tahitian-pendant',
    code: 'DOV',
    category: 'necklace',
    metal: 'white-gold-18k',
    price: 1_250,
    collections: ['collection-pearls'],
    grams: 2.2,
    leadTimeWeeks: 3,
    sizes: ['42 cm', '45 cm'],
    sizeStep: 60,
    lead: 'A 12 mm Tahitian pearl with a peacock overtone, hung from a diamond-set 18k white gold bail on a fine trace chain.',
    more: 'Tahitian pearls grow in the black-lipped oyster of French Polynesia, and no two share quite the same colour. We choose round pearls with a bright, unbroken lustre and an overtone between green and aubergine.',
  },

  // Earrings.
  {
    id: 'product-clerkenwell-diamond-hoops',
    title: 'Clerkenwell Diamond Hoops',
    slug: 'clerkenwell-diamond-hoops',
    code: 'CLK',
    category: 'earrings',
    metal: 'white-gold-18k',
    price: 3_600,
    collections: ['collection-everyday'],
    grams: 5,
    leadTimeWeeks: 3,
    metals: ['white-gold-18k', 'yellow-gold-18k', 'rose-gold-18k'],
    lead: 'Slim 18k white gold hoops, 20 mm across, set on the outer face with forty round brilliant diamonds, 0.80 ct in total.',
    more: 'A hinged post closes into a hidden catch with a click you can hear, so the hoops stay put. They are small enough for every day and bright enough for the evening.',
  },
  {
    id: 'product-hatton-lab-grown-studs',
    title: 'Hatton Laboratory-Grown Diamond Studs',
    slug: 'hatton-lab-grown-studs',
    code: 'HAT',
    category: 'earrings',
    metal: 'platinum',
    price: 1_850,
    collections: ['collection-lab-grown', 'collection-everyday'],
    stones: ['stone-hatton-lab-round-100-a', 'stone-hatton-lab-round-100-b'],
    grams: 2,
    leadTimeWeeks: 3,
    metals: ['platinum', 'white-gold-18k', 'yellow-gold-18k'],
    lead: 'A matched pair of 1.00 ct laboratory-grown round brilliant diamonds, E colour and VS1 clarity, in four-claw platinum settings.',
    more: 'Each stone carries its own IGI report and a laser inscription. The posts have screw-back fittings, which we recommend for studs of this size so they can never work loose.',
  },
  {
    id: 'product-portobello-pearl-drops',
    title: 'Portobello Pearl Drop Earrings',
    slug: 'portobello-pearl-drops',
    code: 'PRT',
    category: 'earrings',
    metal: 'yellow-gold-18k',
    price: 2_400,
    collections: ['collection-pearls'],
    grams: 2.4,
    leadTimeWeeks: 4,
    metals: ['yellow-gold-18k', 'white-gold-18k'],
    lead: 'White South Sea pearls of 11 mm, each hung from a round brilliant diamond on 18k yellow gold lever-backs.',
    more: 'South Sea pearls have a thick nacre that gives them their satin lustre. These are a carefully matched pair: the same size, the same silvery-white body colour and the same gentle pink overtone.',
  },
  {
    id: 'product-viola-sapphire-drops',
    title: 'Viola Sapphire Drop Earrings',
    slug: 'viola-sapphire-drops',
    code: 'VIO',
    category: 'earrings',
    metal: 'white-gold-18k',
    price: 9_200,
    collections: ['collection-coloured-stones'],
    grams: 3.6,
    leadTimeWeeks: 6,
    lead: 'Pear-shaped Ceylon sapphires, 3.40 ct in total, below diamond-set hoops in 18k white gold, moving with every turn of the head.',
    more: 'Each sapphire hangs from a hinged link so it swings freely. The two were chosen from a parcel of stones from the same Ratnapura dealer, to match in hue and depth of colour.',
  },
  {
    id: 'product-iris-emerald-studs',
    title: 'Iris Emerald Cluster Studs',
    slug: 'iris-emerald-studs',
    code: 'IRI',
    category: 'earrings',
    metal: 'yellow-gold-18k',
    price: 4_800,
    collections: ['collection-coloured-stones'],
    grams: 2.8,
    leadTimeWeeks: 4,
    metals: ['yellow-gold-18k', 'white-gold-18k'],
    lead: 'Round Colombian emeralds, 1.20 ct in total, each ringed by ten round brilliant diamonds in 18k yellow gold cluster studs.',
    more: 'A cluster makes the most of emerald’s colour: the diamonds around it lift the green and guard its edge, which matters for a stone softer than sapphire or diamond.',
  },
  {
    id: 'product-knightsbridge-chandelier-earrings',
    title: 'Knightsbridge Chandelier Earrings',
    slug: 'knightsbridge-chandelier-earrings',
    code: 'KNI',
    category: 'earrings',
    metal: 'platinum',
    price: 38_000,
    collections: ['collection-high-jewellery'],
    grams: 12,
    leadTimeWeeks: 12,
    lead: 'Three tiers of pear, marquise and round brilliant diamonds, 8.60 ct in total, articulated in platinum and falling 55 mm from the ear.',
    more: 'Chandelier earrings are judged by how they move. Every element is hinged, and the weight is carried by a concealed lever-back, so they stay comfortable through a long evening.',
  },
  {
    id: 'product-notting-hill-huggies',
    title: 'Notting Hill Diamond Huggies',
    slug: 'notting-hill-huggies',
    code: 'NOT',
    category: 'earrings',
    metal: 'rose-gold-18k',
    price: 1_450,
    collections: ['collection-everyday'],
    grams: 3,
    leadTimeWeeks: 2,
    metals: ['rose-gold-18k', 'yellow-gold-18k', 'white-gold-18k'],
    lead: 'Small 18k rose gold hoops, 12 mm across, that hug the lobe, set with fourteen round brilliant diamonds, 0.28 ct in total.',
    more: 'Huggies are the earrings clients tell us they forget they are wearing. They close with a hinged clicker and can be worn alone or beside a stud in a second piercing.',
  },
  {
    id: 'product-somerset-ruby-cluster-earrings',
    title: 'Somerset Ruby Cluster Earrings',
    slug: 'somerset-ruby-cluster-earrings',
    code: 'SOM',
    category: 'earrings',
    metal: 'yellow-gold-18k',
    price: 7_200,
    collections: ['collection-coloured-stones', 'collection-heritage'],
    grams: 4.4,
    leadTimeWeeks: 6,
    lead: 'Cushion-shaped Mozambique rubies, 1.60 ct in total, within borders of old-cut diamonds, in 18k yellow gold after a Georgian design.',
    more: 'Our archive drawing dates from about 1810, when rubies and old-mine diamonds were set in gold with closed backs. We have opened the backs so light can pass through the stones: the one liberty we took with the original.',
  },
  {
    id: 'product-tavistock-lab-grown-drops',
    title: 'Tavistock Laboratory-Grown Pear Drops',
    slug: 'tavistock-lab-grown-drops',
    code: 'TAV',
    category: 'earrings',
    metal: 'white-gold-18k',
    price: 3_900,
    collections: ['collection-lab-grown'],
    stones: ['stone-tavistock-lab-pear-150-a', 'stone-tavistock-lab-pear-150-b'],
    grams: 3,
    leadTimeWeeks: 4,
    metals: ['white-gold-18k', 'yellow-gold-18k', 'rose-gold-18k'],
    lead: 'A pair of 1.50 ct laboratory-grown pear-shaped diamonds, F colour and VS1 clarity, hanging from diamond studs in 18k white gold.',
    more: 'The pears are matched in outline and proportion so they fall as a true pair, and each has its own IGI report. The studs above them are set with laboratory-grown diamonds too.',
  },

  // Bracelets.
  {
    id: 'product-cadogan-diamond-line-bracelet',
    title: 'Cadogan Diamond Line Bracelet',
    slug: 'cadogan-diamond-line-bracelet',
    code: 'CAD',
    category: 'bracelet',
    metal: 'platinum',
    price: 14_800,
    collections: ['collection-high-jewellery'],
    grams: 16,
    leadTimeWeeks: 6,
    sizes: BRACELET_SIZES,
    sizeStep: 850,
    lead: 'Fifty-six round brilliant diamonds, 5.00 ct in total, F colour and VS clarity, in four-claw platinum settings with a double safety clasp.',
    more: 'Where the Lumen is light enough for every day, the Cadogan is its evening counterpart: larger stones set a little higher, so that more light enters each one. The box clasp is closed by two figure-of-eight catches.',
  },
  {
    id: 'product-holland-park-bangle',
    title: 'Holland Park Bangle',
    slug: 'holland-park-bangle',
    code: 'HPB',
    category: 'bracelet',
    metal: 'yellow-gold-18k',
    price: 4_650,
    collections: ['collection-everyday'],
    grams: 18,
    leadTimeWeeks: 4,
    sizes: BRACELET_SIZES,
    sizeStep: 150,
    lead: 'A hinged oval bangle in solid 18k yellow gold, 5 mm wide, polished to a mirror finish and closed by a concealed box clasp.',
    more: 'It opens on a sprung hinge so it can be put on with one hand, and its oval shape sits closer to the wrist than a round bangle. Sizes are the inside circumference.',
  },
  {
    id: 'product-sloane-sapphire-tennis-bracelet',
    title: 'Sloane Sapphire Tennis Bracelet',
    slug: 'sloane-sapphire-tennis-bracelet',
    code: 'SLO',
    category: 'bracelet',
    metal: 'white-gold-18k',
    price: 11_500,
    collections: ['collection-coloured-stones'],
    grams: 14,
    leadTimeWeeks: 6,
    sizes: BRACELET_SIZES,
    sizeStep: 600,
    lead: 'Oval Ceylon sapphires, 7.80 ct in total, alternating with round brilliant diamonds in a flexible 18k white gold line bracelet.',
    more: 'The sapphires are matched to one even cornflower blue so the line reads as a single colour from clasp to clasp. Every stone sits in its own hinged setting, and the box clasp has two safety catches.',
  },
  {
    id: 'product-portman-akoya-bracelet',
    title: 'Portman Akoya Pearl Bracelet',
    slug: 'portman-akoya-bracelet',
    code: 'PMN',
    category: 'bracelet',
    metal: 'yellow-gold-18k',
    price: 1_950,
    collections: ['collection-pearls'],
    grams: 2,
    leadTimeWeeks: 3,
    metals: ['yellow-gold-18k', 'white-gold-18k'],
    sizes: ['17 cm', '18 cm', '19 cm'],
    sizeStep: 150,
    lead: 'A single row of 7 mm Akoya pearls, hand-knotted on silk, with an 18k yellow gold clasp set with a round brilliant diamond.',
    more: 'It is made from the same pearls as our Hampstead strand, so the two can be worn as a set. Pearls should be the last thing you put on and the first you take off: perfume and hairspray dull their lustre.',
  },
  {
    id: 'product-eaton-mens-curb-bracelet',
    title: "Eaton Men's Curb Bracelet",
    slug: 'eaton-mens-curb-bracelet',
    code: 'EAT',
    category: 'bracelet',
    metal: 'yellow-gold-18k',
    price: 7_800,
    collections: ['collection-mens'],
    grams: 48,
    leadTimeWeeks: 4,
    sizes: ['20 cm', '21 cm', '22 cm'],
    sizeStep: 250,
    lead: 'A heavy curb chain of solid 18k yellow gold, 7 mm wide and weighing about 48 g, closed by a box clasp with a safety catch.',
    more: 'Every link is bevelled and polished by hand so the chain lies flat and catches the light along its edges. It is hallmarked at the London Assay Office, and its exact weight is recorded on your receipt.',
  },
  {
    id: 'product-quill-lab-grown-tennis-bracelet',
    title: 'Quill Laboratory-Grown Tennis Bracelet',
    slug: 'quill-lab-grown-tennis-bracelet',
    code: 'QUI',
    category: 'bracelet',
    metal: 'white-gold-18k',
    price: 4_400,
    collections: ['collection-lab-grown'],
    grams: 12,
    leadTimeWeeks: 4,
    sizes: BRACELET_SIZES,
    sizeStep: 250,
    lead: 'Forty-nine laboratory-grown round brilliant diamonds, 5.00 ct in total, E to F colour and VS clarity, in an 18k white gold tennis bracelet.',
    more: 'It has the same four-claw links and double safety clasp as our natural diamond bracelets, at a fraction of the price. Each bracelet comes with an IGI report covering its stones.',
  },
  {
    id: 'product-grosvenor-art-deco-bracelet',
    title: 'Grosvenor Art Deco Emerald Bracelet',
    slug: 'grosvenor-art-deco-bracelet',
    code: 'GRO',
    category: 'bracelet',
    metal: 'platinum',
    price: 48_000,
    collections: ['collection-high-jewellery', 'collection-heritage', 'collection-coloured-stones'],
    grams: 30,
    leadTimeWeeks: 16,
    metals: ['platinum'],
    sizes: ['17 cm', '18 cm'],
    sizeStep: 3_000,
    lead: 'A geometric platinum panel bracelet of calibré-cut Colombian emeralds and baguette diamonds, after a 1925 design from our archive.',
    more: 'Calibré stones are cut one by one to fit their place in the pattern, so every emerald here was shaped for this bracelet alone. The five panels are joined by concealed hinges, and the reverse is pierced and finished as finely as the front.',
  },
];

const DEFAULT_VARIANT_METALS: Record<Metal, Metal[]> = {
  platinum: ['platinum', 'white-gold-18k'],
  'yellow-gold-18k': ['yellow-gold-18k', 'rose-gold-18k'],
  'white-gold-18k': ['white-gold-18k', 'yellow-gold-18k'],
  'rose-gold-18k': ['rose-gold-18k', 'yellow-gold-18k'],
};
const DEFAULT_SIZES: Record<Category, Array<string | undefined>> = {
  ring: ['J', 'L', 'N'],
  necklace: ['40 cm', '45 cm'],
  bracelet: BRACELET_SIZES,
  earrings: [undefined],
};
const METAL_CODE: Record<Metal, string> = { platinum: 'PT', 'yellow-gold-18k': 'YG', 'white-gold-18k': 'WG', 'rose-gold-18k': 'RG' };
const METAL_WORDS: Record<Metal, string> = {
  platinum: 'platinum',
  'yellow-gold-18k': '18k yellow gold',
  'white-gold-18k': '18k white gold',
  'rose-gold-18k': '18k rose gold',
};
/** Grams per cubic centimetre: the same piece weighs more in platinum than in gold. */
const DENSITY: Record<Metal, number> = { platinum: 21.4, 'yellow-gold-18k': 15.5, 'white-gold-18k': 15.9, 'rose-gold-18k': 15.1 };

/** What making the piece in another metal adds to its price, VAT included, to the nearest £10; never a discount. */
function metalSurcharge(spec: ProductSpec, metal: Metal): number {
  const grams = (spec.grams * DENSITY[metal]) / DENSITY[spec.metal];
  const cost = grams * METAL_PER_GRAM[metal] - spec.grams * METAL_PER_GRAM[spec.metal];
  const retail = cost * 2 * 1.2; // the atelier's margin on metal, then VAT
  return Math.max(0, Math.round(retail / 1000) * 1000);
}

function variants(spec: ProductSpec) {
  const metals = spec.metals ?? DEFAULT_VARIANT_METALS[spec.metal];
  const sizes: Array<string | undefined> = spec.sizes ?? DEFAULT_SIZES[spec.category];
  return metals.flatMap((metal) =>
    sizes.map((size, step) => {
      const sizeCode = size?.replace(' cm', '');
      return {
        _type: 'productVariant',
        _key: [metal, sizeCode].filter(Boolean).join('-').toLowerCase(),
        sku: ['ELY', spec.code, METAL_CODE[metal], sizeCode].filter(Boolean).join('-'),
        metal,
        size,
        price: money(pounds(spec.price) + metalSurcharge(spec, metal) + step * pounds(spec.sizeStep ?? 0)),
      };
    }),
  );
}

const SECOND_VIEW: Record<Category, [string, string]> = {
  ring: ['worn', 'worn on the hand'],
  necklace: ['worn', 'worn at the neckline'],
  earrings: ['worn', 'worn, seen in profile'],
  bracelet: ['worn', 'worn on the wrist'],
};
const THIRD_VIEW: Record<Category, [string, string]> = {
  ring: ['profile', 'side profile, showing the setting and gallery'],
  necklace: ['detail', 'close-up of the setting and clasp'],
  earrings: ['detail', 'close-up of one earring and its fitting'],
  bracelet: ['detail', 'close-up of the links and clasp'],
};
const METAL_BACKGROUND: Record<Metal, string> = {
  platinum: '#d9dbde',
  'yellow-gold-18k': '#d4b26a',
  'white-gold-18k': '#e1e2e0',
  'rose-gold-18k': '#d8a792',
};

/** One to three photographs: a packshot always, then worn and detail shots for the more important pieces. */
function productImages(spec: ProductSpec): Figure[] {
  const name = spec.slug;
  const images = [
    figure(`${name}-front`, PRODUCT_IMAGE, '#f3f0ea', `${spec.title} in ${METAL_WORDS[spec.metal]}, seen from the front`, 'front'),
  ];
  if (spec.price >= 2_000) {
    const [file, view] = SECOND_VIEW[spec.category];
    images.push(figure(`${name}-${file}`, PRODUCT_IMAGE, '#c9a58d', `${spec.title} ${view}`, file));
  }
  if (spec.price >= 5_000) {
    const [file, view] = THIRD_VIEW[spec.category];
    images.push(figure(`${name}-${file}`, PRODUCT_IMAGE, METAL_BACKGROUND[spec.metal], `${spec.title}, ${view}`, file));
  }
  return images;
}

function productDocument(spec: ProductSpec, index: number): Doc {
  return {
    _id: spec.id,
    _type: 'product',
    title: spec.title,
    slug: slug(spec.slug),
    category: spec.category,
    metal: spec.metal,
    collections: spec.collections.map((id) => keyedRef(id)),
    price: money(pounds(spec.price)),
    description: portableText([spec.lead, spec.more], 'd'),
    images: productImages(spec),
    stones: spec.stones?.map((id) => keyedRef(id)),
    variants: variants(spec),
    leadTimeWeeks: spec.leadTimeWeeks,
    configurator: spec.configurator === undefined ? undefined : ref(spec.configurator),
    // The original twelve first, from January 2025; the rest a week apart through to early 2026.
    publishedAt: index < 12 ? dayAfter('2025-01-06', index * 4) : dayAfter('2025-03-03', (index - 12) * 7),
    seo: seo(seoTitle(spec.title), spec.lead),
  };
}

// ---------------------------------------------------------------------------------------------
// Guides and journal
// ---------------------------------------------------------------------------------------------

interface ArticleSpec {
  id: string;
  kind: ArticleKind;
  title: string;
  slug: string;
  excerpt: string;
  hero: { background: string; alt: string };
  body: Para[];
  seoDescription: string;
}

/** A photograph inside an article body. */
const inline = (name: string, background: string, alt: string): Para => ({ figure: figure(name, INLINE_IMAGE, background, alt) });

const ARTICLE_SPECS: ArticleSpec[] = [
  {
    id: 'article-guide-four-cs',
    kind: 'guide',
    title: 'The 4Cs of Diamonds: A Practical Guide',
    slug: 'the-four-cs-of-diamonds',
    excerpt:
      'Colour, clarity, cut and carat: what each grade on a diamond report means, which ones you can see, and where to spend your budget.',
    hero: { background: '#eef0f2', alt: 'A round brilliant diamond held in tweezers above a GIA grading report' },
    seoDescription:
      'How diamonds are graded for colour, clarity, cut and carat, what you can see with the naked eye, and how to balance the 4Cs within a budget.',
    body: [
      'Every diamond we sell comes with a report from an independent laboratory, usually GIA, sometimes IGI or HRD. The report grades four things, known since the 1950s as the 4Cs: colour, clarity, cut and carat. Understanding them will not make you a gemmologist, but it will let you read a report and know what you are paying for.',
      { h2: 'Colour' },
      'White diamonds are graded from D, completely colourless, down the alphabet to Z, which is distinctly yellow. The differences between neighbouring grades are tiny and are judged face-down against master stones under controlled light. Set in platinum or white gold, D to G look icy white; H and I show a trace of warmth only beside a whiter stone. In yellow or rose gold, which reflect their own warmth into the diamond, an H or I is often indistinguishable from a much costlier grade.',
      { h2: 'Clarity' },
      'Clarity describes the tiny crystals, feathers and clouds that almost every natural diamond contains, graded under ten-times magnification. The scale runs from Flawless (FL) and Internally Flawless (IF) through VVS1 and VVS2 (very, very slightly included), VS1 and VS2 (very slightly included) to SI1 and SI2 (slightly included). Most VS stones are clean to the naked eye. We also sell SI1 diamonds, but only after checking each one by eye, face-up, at arm’s length.',
      { h2: 'Cut' },
      'Cut is the grade that matters most to how a diamond looks. It describes how well the facets return light to your eye as brilliance, fire and sparkle. GIA gives a cut grade only to round brilliants, from Excellent to Poor, but grades polish and symmetry for every shape. We buy round diamonds graded Excellent for cut, and fancy shapes with Excellent or Very Good polish and symmetry, then judge them again with our own eyes.',
      inline('four-cs-proportions', '#e9eaec', 'A diamond shown in profile, with its table, crown, girdle and pavilion labelled'),
      { h2: 'Carat' },
      'A carat is a weight, not a size: one fifth of a gram. Prices rise steeply at the round numbers clients ask for, so a 0.90 ct diamond can cost noticeably less than a 1.00 ct stone that looks almost identical once set. How large a stone looks also depends on its cut: a well-cut diamond faces up larger than a deep one of the same weight.',
      { h2: 'Where to spend' },
      'Our advice is to put cut first, then choose the colour your metal calls for, then the lowest clarity that is clean to the eye, and let carat follow. Come and compare stones side by side at the atelier: it is the surest way to see which differences matter to you.',
    ],
  },
  {
    id: 'article-guide-metals',
    kind: 'guide',
    title: 'Platinum or Gold? Choosing Your Metal',
    slug: 'platinum-or-gold',
    excerpt: 'How platinum and 18k yellow, white and rose gold differ in colour, weight, wear and price, and why your rings should match.',
    hero: { background: '#cfc8bc', alt: 'Four wedding bands side by side in platinum and 18k yellow, white and rose gold' },
    seoDescription:
      'Platinum 950 or 18k gold? How the metals differ in colour, weight, wear, care and price, and how to choose for an engagement ring.',
    body: [
      'We make every piece in one of four metals: platinum and 18 carat yellow, white or rose gold. All four are precious, hallmarked and made to last a lifetime; the choice between them comes down to colour, feel and how you live.',
      { h2: 'Platinum' },
      'Our platinum is 95 per cent pure, hallmarked 950. It is naturally white, so it never needs plating, and it is hypoallergenic. It is also dense, so a platinum ring feels noticeably heavier than the same ring in gold. When platinum is scratched, the metal is pushed aside rather than lost, and over the years it develops a soft satin patina that many clients love; we can polish it back to a mirror finish whenever you wish. Because it holds stones so securely, it is our first choice for claws.',
      { h2: '18 carat gold' },
      'Eighteen carat gold is 75 per cent pure gold, hallmarked 750, alloyed with other metals for strength and colour. Yellow gold is alloyed with silver and copper and has the warm, rich colour of the metal itself. Rose gold uses more copper, which gives its blush and makes it slightly harder. Our white gold is alloyed with palladium and finished with a thin layer of rhodium for a bright white surface; the rhodium wears over time, and we replate it free of charge at your annual clean.',
      { h2: 'Price' },
      'In recent years gold has cost more per gram than platinum, which surprises many clients. Platinum is much denser, however, so a platinum ring uses more metal by weight, and platinum is harder to work. The result is that the two are now close in price for most designs, and our product pages show the exact difference for each piece.',
      { h2: 'Matching your rings' },
      'Rings worn side by side rub against each other, and a harder metal will slowly wear a softer one. We therefore recommend making a wedding band in the same metal as the engagement ring. If you love the look of two colours, choose a platinum engagement ring with a yellow gold band, or ask us about setting the stones in platinum on a gold band.',
      'Every piece is independently tested and hallmarked at the London Assay Office at Goldsmiths’ Hall, whose leopard’s head mark has vouched for the purity of precious metal for more than seven hundred years.',
    ],
  },
  {
    id: 'article-guide-ring-sizing',
    kind: 'guide',
    title: 'How to Find Your Ring Size',
    slug: 'how-to-find-your-ring-size',
    excerpt:
      'UK ring sizes explained, how to measure accurately at home, why wide bands fit differently, and what we can and cannot resize.',
    hero: { background: '#e6ddd3', alt: 'A set of brass ring sizing gauges fanned out on a workbench' },
    seoDescription:
      'How UK ring sizes work, how to measure your finger at home, how band width changes the fit, and which rings can be resized later.',
    body: [
      'In the United Kingdom rings are sized by letter, from A to Z, with half sizes in between. Each full letter adds about 1.25 mm to the inside circumference. A UK L½, for example, measures about 51.9 mm around and is the same as a US 6. We make rings from size F to Z as standard, and smaller or larger on request.',
      { h2: 'Measuring at home' },
      'The most reliable way to find your size is with a proper ring sizer, which we send free of charge by post, or with a visit to the atelier. If you have a ring that fits the right finger well, we can measure that instead. Paper strips and string stretch and slip, so we would rather you did not rely on them for an engagement ring.',
      { h2: 'When to measure' },
      'Fingers change size through the day and with the weather. They swell in the heat, after exercise and late in the day, and shrink in the cold. Measure at a normal room temperature, towards the end of the day, and measure two or three times. The ring should slide over your knuckle with a little resistance and sit without spinning.',
      { h2: 'Band width' },
      'A wide band covers more of the finger and fits more snugly than a narrow one of the same size. For bands of 6 mm or more, such as our men’s wedding bands, we usually suggest going up half a size. A comfort-fit court profile, domed inside, slips over the knuckle more easily than a flat one.',
      { h2: 'Resizing' },
      'Most plain and claw-set rings can be resized up or down by one or two sizes, and we resize our own rings free of charge in the first year. Full eternity rings and some channel-set designs cannot be resized, because the stones run all the way around the band, so we take particular care to measure before we make them.',
    ],
  },
  {
    id: 'article-guide-jewellery-care',
    kind: 'guide',
    title: 'Caring for Fine Jewellery at Home',
    slug: 'caring-for-fine-jewellery',
    excerpt: 'Simple habits that keep diamonds bright, claws secure and pearls lustrous, and when to bring a piece back to the atelier.',
    hero: { background: '#e3e7e4', alt: 'A soft brush, a lint-free cloth and a diamond ring beside a bowl of warm water' },
    seoDescription:
      'How to clean diamonds, gold and platinum at home, how to look after pearls and emeralds, and why an annual check at the atelier matters.',
    body: [
      'Fine jewellery is made to be worn, and most of it needs very little care. A few simple habits will keep it looking as it did on the day you collected it.',
      { h2: 'Cleaning diamonds, gold and platinum' },
      'Diamonds attract grease, and a film of hand cream or soap is what dulls them. Soak the piece for a few minutes in warm water with a drop of mild washing-up liquid, brush gently behind the stone with a soft toothbrush, rinse in clean water and dry with a lint-free cloth. Do this over a bowl rather than an open plughole.',
      { h2: 'When to take it off' },
      'Take rings off for the gym, gardening, heavy lifting and cleaning with household chemicals. Chlorine in swimming pools and hot tubs attacks gold alloys and can weaken solder joins, so leave your jewellery in the changing room. Put rings on after hand cream and perfume, not before.',
      { h2: 'Pearls and emeralds' },
      'Pearls are organic and soft. They should be the last thing you put on and the first you take off; wipe them with a soft, dry cloth after wearing and store them flat, never hanging, so the silk does not stretch. Emeralds are usually treated with oil to soften the look of their natural inclusions, so never put them in an ultrasonic or steam cleaner, and avoid sudden changes of temperature.',
      { h2: 'Storing your jewellery' },
      'Diamond is the hardest natural material and will scratch other gems, gold and platinum, so store each piece in its own pouch or compartment. Fasten chains before you put them away to stop them tangling.',
      { h2: 'Your annual check' },
      'Claws wear slowly with daily life, and a knock can loosen a stone without your noticing. Bring your ELYSIUM pieces to the atelier once a year: we will check every claw and clasp, clean and polish them, replate white gold and restring pearls, all free of charge.',
    ],
  },
  {
    id: 'article-guide-lab-grown-vs-natural',
    kind: 'guide',
    title: 'Laboratory-Grown and Natural Diamonds, Explained',
    slug: 'lab-grown-and-natural-diamonds',
    excerpt:
      'Laboratory-grown diamonds are real diamonds, made in weeks rather than billions of years. How they differ from natural stones in price, value and meaning.',
    hero: {
      background: '#e2e5ea',
      alt: 'Two solitaire rings side by side, one with a natural diamond and one with a laboratory-grown diamond',
    },
    seoDescription:
      'What laboratory-grown diamonds are, how they are made and graded, and how they compare with natural diamonds in price, resale value and meaning.',
    body: [
      'A laboratory-grown diamond is a real diamond. It is made of the same carbon, in the same crystal structure, with the same hardness, brilliance and fire as a diamond from the earth. Without specialist equipment, no jeweller can tell them apart.',
      { h2: 'How they are made' },
      'There are two methods. In the first, high pressure and high temperature (HPHT) recreate the conditions deep in the earth around a tiny diamond seed. In the second, chemical vapour deposition (CVD), carbon from a gas settles on a seed, layer by layer, inside a vacuum chamber. Either way, a crystal grows in a few weeks and is then cut and polished exactly as a mined diamond would be.',
      { h2: 'Grading and disclosure' },
      'Laboratory-grown diamonds are graded for colour, clarity, cut and carat just as natural ones are, most often by IGI. Every laboratory-grown stone we sell has its report and a laser inscription on its girdle, and we always describe it as laboratory-grown. You will never find one in a piece described simply as a diamond.',
      { h2: 'Price and value' },
      'A laboratory-grown diamond typically costs a fifth of a natural diamond of the same grade, or less, which lets clients choose a larger or finer stone for the same budget. Their prices have fallen steadily as production has grown, however, and they have little resale value. A natural diamond is rare, has taken a billion years or more to form and has held its value far better over time.',
      { h2: 'Which to choose' },
      'There is no wrong answer. Some clients want the rarity and history of a stone from the earth; others prefer the size and clarity a laboratory-grown diamond allows. Both are set in the same platinum and gold, by the same hands, to the same standard, and our client advisers are happy to show you the two side by side.',
    ],
  },
  {
    id: 'article-guide-coloured-gemstones',
    kind: 'guide',
    title: 'A Guide to Sapphires, Rubies and Emeralds',
    slug: 'sapphires-rubies-and-emeralds',
    excerpt:
      'The three great coloured gemstones: what they are made of, where the finest come from, how they are treated, and what to look for when you choose one.',
    hero: { background: '#233a6b', alt: 'A blue sapphire, a red ruby and a green emerald on a grey slate tray' },
    seoDescription:
      'How to choose a sapphire, ruby or emerald: colour, origin, treatments such as heating and oiling, durability, and independent laboratory reports.',
    body: [
      'Diamonds are judged by the absence of colour; sapphires, rubies and emeralds are judged by its presence. Choosing one is a more personal matter than choosing a diamond, and the first rule is simple: buy the colour you love.',
      { h2: 'Sapphire and ruby' },
      'Sapphire and ruby are the same mineral, corundum, coloured by different traces. Chromium makes it red, and a red corundum is a ruby; iron and titanium make it blue, and every other colour is called sapphire. At 9 on the Mohs scale, corundum is second only to diamond in hardness, which makes both ideal for rings worn every day.',
      'The finest blue sapphires have a saturated, velvety blue that is neither too dark nor too grey. Sri Lanka, long called Ceylon, is known for bright cornflower blues, and Madagascar for deeper royal blues. Most rubies we buy come from Mozambique, whose stones rival the finest in colour; we do not buy rubies from Myanmar.',
      { h2: 'Emerald' },
      'Emerald is a green beryl, coloured by chromium and vanadium. It is softer than corundum, at 7½ to 8, and almost always contains inclusions, which the French call the jardin, or garden. Colombian emeralds are prized for their warm, pure green; Zambian emeralds are often a little deeper and bluer.',
      { h2: 'Treatments' },
      'Most sapphires and rubies are heated to improve their colour and clarity. Heating is stable, permanent and accepted throughout the trade, but an unheated stone of fine colour is rarer and commands a considerable premium. Most emeralds are filled with oil to soften the look of their inclusions; minor oil is traditional and acceptable. We describe every treatment on our product pages.',
      { h2: 'Reports' },
      'Every important coloured stone we sell is examined by an independent gemmological laboratory, such as GRS, SSEF or Gübelin, whose report states its species, its likely origin and any treatment. Ask to see it, as you would a diamond’s grading report.',
    ],
  },
  {
    id: 'article-guide-diamond-shapes',
    kind: 'guide',
    title: 'Choosing a Diamond Shape',
    slug: 'choosing-a-diamond-shape',
    excerpt:
      'Round, oval, cushion, emerald cut, pear, princess, marquise, radiant or Asscher: how each shape wears, sparkles and suits the hand.',
    hero: { background: '#eceae6', alt: 'Nine loose diamonds of different shapes arranged in a grid on a white tray' },
    seoDescription:
      'How each diamond shape looks and wears: round, oval, cushion, emerald cut, pear, princess, marquise, radiant and Asscher.',
    body: [
      'The shape of a diamond sets the character of a ring more than anything else. It is worth trying several on the hand before you decide, because a shape that looks best in a photograph is not always the one that suits you.',
      { h2: 'Brilliant shapes' },
      'The round brilliant has 57 or 58 facets arranged to return the most light, and it is the most brilliant diamond there is. The oval, pear and marquise are variations on it, stretched into longer outlines that make a stone look larger for its weight and lengthen the finger. The cushion, with its softly rounded corners, has a gentler, more romantic sparkle, and the princess and radiant bring brilliance to square and rectangular outlines.',
      { h2: 'Step cuts' },
      'The emerald cut and the Asscher are step cuts: rows of long, parallel facets that give broad flashes of light rather than sparkle, an effect often compared to a hall of mirrors. They are elegant and architectural, and because they show the inside of a stone so clearly, they call for higher clarity.',
      { h2: 'Wear and setting' },
      'Pointed shapes, the pear, marquise and princess, need claws that protect their points and corners. Step cuts and ovals suit a low setting for everyday wear. Our engagement ring configurator shows which settings hold each shape, and why we do not make certain combinations.',
    ],
  },
  {
    id: 'article-guide-pearls',
    kind: 'guide',
    title: 'Understanding Pearls: Akoya, South Sea and Tahitian',
    slug: 'understanding-pearls',
    excerpt: 'The three great saltwater pearls, how they are grown, and what lustre, surface, shape and size tell you about quality.',
    hero: { background: '#efe9e0', alt: 'White Akoya, golden South Sea and dark Tahitian pearls laid out in three rows' },
    seoDescription:
      'How Akoya, South Sea and Tahitian pearls differ, how cultured pearls are grown, and how to judge lustre, surface, shape and size.',
    body: [
      'Almost every pearl sold today is cultured: a pearl farmer places a small bead and a piece of mantle tissue inside an oyster, which coats them in layer upon layer of nacre. The thicker and finer the nacre, the deeper the lustre and the longer the pearl will last.',
      { h2: 'Akoya' },
      'Akoya pearls are grown mainly in Japan in the small Pinctada fucata oyster. They are usually 6 to 9 mm, perfectly round and white, with a sharp, mirror-like lustre and often a faint rose overtone. They are the classic pearls of a single strand.',
      { h2: 'South Sea' },
      'South Sea pearls grow in the large Pinctada maxima oyster in the waters of Australia, Indonesia and the Philippines. They are larger, from 9 mm to 16 mm or more, with thick nacre and a soft, satiny lustre. The white-lipped oyster gives silvery-white pearls, the gold-lipped oyster the golden pearls prized in the Philippines.',
      { h2: 'Tahitian' },
      'Tahitian pearls come from the black-lipped Pinctada margaritifera of French Polynesia. Their natural colours range from silver grey to deep charcoal, with overtones of green, blue and aubergine; the most sought after is called peacock.',
      { h2: 'Judging quality' },
      'Look first at lustre, the sharpness of reflections on the surface, then at the surface itself, which should be as clean as possible. Round pearls are the rarest, but drops and baroques have a charm of their own. Size matters to price, but lustre matters more to beauty.',
    ],
  },
  {
    id: 'article-journal-inside-the-atelier',
    kind: 'journal',
    title: 'Inside Our Hatton Garden Atelier',
    slug: 'inside-our-hatton-garden-atelier',
    excerpt:
      'Above the shopfronts of London’s jewellery quarter, eleven craftspeople make every ELYSIUM piece by hand. A walk through a day at the bench.',
    hero: { background: '#5a4a3c', alt: 'Jewellers at their benches under a skylight in the Hatton Garden atelier' },
    seoDescription:
      'A day in the ELYSIUM atelier in Hatton Garden, where eleven goldsmiths, setters, polishers and an engraver make every piece by hand.',
    body: [
      'Hatton Garden has been London’s jewellery quarter since the nineteenth century. Behind its shopfronts, up narrow stairs, are the workshops where most of the trade’s real work is done. Ours is on the third floor, under a long skylight that gives the north light every jeweller wants.',
      'Eleven people work here: five goldsmiths, three setters, two polishers and an engraver. Most trained through apprenticeships, and between them they have more than two hundred years at the bench.',
      { h2: 'From drawing to metal' },
      'Every piece begins as a drawing, then as a wax or a computer model that the client can see and hold before any metal is cast. The goldsmiths cast, saw, file and solder the metal into shape, and every setting is finished by hand so that it holds its stone exactly.',
      inline('atelier-goldsmith-bench', '#6b5646', 'A goldsmith filing the claws of a platinum setting held in a ring clamp'),
      { h2: 'Setting and finishing' },
      'Once a piece is made, the setters fit the stones under the microscope, raising and shaping each claw by hand. The polishers bring every surface, inside and out, to its finish, and the piece goes to the London Assay Office at Goldsmiths’ Hall to be tested and hallmarked before it comes back for a final inspection.',
      'Clients are welcome to visit by appointment. There is no better way to understand what you are buying than to watch it being made.',
    ],
  },
  {
    id: 'article-journal-master-setter',
    kind: 'journal',
    title: 'Meet the Setter: Thirty Years at the Bench',
    slug: 'meet-the-setter',
    excerpt:
      'Marek Nowak has set diamonds in Hatton Garden since 1995. He talks about claws, microscopes and the stone he will never forget.',
    hero: { background: '#3e3833', alt: 'A setter working under a microscope on a micro-pavé halo ring' },
    seoDescription:
      'Our master setter Marek Nowak on thirty years of setting diamonds in Hatton Garden, the tools of his trade and the stones he remembers.',
    body: [
      'Marek Nowak came to London from Kraków in 1993 and began an apprenticeship with a Hatton Garden setter two years later. He has been our head setter since the atelier opened.',
      '“Setting is the last step, and the most nervous,” he says. “The goldsmith has spent days on a ring and the client has chosen a stone that may be worth more than a car. My job is to make them one, without a mark on either.”',
      { h2: 'The tools' },
      'His bench holds hundreds of gravers, burrs and pushers, many of them shaped by his own hand. For pavé and micro-pavé work he sets under a stereo microscope at ten to twenty times magnification, raising tiny beads of metal over each stone. A halo of fifty diamonds can take him two full days.',
      { h2: 'Claws' },
      'For solitaires he still prefers claws to any other setting. “A claw has to hold the stone tight and still let the light in. Too thick and you hide the diamond. Too thin and one day it catches a jumper and you lose it.” Every claw he sets is checked again at the client’s annual clean.',
      '“The stone I will never forget? A five-carat cushion, about fifteen years ago. I did not sleep the night before. It went in perfectly, of course.”',
    ],
  },
  {
    id: 'article-journal-hand-engraver',
    kind: 'journal',
    title: 'The Engraver’s Hand: Cutting a Family Crest',
    slug: 'the-engravers-hand',
    excerpt:
      'Hand engraving is one of the rarest skills in the trade. Our engraver, Harriet Cole, on how a signet ring’s crest is cut, line by line.',
    hero: { background: '#7a6440', alt: 'An engraver cutting a crest into the face of a gold signet ring under a lamp' },
    seoDescription:
      'How a family crest is hand-engraved into a gold signet ring, and why our engraver Harriet Cole works only in gold for seal engraving.',
    body: [
      'Harriet Cole trained through a five-year apprenticeship supported by the Goldsmiths’ Company and has engraved for us for twelve years. Only a small number of people in Britain still engrave by hand for a living.',
      { h2: 'From drawing to metal' },
      'Every crest starts as a drawing, scaled to the face of the ring and simplified where a line would be too fine to cut. Harriet transfers it to the gold and cuts it with gravers she sharpens herself, pushing the steel through the metal in curls so fine they float.',
      'For a seal, the design is cut in reverse and deep enough to leave a crisp impression in wax. “You are cutting something you can only see properly in a mirror,” she says, “and there is no undo.” A seal-engraved crest can take four or five days.',
      { h2: 'Why gold' },
      'She engraves seals only in 18 carat gold. “Platinum is tougher and drags on the graver. You can engrave it, but you will never get the clean, bright cut that gold gives you.” It is why our signet configurator does not offer platinum for the engraved cushion signet.',
      'Initials and inscriptions inside rings are quicker, but she cuts them by hand too. “A machine engraves a line. A hand engraves a letter.”',
    ],
  },
  {
    id: 'article-journal-restoring-a-riviere',
    kind: 'journal',
    title: 'Restoring a Victorian Rivière',
    slug: 'restoring-a-victorian-riviere',
    excerpt: 'How our workshop spent four months bringing a nineteenth-century diamond necklace back to life, collet by collet.',
    hero: { background: '#1c1d24', alt: 'A Victorian diamond rivière necklace laid out on black velvet during restoration' },
    seoDescription:
      'How our Hatton Garden workshop restored a Victorian old-cut diamond rivière necklace over four months, collet by collet.',
    body: [
      'The necklace that became our Kensington Rivière came to us in a velvet box that had not been opened for decades. Sixty-one old-cut diamonds were there, but two collets were empty, several were cracked, and the whole necklace had stiffened so that it no longer lay flat.',
      { h2: 'Taking it apart' },
      'We photographed and numbered every collet before anything was touched, then took the necklace apart. Each stone was cleaned, weighed and examined. Old cuts have a small table, a tall crown and a large culet, and their flashes are broader and softer than a modern brilliant’s: made, it is often said, for candlelight.',
      { h2: 'Matching the missing stones' },
      'Finding two old-cut diamonds to match the originals took our buyer six weeks of visits to dealers in London and Antwerp. We would not recut modern stones to imitate them; the replacements are genuinely old, cut at about the same time as the rest.',
      { h2: 'Rebuilding' },
      'The cracked collets were rebuilt by hand, and every link was refitted so that the necklace moves freely again. The work took four months. It now lies as it did in the 1870s, and it comes with a written account of everything we did.',
    ],
  },
  {
    id: 'article-journal-the-polisher',
    kind: 'journal',
    title: 'The Last Finish: A Day with Our Polisher',
    slug: 'a-day-with-our-polisher',
    excerpt:
      'Polishing is the final step before a piece is hallmarked, and the one clients notice first. Dev Sharma explains what happens at the polishing motor.',
    hero: { background: '#4a4f55', alt: 'A polisher holding a gold bangle against a spinning polishing mop' },
    seoDescription:
      'What happens at the polishing motor: Dev Sharma on the final finish of every ELYSIUM piece before it is hallmarked and set.',
    body: [
      'Dev Sharma has polished jewellery in Hatton Garden for nineteen years. Every piece that leaves the atelier passes through his hands at least twice: once before the stones are set and once after.',
      { h2: 'Stages of polish' },
      'Polishing is a series of ever finer abrasions. Dev starts with emery papers and files to remove the marks of making, moves to mops of felt and calico charged with increasingly fine compounds, and finishes with a soft swansdown mop and rouge for the mirror shine. Inside a ring, where no mop will reach, he works with threads and tiny brushes.',
      { h2: 'Knowing when to stop' },
      '“The hardest thing is to stop,” he says. “Every pass removes a little metal. Polish too long and you soften the edges the goldsmith spent hours getting crisp.” On a knife-edge band he polishes with the line of the edge, never across it.',
      'He also refinishes clients’ pieces at their annual clean. “A wedding band after ten years tells you about someone’s life. I polish out the scratches, but I like that they were there.”',
    ],
  },
  {
    id: 'article-journal-responsible-sourcing',
    kind: 'journal',
    title: 'Where Our Stones and Metals Come From',
    slug: 'where-our-stones-come-from',
    excerpt: 'Kimberley Process diamonds, known mines, independent reports and recycled gold: how we trace what goes into every piece.',
    hero: { background: '#2f3b33', alt: 'A dealer’s parcel of loose diamonds open on a sorting table with a loupe and tweezers' },
    seoDescription:
      'How ELYSIUM sources diamonds, coloured gemstones, gold and platinum: known origins, independent reports, recycled metals and no Russian or Myanmar stones.',
    body: [
      'Every piece we make is only as good as what goes into it, and that includes where it came from. These are the rules our buyers follow.',
      { h2: 'Diamonds' },
      'All our natural diamonds are bought under the Kimberley Process and the World Diamond Council’s System of Warranties, from dealers we have known for years. We buy stones with a known country of origin, mostly from Botswana, Canada, Namibia and South Africa, and we do not buy diamonds of Russian origin.',
      { h2: 'Coloured stones' },
      'Coloured gemstones are harder to trace, because many pass through several hands between mine and market. We buy from a small number of dealers who can tell us where a stone was mined, and every important sapphire, ruby or emerald is sent to an independent laboratory for a report on its origin and treatment. We do not buy rubies or other gems from Myanmar.',
      { h2: 'Gold and platinum' },
      'The gold we cast is recycled, refined in the United Kingdom from existing jewellery and industrial scrap. Our platinum comes from a London refiner accredited by the London Platinum and Palladium Market. Our own offcuts and filings are swept up, collected and sent back to be refined.',
      'If you would like to know more about a particular stone, ask: we will tell you everything we know.',
    ],
  },
];

function articleDocument(spec: ArticleSpec, index: number): Doc {
  return {
    _id: spec.id,
    _type: 'article',
    title: spec.title,
    slug: slug(spec.slug),
    kind: spec.kind,
    excerpt: spec.excerpt,
    body: portableText(spec.body),
    heroImage: figure(`${spec.slug}-hero`, HERO_IMAGE, spec.hero.background, spec.hero.alt),
    // A month apart, from February 2025.
    publishedAt: dayAfter('2025-02-10', index * 31, 8),
    seo: seo(seoTitle(spec.title), spec.seoDescription),
  };
}

// ---------------------------------------------------------------------------------------------
// Pages and site settings
// ---------------------------------------------------------------------------------------------

interface PageSpec {
  id: string;
  title: string;
  slug: string;
  body: Para[];
  seoDescription: string;
}

const PAGE_SPECS: PageSpec[] = [
  {
    id: 'page-about',
    title: 'About ELYSIUM',
    slug: 'about',
    seoDescription:
      'ELYSIUM is a London fine jeweller with its own atelier in Hatton Garden, making engagement rings and fine jewellery by hand since 2009.',
    body: [
      'ELYSIUM is a fine jeweller with its own atelier in Hatton Garden, London’s jewellery quarter. We design and make engagement rings, wedding bands and fine jewellery in platinum and 18 carat gold, set with certified diamonds and coloured gemstones.',
      'We opened our first workshop in 2009 with two benches and a single client room. Today eleven goldsmiths, setters, polishers and an engraver work under the same roof, and every piece we sell is made, finished and checked there.',
      inline('about-atelier-skylight', '#6e5c4b', 'The ELYSIUM atelier, with jewellers at their benches beneath a long skylight'),
      { h2: 'What we believe' },
      'We believe fine jewellery should be made to last for generations, and that you should know exactly what you are buying. That is why every important stone comes with an independent report, every piece is hallmarked at the London Assay Office, and we describe every treatment and every laboratory-grown diamond plainly.',
      'Our client advisers are gemmologists, not salespeople. Book an appointment at the atelier and they will show you stones side by side, explain the differences that matter and let you take all the time you need.',
    ],
  },
  {
    id: 'page-bespoke',
    title: 'Bespoke',
    slug: 'bespoke',
    seoDescription:
      'Commission a bespoke engagement ring or jewel from our Hatton Garden atelier: consultation, design, stone selection and making, step by step.',
    body: [
      'Many of the pieces we make are designed for one person. A bespoke commission can be as simple as a favourite ring in a different stone, or a jewel drawn from nothing around a stone you already own.',
      { h2: 'Consultation' },
      'We begin with a conversation at the atelier or by video call, about the person, the occasion, the budget and the way the piece will be worn. There is no charge and no obligation.',
      { h2: 'Design and stones' },
      'Our designer draws your piece by hand and then as a detailed computer model, so you can see it from every angle. At the same time we source stones to show you, each with its report. Before we begin making, we send you a resin model to try on.',
      { h2: 'Making' },
      'Once you approve the design we ask for a deposit of half the price, and the piece goes to the bench. Most commissions take six to ten weeks, depending on the design and the stones. We invite you to the atelier to see it before it is set, and to collect it when it is finished.',
      { h2: 'Online configurators' },
      'For engagement rings, diamond-set wedding bands and stone-set signets, you can also design and price your own piece online in our configurators, choosing the setting, metal, centre stone, size and engraving. Every online quote holds its price for thirty minutes.',
    ],
  },
  {
    id: 'page-delivery-and-returns',
    title: 'Delivery and Returns',
    slug: 'delivery-and-returns',
    seoDescription:
      'Complimentary insured delivery across the UK, collection from our Hatton Garden atelier, and 30-day returns on unworn pieces.',
    body: [
      { h2: 'Delivery in the United Kingdom' },
      'Delivery within the UK is complimentary. Every order travels fully insured by secure courier, in plain packaging, and must be signed for by the named recipient. Pieces in stock are dispatched within two working days; made-to-order pieces are dispatched when they are finished, and we will tell you the date when you order.',
      { h2: 'Collection from the atelier' },
      'You are welcome to collect your order from our Hatton Garden atelier by appointment. Please bring photographic identification and your order confirmation.',
      { h2: 'International delivery' },
      'We deliver to most countries by insured courier. Import duties and local taxes are charged by the destination country and are payable by the recipient; UK VAT is removed from the price of exports where the law allows.',
      { h2: 'Returns' },
      'If you change your mind, you may return an unworn piece within 30 days of delivery for a full refund. Please return it in its original packaging with its certificates and any grading reports, using the insured returns service we arrange for you. We refund within 14 days of receiving it.',
      'Bespoke pieces, engraved pieces and pieces made or resized to your order cannot be returned unless they are faulty. None of this affects your statutory rights.',
    ],
  },
  {
    id: 'page-care-and-repairs',
    title: 'Care and Repairs',
    slug: 'care-and-repairs',
    seoDescription:
      'Complimentary annual cleaning and claw checks, white gold replating, pearl restringing, resizing and repairs at our Hatton Garden atelier.',
    body: [
      'Every ELYSIUM piece is made to be worn for a lifetime, and we look after it for that lifetime.',
      { h2: 'Annual clean and check' },
      'Once a year, bring your ELYSIUM jewellery to the atelier for a complimentary clean and inspection. We check every claw, setting and clasp under magnification, polish the metal, replate white gold with rhodium and restring pearls, usually while you wait or within a week.',
      { h2: 'Resizing' },
      'We resize our rings free of charge within the first year and at a fixed price after that. Most rings can be made one or two sizes larger or smaller; full eternity rings cannot be resized.',
      { h2: 'Repairs' },
      'We guarantee our workmanship for life: if a fault is ours, we will put it right free of charge. For accidental damage, we will examine the piece and give you a written quotation before any work begins. We also repair and restore jewellery made by others, including antique pieces.',
      'To book, call client services or email us with a photograph of the piece.',
    ],
  },
  {
    id: 'page-certification-and-hallmarking',
    title: 'Certification and Hallmarking',
    slug: 'certification-and-hallmarking',
    seoDescription:
      'Every ELYSIUM piece is hallmarked at the London Assay Office, and every important stone comes with a GIA, IGI, HRD, GRS, SSEF or Gübelin report.',
    body: [
      'Two independent checks stand behind every piece we sell: a hallmark for the metal, and a laboratory report for every important stone.',
      { h2: 'Hallmarking' },
      'Under the Hallmarking Act 1973, precious metal jewellery sold in the United Kingdom must be tested and hallmarked by an independent assay office. Ours is the London Assay Office at Goldsmiths’ Hall. Each hallmark shows our sponsor’s mark, the fineness, 950 for platinum and 750 for 18 carat gold, and the leopard’s head of London.',
      { h2: 'Grading reports' },
      'Our natural diamonds of 0.30 ct and above are graded by GIA or HRD, and our laboratory-grown diamonds by IGI. Important sapphires, rubies and emeralds are examined by GRS, SSEF or Gübelin, whose reports state origin and any treatment. You can check any report number on the laboratory’s own website.',
    ],
  },
];

function pageDocument(spec: PageSpec): Doc {
  return {
    _id: spec.id,
    _type: 'page',
    title: spec.title,
    slug: slug(spec.slug),
    body: portableText(spec.body),
    seo: seo(seoTitle(spec.title), spec.seoDescription),
  };
}

const SITE_SETTINGS: Doc = {
  _id: 'siteSettings',
  _type: 'siteSettings',
  title: 'ELYSIUM',
  tagline: 'Fine jewellery, made by hand in Hatton Garden',
  announcement: 'Complimentary insured delivery across the UK, and free resizing in the first year.',
  contactEmail: 'clientservices@elysium.example',
  contactPhone: '+44 20 7946 0100',
  address: 'ELYSIUM Atelier\n3rd Floor, 27 Hatton Garden\nLondon EC1N 8BN\nUnited Kingdom',
  seoDefaults: seo(
    'ELYSIUM | Fine Jewellery from Hatton Garden, London',
    'Engagement rings, wedding bands and fine jewellery in platinum and 18k gold, with certified diamonds and gemstones, made in our Hatton Garden atelier.',
  ),
};

// ---------------------------------------------------------------------------------------------
// Checks: the generator refuses to write a dataset that breaks the content model
// ---------------------------------------------------------------------------------------------

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`catalog: ${message}`);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every reference, and a unique `_key` on every object in every array. */
function walk(value: unknown, path: string, refs: Array<{ ref: string; path: string }>): void {
  if (Array.isArray(value)) {
    const keys = new Set<string>();
    value.forEach((item, index) => {
      if (isObject(item)) {
        check(typeof item._key === 'string' && item._key !== '', `${path}[${index}] has no _key`);
        check(!keys.has(item._key), `${path} repeats _key ${item._key}`);
        keys.add(item._key);
      }
      walk(item, `${path}[${index}]`, refs);
    });
  } else if (isObject(value)) {
    if (value._type === 'reference') refs.push({ ref: String(value._ref), path });
    for (const [field, child] of Object.entries(value)) walk(child, `${path}.${field}`, refs);
  }
}

const inVocabulary = (vocabulary: object | readonly string[], value: unknown) =>
  Array.isArray(vocabulary) ? vocabulary.includes(value) : typeof value === 'string' && Object.hasOwn(vocabulary, value);

function checkSeo(doc: Doc, field = 'seo') {
  const value = doc[field] as { title: string; description: string };
  check(value.title.length <= 60, `${doc._id} ${field}.title is over 60 characters`);
  check(value.description.length <= 160, `${doc._id} ${field}.description is over 160 characters (${value.description.length})`);
}

function validate(documents: Doc[]): void {
  const ids = new Set<string>();
  for (const doc of documents) {
    check(!ids.has(doc._id), `duplicate _id ${doc._id}`);
    ids.add(doc._id);
  }
  const refs: Array<{ ref: string; path: string }> = [];
  for (const doc of documents) walk(doc, doc._id, refs);
  for (const { ref: target, path } of refs) check(ids.has(target), `${path} points at missing ${target}`);

  const published = documents.filter((d) => !d._id.startsWith('drafts.'));
  const ofType = (type: string) => published.filter((d) => d._type === type);

  for (const stone of STONE_SPECS) {
    check(inVocabulary(STONE_KINDS, stone.kind) && inVocabulary(STONE_SHAPES, stone.shape), `${stone.id} kind or shape`);
    check(inVocabulary(LABS, stone.lab) && inVocabulary(ORIGINS, stone.origin), `${stone.id} lab or origin`);
    check(stone.carat >= 0.3 && stone.carat <= 5, `${stone.id} carat ${stone.carat}`);
    if (stone.kind === 'diamond') {
      check(inVocabulary(DIAMOND_COLOURS, stone.colour) && inVocabulary(DIAMOND_CLARITIES, stone.clarity), `${stone.id} grades`);
      check(stone.cut === undefined || inVocabulary(FINISH_GRADES, stone.cut), `${stone.id} cut`);
      check(inVocabulary(FINISH_GRADES, stone.polish) && inVocabulary(FINISH_GRADES, stone.symmetry), `${stone.id} finish`);
      check(inVocabulary(FLUORESCENCE, stone.fluorescence), `${stone.id} fluorescence`);
    } else {
      check(
        stone.origin === 'natural' && stone.name !== undefined && stone.treatment !== undefined,
        `${stone.id} coloured stones here are natural, named, with treatment`,
      );
    }
  }

  const skus = new Set<string>();
  for (const product of ofType('product')) {
    const spec = PRODUCT_SPECS.find((p) => p.id === product._id)!;
    check(inVocabulary(CATEGORIES, spec.category) && inVocabulary(METALS, spec.metal), `${spec.id} category or metal`);
    check(spec.price >= 1_000 && spec.price <= 60_000, `${spec.id} price £${spec.price}`);
    const images = product.images as Figure[];
    check(images.length >= 1 && images.length <= 3, `${spec.id} has ${images.length} images`);
    const productVariants = product.variants as Array<{ sku: string; metal: Metal; size?: string; price: Money }>;
    check(productVariants.length >= 2, `${spec.id} has fewer than two variants`);
    for (const variant of productVariants) {
      check(!skus.has(variant.sku), `duplicate SKU ${variant.sku}`);
      skus.add(variant.sku);
      check(inVocabulary(METALS, variant.metal), `${variant.sku} metal`);
      if (spec.category === 'ring') check(inVocabulary(UK_RING_SIZES, variant.size), `${variant.sku} ring size`);
      else if (spec.category !== 'earrings') check(/^\d+ cm$/.test(variant.size ?? ''), `${variant.sku} length`);
    }
    check(
      Math.min(...productVariants.map((v) => v.price.amount)) === pounds(spec.price),
      `${spec.id}: "price from" is not its cheapest variant`,
    );
    check(
      productVariants.some((v) => v.metal === spec.metal),
      `${spec.id} has no variant in its own metal`,
    );
    const inStock = Object.hasOwn(DEMO_STOCK, spec.id);
    check(inStock === (spec.leadTimeWeeks === undefined), `${spec.id}: a lead time belongs on made-to-order pieces only`);
    for (const id of spec.stones ?? []) check(stoneSpecById.has(id), `${spec.id} stone ${id}`);
    check(/^202[56]-/.test(String(product.publishedAt)), `${spec.id} publishedAt`);
    check(spec.lead.length <= 160, `${spec.id} lead is ${spec.lead.length} characters, over 160`);
    checkSeo(product);
  }

  // The storefront lists by title: only the Aurelia may come before the Belgravia (tests rely on it).
  const titles = ofType('product')
    .map((p) => String(p.title))
    .sort();
  check(
    titles[0] === 'Aurelia Solitaire Engagement Ring' && titles[1] === 'Belgravia Sapphire Pendant',
    `title order starts ${titles.slice(0, 2).join(', ')}`,
  );

  for (const spec of CONFIGURATOR_SPECS) {
    const codes = new Set(spec.settings.map((s) => s.code));
    check(codes.size === spec.settings.length, `${spec.id} repeats a setting code`);
    check(
      spec.metals.every((m) => inVocabulary(METALS, m)),
      `${spec.id} metals`,
    );
    check(
      spec.ringSizes.every((s) => inVocabulary(UK_RING_SIZES, s)),
      `${spec.id} ring sizes`,
    );
    check(new RegExp(`^[${spec.engraving.allowedCharacters}]*$`, 'u').test('J & M 14.02.2026'), `${spec.id} engraving class`);
    for (const setting of spec.settings) {
      check(
        setting.stoneShapes.every((s) => inVocabulary(STONE_SHAPES, s)),
        `${spec.id} ${setting.code} shapes`,
      );
      const holds = spec.stones.filter((id) => setting.stoneShapes.includes(stoneSpecById.get(id)!.shape));
      check(holds.length > 0, `${spec.id} ${setting.code} holds none of the stones offered`);
    }
    for (const id of spec.stones) {
      const stone = stoneSpecById.get(id);
      check(stone, `${spec.id} offers missing stone ${id}`);
      check(
        spec.settings.some((s) => s.stoneShapes.includes(stone.shape)),
        `${spec.id} offers ${id} (${stone.shape}) but no setting holds that shape`,
      );
    }
    for (const rule of spec.rules) {
      const setting = spec.settings.find((s) => s.code === rule.setting);
      check(setting, `${spec.id} rule names unknown setting ${rule.setting}`);
      check((rule.metal === undefined) !== (rule.stoneShape === undefined), `${spec.id} rule needs a metal or a stone shape`);
      if (rule.metal) check(spec.metals.includes(rule.metal), `${spec.id} rule excludes a metal not offered`);
      // A shape rule explains why a setting does not hold a shape; it never contradicts the setting's list.
      if (rule.stoneShape) check(!setting.stoneShapes.includes(rule.stoneShape), `${spec.id} rule contradicts ${setting.code}`);
    }
    check(spec.rules.some((r) => r.metal) || spec.rules.some((r) => r.stoneShape), `${spec.id} has no rules`);
    check(
      PRODUCT_SPECS.some((p) => p.configurator === spec.id),
      `${spec.id} belongs to no product`,
    );
  }

  for (const article of ofType('article')) {
    check(inVocabulary(ARTICLE_KINDS, article.kind), `${article._id} kind`);
    check(String(article.excerpt).length <= 300, `${article._id} excerpt over 300 characters`);
    check((article.body as unknown[]).length >= 4, `${article._id} body is too short`);
    checkSeo(article);
  }
  for (const doc of [...ofType('collection'), ...ofType('page')]) checkSeo(doc);
  checkSeo(SITE_SETTINGS, 'seoDefaults');

  const counts: Record<string, number> = { product: 60, collection: 6, stone: 24, configurator: 3, article: 12, page: 4 };
  for (const [type, least] of Object.entries(counts)) check(ofType(type).length >= least, `fewer than ${least} ${type} documents`);
  check(new Set(ofType('product').map((p) => p.category)).size === Object.keys(CATEGORIES).length, 'a category has no products');
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

function build(): Doc[] {
  const stones = STONE_SPECS.map(stoneDocument);
  const collections = COLLECTION_SPECS.map(collectionDocument);
  const configurators = CONFIGURATOR_SPECS.map(configuratorDocument);
  const products = PRODUCT_SPECS.map(productDocument);
  const articles = ARTICLE_SPECS.map(articleDocument);
  const pages = PAGE_SPECS.map(pageDocument);

  // The one draft: an unpublished price rise on the Aurelia, which the public must never see.
  const aurelia = products.find((p) => p._id === 'product-aurelia-solitaire')!;
  const rise = 1_650_000 - (aurelia.price as Money).amount;
  const draft: Doc = {
    ...structuredClone(aurelia),
    _id: 'drafts.product-aurelia-solitaire',
    title: 'Aurelia Solitaire (DRAFT price rise)',
    price: money(1_650_000),
    variants: (aurelia.variants as Array<{ price: Money }>).map((v) => ({ ...v, price: money(v.price.amount + rise) })),
  };

  // Image assets were registered while building the documents above; they load first.
  return [
    ...assets.values(),
    ...stones,
    ...collections,
    ...configurators,
    PRICE_LIST,
    ...products,
    ...articles,
    ...pages,
    SITE_SETTINGS,
    draft,
  ];
}

const documents = build();
validate(documents);
writeFileSync(CATALOG_NDJSON, documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n');

const tally = new Map<string, number>();
for (const doc of documents) tally.set(doc._type, (tally.get(doc._type) ?? 0) + 1);
console.log(`Wrote ${documents.length} documents to ${CATALOG_NDJSON}: ${[...tally].map(([type, n]) => `${n} ${type}`).join(', ')}`);
