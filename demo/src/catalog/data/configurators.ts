import { METALS, UK_RING_SIZES } from '@elysium/content-model';
import type { ConfiguratorSpec, Metal, RingSize } from './types';

/** A regular-expression character class: the letters, digits and punctuation of initials and dates. */
const ENGRAVABLE = "A-Za-z0-9 .&'-";
const ALL_METALS = Object.keys(METALS) as Metal[];
const sizesFrom = (first: RingSize) => UK_RING_SIZES.slice(UK_RING_SIZES.indexOf(first));

export const CONFIGURATOR_SPECS: ConfiguratorSpec[] = [
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
