import { GUIDES } from './guides';
import { JOURNAL } from './journal';
import type { ArticleSpec } from './types';

export * from './collections';
export * from './configurators';
export * from './pages';
export * from './price-list';
export * from './product-options';
export * from './products';
export * from './settings';
export * from './stone-cuts';
export * from './stones';
export * from './types';

/** Guides first, then the journal: the order sets each article's publishedAt. */
export const ARTICLE_SPECS: ArticleSpec[] = [...GUIDES, ...JOURNAL];
