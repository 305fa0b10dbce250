import { registerEnumType } from 'type-graphql';

/** What a cart or order line is: a variant by SKU, a one-of-one piece, a loose stone, or a bespoke design. */
export enum LineKind {
  SKU = 'SKU',
  PIECE = 'PIECE',
  STONE = 'STONE',
  CONFIGURED = 'CONFIGURED',
}

registerEnumType(LineKind, {
  name: 'LineKind',
  description: 'What a cart or order line is.',
  valuesConfig: {
    SKU: { description: 'A variant of a piece, by SKU, in a quantity.' },
    PIECE: { description: 'A one-of-one piece (quantity 1).' },
    STONE: { description: 'A certified stone bought loose (quantity 1).' },
    CONFIGURED: { description: 'A bespoke design from the configurator, at its signed quote (quantity 1).' },
  },
});
