import { registerEnumType } from 'type-graphql';
import { METALS } from '@elysium/content-model';

/** A metal code as the content model stores it ('platinum', 'yellow-gold-18k', …). */
export type MetalCode = keyof typeof METALS;

const metalCodes = Object.keys(METALS) as MetalCode[];
const graphqlNameOf = (code: MetalCode) => code.toUpperCase().replace(/-/g, '_');

/**
 * The catalog's `Metal` enum, built from the content model's vocabulary rather than copied: the two
 * subgraphs then name the same metals, and composition fails loudly if the catalog's list drifts
 * (an enum used in inputs and outputs must match in every subgraph).
 */
export const Metal: Record<string, MetalCode> = Object.fromEntries(metalCodes.map((code) => [graphqlNameOf(code), code]));

registerEnumType(Metal, {
  name: 'Metal',
  description: 'The metal a piece is made in: platinum (950) or 18 carat gold.',
});

/** Which hand a ring size was measured on. */
export enum Hand {
  LEFT = 'LEFT',
  RIGHT = 'RIGHT',
}

registerEnumType(Hand, { name: 'Hand', description: 'Which hand a ring size was measured on.' });

/** Which finger a ring size was measured on. */
export enum Finger {
  THUMB = 'THUMB',
  INDEX = 'INDEX',
  MIDDLE = 'MIDDLE',
  RING = 'RING',
  LITTLE = 'LITTLE',
}

registerEnumType(Finger, { name: 'Finger', description: 'Which finger a ring size was measured on.' });

/** What a remembered date is. */
export enum OccasionKind {
  ANNIVERSARY = 'ANNIVERSARY',
  BIRTHDAY = 'BIRTHDAY',
  OTHER = 'OTHER',
}

registerEnumType(OccasionKind, {
  name: 'OccasionKind',
  description: 'What a remembered date is.',
  valuesConfig: {
    ANNIVERSARY: { description: 'An anniversary (wedding, engagement, first meeting).' },
    BIRTHDAY: { description: "Someone's birthday (the client's own date of birth is Customer.dateOfBirth)." },
    OTHER: { description: 'Anything else worth remembering; needs a label.' },
  },
});

/** Which default an address can be. */
export enum AddressKind {
  DELIVERY = 'DELIVERY',
  BILLING = 'BILLING',
}

registerEnumType(AddressKind, {
  name: 'AddressKind',
  description: 'Which default an address is: where pieces are delivered, or where invoices and cards are billed.',
  valuesConfig: {
    DELIVERY: { description: 'The default delivery address.' },
    BILLING: { description: 'The default billing address.' },
  },
});
