import { parse } from 'groq-js';
import { schemaTypes, type FieldDefinition } from '@elysium/content-model';
import { COLLECTION_PROJECTION } from './collection/collection.model';
import { COLLECTION_QUERIES } from './collection/collection.service';
import { CONFIGURATOR_PROJECTION } from './configurator/configurator.rows';
import { CONFIGURATOR_QUERIES } from './configurator/configurator.service';
import { PRICE_LIST_QUERY } from './configurator/price-list';
import { ARTICLE_PROJECTION, PAGE_PROJECTION, SITE_SETTINGS_QUERY } from './editorial/editorial.model';
import { EDITORIAL_QUERIES } from './editorial/editorial.service';
import { Metal, ProductCategory } from './product/product.enums';
import { productFilterGroq, ProductSort } from './product/product-filter.input';
import { PRODUCT_PROJECTION } from './product/product.model';
import { PRODUCT_QUERIES } from './product/product.service';
import { published } from './sanity/published';
import { STONE_PROJECTION, StoneShape } from './stone/stone.model';
import { STONE_QUERIES } from './stone/stone.service';

/** Every GROQ projection the catalog sends, with the document type it reads. */
const PROJECTIONS: Array<[documentType: string, groq: string]> = [
  ['product', PRODUCT_PROJECTION],
  ['collection', COLLECTION_PROJECTION],
  ['stone', STONE_PROJECTION],
  ['configurator', CONFIGURATOR_PROJECTION],
  ['priceList', PRICE_LIST_QUERY],
  ['article', ARTICLE_PROJECTION],
  ['page', PAGE_PROJECTION],
  ['siteSettings', SITE_SETTINGS_QUERY],
];

/** Every filter a product list can send at once, so the page query reads every field it ever reads. */
const EVERY_FILTER = productFilterGroq({
  collection: 'bridal',
  category: ProductCategory.RING,
  metal: Metal.PLATINUM,
  stoneShape: StoneShape.ROUND,
  caratMin: 1,
  caratMax: 2,
  priceMin: 1,
  priceMax: 2,
  search: 'sapphire',
}).clauses;

/** Every whole query the catalog's services send, with the document type it lists. */
const QUERIES: Array<[documentType: string, name: string, groq: string]> = [
  ['product', 'PRODUCT_QUERIES.byIds', PRODUCT_QUERIES.byIds],
  ['product', 'PRODUCT_QUERIES.bySlug', PRODUCT_QUERIES.bySlug],
  ['product', 'PRODUCT_QUERIES.bySku', PRODUCT_QUERIES.bySku],
  ...Object.values(ProductSort).map((sort): [string, string, string] => [
    'product',
    `PRODUCT_QUERIES.page (${sort}, every filter)`,
    PRODUCT_QUERIES.page(EVERY_FILTER, sort),
  ]),
  ['collection', 'COLLECTION_QUERIES.all', COLLECTION_QUERIES.all],
  ['collection', 'COLLECTION_QUERIES.bySlug', COLLECTION_QUERIES.bySlug],
  ['stone', 'STONE_QUERIES.byIds', STONE_QUERIES.byIds],
  ['stone', 'STONE_QUERIES.list', STONE_QUERIES.list],
  ['product', 'CONFIGURATOR_QUERIES.forProduct', CONFIGURATOR_QUERIES.forProduct],
  ['configurator', 'CONFIGURATOR_QUERIES.byIds', CONFIGURATOR_QUERIES.byIds],
  ['article', 'EDITORIAL_QUERIES.articles', EDITORIAL_QUERIES.articles],
  ['article', 'EDITORIAL_QUERIES.articleBySlug', EDITORIAL_QUERIES.articleBySlug],
  ['page', 'EDITORIAL_QUERIES.pages', EDITORIAL_QUERIES.pages],
  ['page', 'EDITORIAL_QUERIES.pageBySlug', EDITORIAL_QUERIES.pageBySlug],
];

const SLICE_PARAMS = { offset: 0, end: 24, limit: 20 };

/** Singletons, read by their fixed id: a draft has another id (`drafts.…`), so they need no filter. */
const SINGLETON_QUERIES: Array<[documentType: string, name: string, groq: string]> = [
  ['priceList', 'CONFIGURATOR_QUERIES.priceList', CONFIGURATOR_QUERIES.priceList],
  ['siteSettings', 'EDITORIAL_QUERIES.siteSettings', EDITORIAL_QUERIES.siteSettings],
];

/** Fields Sanity itself puts on documents, references, slugs and image assets. */
const SANITY_BUILT_INS = [
  '_id',
  '_type',
  '_rev',
  '_createdAt',
  '_updatedAt',
  '_ref',
  '_key',
  'current',
  'metadata',
  'dimensions',
  'width',
  'height',
  'palette',
  'dominant',
  'background',
  'x',
  'y',
  'top',
  'bottom',
  'left',
  'right',
];

const types = new Map(schemaTypes.map((t) => [t.name, t]));

/** Every field name a document of `typeName` can hold, following objects, arrays and references. */
function reachableFields(typeName: string, seen = new Set<string>()): Set<string> {
  const names = new Set<string>();
  const visitType = (name: string) => {
    if (seen.has(name) || !types.has(name)) return;
    seen.add(name);
    visitFields(types.get(name)!.fields);
  };
  const visitFields = (fields: FieldDefinition[]) => {
    for (const field of fields) {
      names.add(field.name);
      visitType(field.type);
      for (const member of field.of ?? []) {
        visitType(member.type);
        for (const target of member.to ?? []) visitType(target.type);
      }
      for (const target of field.to ?? []) visitType(target.type);
      if (field.fields) visitFields(field.fields);
    }
  };
  visitType(typeName);
  return names;
}

/** Names of the attributes a GROQ expression reads (not the names it outputs). */
function attributesRead(node: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => attributesRead(n, into));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'AccessAttribute' && typeof record.name === 'string') into.add(record.name);
    Object.values(record).forEach((v) => attributesRead(v, into));
  }
  return into;
}

describe('the catalog GROQ and the Studio content model', () => {
  it.each(PROJECTIONS)('every field the %s projection reads exists in the schema types', (documentType, groq) => {
    expect(types.get(documentType)?.type).toBe('document');
    const known = new Set([...reachableFields(documentType), ...SANITY_BUILT_INS]);
    const unknown = [...attributesRead(parse(groq))].filter((name) => !known.has(name));
    expect(unknown).toEqual([]);
  });

  it.each([...QUERIES, ...SINGLETON_QUERIES])('every field %s query %s reads exists in the schema types', (documentType, _name, groq) => {
    const known = new Set([...reachableFields(documentType), ...SANITY_BUILT_INS]);
    // groq-js wants slice bounds when it parses; any numbers do.
    const unknown = [...attributesRead(parse(groq, { params: SLICE_PARAMS }))].filter((name) => !known.has(name));
    expect(unknown).toEqual([]);
  });

  it.each(QUERIES)('the %s query %s never serves drafts', (documentType, _name, groq) => {
    expect(groq).toContain(`*[${published(documentType)}`);
  });

  it('every service query is listed here', () => {
    const listed = new Set([...QUERIES, ...SINGLETON_QUERIES].map(([, name]) => name.split(' ')[0]));
    const exported = Object.entries({
      PRODUCT_QUERIES,
      COLLECTION_QUERIES,
      STONE_QUERIES,
      CONFIGURATOR_QUERIES,
      EDITORIAL_QUERIES,
    }).flatMap(([group, queries]) => Object.keys(queries).map((key) => `${group}.${key}`));
    expect(exported.filter((name) => !listed.has(name))).toEqual([]);
  });

  it('notices a field the content model does not have', () => {
    expect([...attributesRead(parse('{ title, "c": colourr }'))].filter((n) => !reachableFields('stone').has(n))).toEqual(['colourr']);
  });
});
