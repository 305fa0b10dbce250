import type { Metal, StoneKind } from './types';

/** What bespoke pieces are priced from, VAT excluded. Amounts here are in pence, as the price list stores them. */
export interface PriceListSpec {
  /** What the atelier charges for the metal a bespoke piece uses, per gram. */
  metalPerGram: Record<Metal, number>;
  diamondPerCarat: number;
  /** A laboratory-grown diamond costs this share of a natural one of the same weight. */
  labGrownFactor: number;
  gemstonesPerCarat: Array<{ kind: StoneKind; pricePerCarat: number }>;
  validUntil: string;
  /** How long a configurator quote holds its price. */
  quoteValidityMinutes: number;
}

export const PRICE_LIST_SPEC: PriceListSpec = {
  metalPerGram: {
    platinum: 3500,
    'yellow-gold-18k': 6500,
    'white-gold-18k': 6650,
    'rose-gold-18k': 6450,
  },
  diamondPerCarat: 2_000_000,
  labGrownFactor: 0.18,
  gemstonesPerCarat: [
    { kind: 'sapphire', pricePerCarat: 450_000 },
    { kind: 'emerald', pricePerCarat: 550_000 },
    { kind: 'ruby', pricePerCarat: 750_000 },
  ],
  validUntil: '2027-12-31T23:59:59Z',
  quoteValidityMinutes: 30,
};
