import { registerEnumType } from 'type-graphql';
import { registerMetalEnum } from '@elysium/subgraph-kit';

/** What kind of piece it is. */
export enum ProductCategory {
  RING = 'ring',
  NECKLACE = 'necklace',
  EARRINGS = 'earrings',
  BRACELET = 'bracelet',
}

registerEnumType(ProductCategory, {
  name: 'ProductCategory',
  description: 'What kind of piece it is.',
  valuesConfig: {
    RING: { description: 'Rings: engagement, wedding, dress and signet.' },
    NECKLACE: { description: 'Necklaces and pendants.' },
    EARRINGS: { description: 'Earrings: studs, drops and hoops (sold as a pair).' },
    BRACELET: { description: 'Bracelets and bangles.' },
  },
});

/** The metal a piece is made in. */
export enum Metal {
  PLATINUM = 'platinum',
  YELLOW_GOLD_18K = 'yellow-gold-18k',
  WHITE_GOLD_18K = 'white-gold-18k',
  ROSE_GOLD_18K = 'rose-gold-18k',
}

registerMetalEnum(Metal);
