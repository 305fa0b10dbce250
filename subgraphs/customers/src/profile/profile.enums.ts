import { registerEnumType } from 'type-graphql';
import { METAL_CODES, metalGraphqlName, registerMetalEnum, type MetalCode } from '@elysium/subgraph-kit';

export type { MetalCode };

/**
 * The catalog's `Metal` enum, built from the content model's vocabulary rather than copied: the
 * subgraphs then name the same metals, and composition fails loudly if a list drifts (an enum used
 * in inputs and outputs must match in every subgraph).
 */
export const Metal: Record<string, MetalCode> = Object.fromEntries(METAL_CODES.map((code) => [metalGraphqlName(code), code]));

registerMetalEnum(Metal);

/** Which hand a ring size was measured on. */
export enum Hand {
  LEFT = 'LEFT',
  RIGHT = 'RIGHT',
}

registerEnumType(Hand, {
  name: 'Hand',
  description: 'Which hand a ring size was measured on.',
  valuesConfig: { LEFT: { description: 'The left hand.' }, RIGHT: { description: 'The right hand.' } },
});

/** Which finger a ring size was measured on. */
export enum Finger {
  THUMB = 'THUMB',
  INDEX = 'INDEX',
  MIDDLE = 'MIDDLE',
  RING = 'RING',
  LITTLE = 'LITTLE',
}

registerEnumType(Finger, {
  name: 'Finger',
  description: 'Which finger a ring size was measured on.',
  valuesConfig: {
    THUMB: { description: 'The thumb.' },
    INDEX: { description: 'The index finger.' },
    MIDDLE: { description: 'The middle finger.' },
    RING: { description: 'The ring finger (engagement and wedding rings).' },
    LITTLE: { description: 'The little finger (signet rings).' },
  },
});

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
