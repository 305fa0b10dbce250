import type { TypeDefinition } from './define';
import {
  configurator,
  configuratorRule,
  configuratorSetting,
  engravingRules,
  gemstonePrice,
  metalPrice,
  priceList,
} from './types/configurator';
import { article, page, siteSettings } from './types/editorial';
import { figure, measurements, money, productVariant, seo } from './types/objects';
import { collection, product } from './types/product';
import { stone } from './types/stone';

export * from './define';
export * from './vocabulary';

/** Every schema type, for Sanity Studio's `schema: { types: schemaTypes }`. */
export const schemaTypes: TypeDefinition[] = [
  product,
  collection,
  stone,
  configurator,
  priceList,
  article,
  page,
  siteSettings,
  money,
  seo,
  figure,
  productVariant,
  measurements,
  configuratorSetting,
  configuratorRule,
  engravingRules,
  metalPrice,
  gemstonePrice,
];
