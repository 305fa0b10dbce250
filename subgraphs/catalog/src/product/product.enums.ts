import { registerEnumType } from 'type-graphql';

/** What kind of piece it is. */
export enum ProductCategory {
  RING = 'ring',
  NECKLACE = 'necklace',
  EARRINGS = 'earrings',
  BRACELET = 'bracelet',
}

registerEnumType(ProductCategory, { name: 'ProductCategory', description: 'What kind of piece it is.' });

/** The metal a piece is made in. */
export enum Metal {
  PLATINUM = 'platinum',
  YELLOW_GOLD_18K = 'yellow-gold-18k',
  WHITE_GOLD_18K = 'white-gold-18k',
  ROSE_GOLD_18K = 'rose-gold-18k',
}

registerEnumType(Metal, { name: 'Metal', description: 'The metal a piece is made in: platinum (950) or 18 carat gold.' });
