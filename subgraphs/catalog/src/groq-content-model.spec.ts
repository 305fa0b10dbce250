import { parse } from 'groq-js';
import { schemaTypes, type FieldDefinition } from '@elysium/content-model';
import { COLLECTION_PROJECTION } from './collection/collection.model';
import { CONFIGURATOR_PROJECTION } from './configurator/configurator.rows';
import { PRICE_LIST_QUERY } from './configurator/price-list';
import { ARTICLE_PROJECTION, PAGE_PROJECTION, SITE_SETTINGS_QUERY } from './editorial/editorial.model';
import { PRODUCT_PROJECTION } from './product/product.model';
import { STONE_PROJECTION } from './stone/stone.model';

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

  it('notices a field the content model does not have', () => {
    expect([...attributesRead(parse('{ title, "c": colourr }'))].filter((n) => !reachableFields('stone').has(n))).toEqual(['colourr']);
  });
});
