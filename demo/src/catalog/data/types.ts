import type {
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
import type { CollectionId } from './collections';

export type Metal = keyof typeof METALS;
export type Category = keyof typeof CATEGORIES;
export type StoneKind = keyof typeof STONE_KINDS;
export type Shape = keyof typeof STONE_SHAPES;
export type Colour = (typeof DIAMOND_COLOURS)[number];
export type Clarity = (typeof DIAMOND_CLARITIES)[number];
export type Finish = keyof typeof FINISH_GRADES;
export type Fluorescence = keyof typeof FLUORESCENCE;
export type Lab = keyof typeof LABS;
export type Origin = keyof typeof ORIGINS;
export type RingSize = (typeof UK_RING_SIZES)[number];
export type ArticleKind = keyof typeof ARTICLE_KINDS;

export interface StoneSpec {
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

export interface CollectionSpec {
  id: string;
  title: string;
  slug: string;
  description: string;
  seoDescription: string;
  /** Dominant colour of the hero photograph. */
  background: string;
  alt: string;
}

export interface SettingSpec {
  code: string;
  name: string;
  /** Atelier labour, VAT excluded, in pounds. */
  labour: number;
  metalGrams: number;
  stoneShapes: Shape[];
}
export interface RuleSpec {
  setting: string;
  metal?: Metal;
  stoneShape?: Shape;
  message: string;
}
export interface ConfiguratorSpec {
  id: string;
  title: string;
  settings: SettingSpec[];
  metals: Metal[];
  stones: string[];
  ringSizes: readonly RingSize[];
  /** `price` in pounds, VAT excluded. */
  engraving: { maxLength: number; allowedCharacters: string; price: number };
  rules: RuleSpec[];
}

export interface ProductSpec {
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

/** A photograph set inside a body of copy. */
export interface InlinePhoto {
  /** File name without extension; the image asset's hash derives from it. */
  name: string;
  background: string;
  alt: string;
}

/** A paragraph of copy, a heading, or a picture, in the order it reads. */
export type Para = string | { h2: string } | { figure: InlinePhoto };

/** A photograph inside an article or page body. */
export const inline = (name: string, background: string, alt: string): Para => ({ figure: { name, background, alt } });

export interface ArticleSpec {
  id: string;
  kind: ArticleKind;
  title: string;
  slug: string;
  excerpt: string;
  hero: { background: string; alt: string };
  body: Para[];
  seoDescription: string;
}

export interface PageSpec {
  id: string;
  title: string;
  slug: string;
  body: Para[];
  seoDescription: string;
}

export interface SiteSettingsSpec {
  title: string;
  tagline: string;
  announcement: string;
  contactEmail: string;
  contactPhone: string;
  address: string;
  seoDefaults: { title: string; description: string };
}
