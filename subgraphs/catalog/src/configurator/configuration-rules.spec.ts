import fc from 'fast-check';
import { DIAMOND_CLARITIES, DIAMOND_COLOURS } from '@elysium/content-model';
import { stonePrice } from '../stone/stone-pricing';
import { StoneOrigin, StoneShape, type StoneRow } from '../stone/stone.model';
import { checkConfiguration, priceBreakdown, type ConfigurationChoice } from './configuration-rules';
import type { ConfiguratorRow } from './configurator.rows';
import type { PriceList } from './price-list';

const gbp = (amount: number) => ({ amount, currency: 'GBP' });

const priceList = fc.record<PriceList>({
  metals: fc.constant([
    { metal: 'platinum', pricePerGram: gbp(3_500) },
    { metal: 'yellow-gold-18k', pricePerGram: gbp(6_500) },
  ]),
  diamondPerCarat: fc.integer({ min: 100_000, max: 5_000_000 }).map(gbp),
  labGrownFactor: fc.double({ min: 0.05, max: 1, noNaN: true }),
  gemstonesPerCarat: fc.constant([{ kind: 'sapphire', pricePerCarat: gbp(400_000) }]),
  validUntil: fc.constant('2027-12-31T23:59:59Z'),
  quoteValidityMinutes: fc.constant(30),
});

const grade = fc.record({
  kind: fc.constantFrom('diamond', 'sapphire'),
  colour: fc.constantFrom(...DIAMOND_COLOURS),
  clarity: fc.constantFrom(...DIAMOND_CLARITIES),
  origin: fc.constantFrom('natural', 'lab-grown'),
});
const carat = fc.double({ min: 0.1, max: 10, noNaN: true });

function stone(overrides: Partial<StoneRow> = {}): StoneRow {
  return {
    id: 'stone-1',
    title: 'Stone',
    kind: 'diamond',
    shape: StoneShape.ROUND,
    carat: 1,
    colour: 'E',
    clarity: 'VS1',
    cut: 'EX',
    polish: 'EX',
    symmetry: 'EX',
    fluorescence: 'none',
    measurements: null,
    lab: 'GIA',
    certificateNumber: '1',
    origin: StoneOrigin.NATURAL,
    provenance: null,
    image: null,
    ...overrides,
  };
}

const configurator: ConfiguratorRow = {
  id: 'configurator-solitaire',
  title: 'Solitaire',
  settings: [
    { code: 'four-claw', name: 'Four-claw solitaire', labour: gbp(120_000), metalGrams: 4.2, stoneShapes: ['round', 'oval'] },
    { code: 'bezel', name: 'Bezel', labour: gbp(150_000), metalGrams: 5, stoneShapes: ['round', 'emerald'] },
  ],
  metals: ['platinum', 'yellow-gold-18k'],
  stones: [
    stone({ id: 'round', shape: StoneShape.ROUND }),
    stone({ id: 'emerald', shape: StoneShape.EMERALD }),
    stone({ id: 'oval', shape: StoneShape.OVAL }),
  ],
  ringSizes: ['J', 'K', 'L'],
  engraving: { maxLength: 12, allowedCharacters: "A-Za-z0-9 .&'-", price: gbp(9_500) },
  rules: [{ setting: 'bezel', metal: 'yellow-gold-18k', stoneShape: null, message: 'Our bezel is made in platinum only.' }],
};

const valid: ConfigurationChoice = {
  settingCode: 'four-claw',
  metal: 'platinum',
  stoneId: 'round',
  ringSize: 'K',
  engraving: 'C & J 2026',
};

describe('bespoke pricing laws', () => {
  it('a price is never negative, and total = parts + VAT', () => {
    fc.assert(
      fc.property(priceList, grade, carat, fc.boolean(), (list, g, c, engraved) => {
        const s = stone({ ...g, carat: c, origin: g.origin as StoneOrigin });
        const breakdown = priceBreakdown(configurator, configurator.settings[0], s, { ...valid, engraving: engraved ? 'A' : null }, list);
        if (!breakdown) return;
        for (const part of [breakdown.metal, breakdown.stone, breakdown.labour, breakdown.engraving, breakdown.vat])
          expect(part).toBeGreaterThanOrEqual(0);
        expect(breakdown.net).toBe(breakdown.metal + breakdown.stone + breakdown.labour + breakdown.engraving);
        expect(breakdown.total).toBe(breakdown.net + breakdown.vat);
        expect(Number.isInteger(breakdown.total)).toBe(true);
      }),
    );
  });

  it('for the same grade, a heavier stone never costs less', () => {
    fc.assert(
      fc.property(priceList, grade, carat, carat, (list, g, a, b) => {
        const [lighter, heavier] = a <= b ? [a, b] : [b, a];
        const price = (c: number) => stonePrice({ ...g, carat: c }, list) as number;
        expect(price(lighter)).toBeLessThanOrEqual(price(heavier));
      }),
    );
  });

  it('lab-grown costs less than natural of the same grade and weight', () => {
    fc.assert(
      fc.property(priceList, carat, (list, c) => {
        fc.pre(list.labGrownFactor < 1);
        const natural = stonePrice({ kind: 'diamond', carat: c, colour: 'F', clarity: 'VS1', origin: 'natural' }, list) as number;
        const grown = stonePrice({ kind: 'diamond', carat: c, colour: 'F', clarity: 'VS1', origin: 'lab-grown' }, list) as number;
        expect(grown).toBeLessThanOrEqual(natural);
      }),
    );
  });
});

describe('checkConfiguration', () => {
  it('accepts an offered, compatible choice', () => {
    expect(checkConfiguration(configurator, valid)).toMatchObject({
      kind: 'valid',
      setting: { code: 'four-claw' },
      stone: { id: 'round' },
    });
  });

  it('names every bad field at once', () => {
    const check = checkConfiguration(configurator, {
      settingCode: 'pave',
      metal: 'silver',
      stoneId: 'nope',
      ringSize: 'A',
      engraving: '<script>',
    });
    expect(check.kind === 'invalid' && check.fieldErrors.map((e) => e.field)).toEqual([
      'input.settingCode',
      'input.metal',
      'input.stoneId',
      'input.ringSize',
      'input.engraving',
    ]);
  });

  it('refuses engraving that is too long', () => {
    const check = checkConfiguration(configurator, { ...valid, engraving: 'FOREVER AND ALWAYS' });
    expect(check.kind === 'invalid' && check.fieldErrors).toEqual([
      expect.objectContaining({ field: 'input.engraving', message: 'At most 12 characters.' }),
    ]);
  });

  it('refuses a stone the setting cannot hold, and a combination a rule excludes', () => {
    expect(checkConfiguration(configurator, { ...valid, stoneId: 'emerald' })).toMatchObject({
      kind: 'incompatible',
      fields: ['input.settingCode', 'input.stoneId'],
    });
    expect(checkConfiguration(configurator, { ...valid, settingCode: 'bezel', metal: 'yellow-gold-18k' })).toEqual({
      kind: 'incompatible',
      message: 'Our bezel is made in platinum only.',
      fields: ['input.settingCode', 'input.metal'],
    });
  });
});
