import type { Shape, StoneKind } from './types';

/** How a stone's title names its shape: diamonds by the trade's names, coloured stones more plainly. */
export const DIAMOND_SHAPE_TITLE: Record<Shape, string> = {
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
export const GEM_SHAPE_TITLE: Record<Shape, string> = {
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
export const CUT_GEOMETRY: Record<Shape, { k: number; ratio: number; depth: number }> = {
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
export const DENSITY_AGAINST_DIAMOND: Record<StoneKind, number> = {
  diamond: 1,
  sapphire: 4.0 / 3.52,
  ruby: 4.0 / 3.52,
  emerald: 2.72 / 3.52,
  pearl: 2.7 / 3.52,
  morganite: 2.8 / 3.52,
};

/** Dominant colour of each kind of stone, for its photograph. */
export const STONE_BACKGROUND: Record<StoneKind, string> = {
  diamond: '#f2f2f0',
  sapphire: '#1e3f8c',
  ruby: '#9a1c32',
  emerald: '#1f7a4e',
  pearl: '#efe9df',
  morganite: '#e8b9a7',
};
