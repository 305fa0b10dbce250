import { readFileSync } from 'node:fs';
import { CATALOG_NDJSON } from '../index';
import { buildCatalog, toNdjson, type Doc } from './build-catalog';
import { validateCatalog } from './validate-catalog';

// Each check is a function that lists what it finds wrong, so that the second half of this file can
// prove it actually finds something in a deliberately broken copy of the catalogue.

const isDraft = (doc: Doc) => doc._id.startsWith('drafts.');

/** `path -> target` for every `_ref` whose target is not a document in the set. */
function danglingReferences(documents: Doc[]): string[] {
  const ids = new Set(documents.map((doc) => doc._id));
  const dangling: string[] = [];
  const visit = (value: unknown, path: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, `${path}[${index}]`));
    } else if (typeof value === 'object' && value !== null) {
      const { _ref } = value as { _ref?: unknown };
      if (_ref !== undefined && !(typeof _ref === 'string' && ids.has(_ref))) dangling.push(`${path} -> ${String(_ref)}`);
      for (const [field, child] of Object.entries(value)) visit(child, `${path}.${field}`);
    }
  };
  for (const doc of documents) visit(doc, doc._id);
  return dangling;
}

/** Each value that appeared earlier in the list. */
function repeated(values: string[]): string[] {
  const seen = new Set<string>();
  const repeats: string[] = [];
  for (const value of values) {
    if (seen.has(value)) repeats.push(value);
    seen.add(value);
  }
  return repeats;
}

const isPence = (money: any) => money?._type === 'money' && money.currency === 'GBP' && Number.isInteger(money.amount) && money.amount > 0;

/** What a product page needs: a slug, a price, and photographs a screen reader can describe. */
function productProblems(product: Doc): string[] {
  const problems: string[] = [];
  const { slug, price, images, variants } = product as any;
  if (slug?._type !== 'slug' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug.current ?? '')) problems.push(`${product._id}: slug`);
  if (!isPence(price)) problems.push(`${product._id}: price ${JSON.stringify(price)}`);
  if (!Array.isArray(images) || images.length === 0) problems.push(`${product._id}: no images`);
  for (const [index, image] of (images ?? []).entries()) {
    if (typeof image.alt !== 'string' || image.alt.trim() === '') problems.push(`${product._id}: images[${index}] has no alt text`);
    if (typeof image.asset?._ref !== 'string') problems.push(`${product._id}: images[${index}] has no asset`);
  }
  for (const variant of variants ?? []) {
    if (!isPence(variant.price)) problems.push(`${variant.sku}: price ${JSON.stringify(variant.price)}`);
  }
  return problems;
}

// The draft repeats its product's SKUs by design (it is the same product, unpublished), so SKUs are
// unique across the published catalogue.
const skus = (documents: Doc[]) =>
  documents
    .filter((doc) => doc._type === 'product' && !isDraft(doc))
    .flatMap((doc) => (doc.variants as Array<{ sku: string }>).map((v) => v.sku));

function counts(documents: Doc[]) {
  const published = (type: string) => documents.filter((doc) => doc._type === type && !isDraft(doc)).length;
  return {
    product: published('product'),
    collection: published('collection'),
    stone: published('stone'),
    configurator: published('configurator'),
    article: published('article'),
    page: published('page'),
    siteSettings: published('siteSettings'),
    priceList: published('priceList'),
    drafts: documents.filter(isDraft).map((doc) => doc._id),
  };
}

/** The first line two NDJSON texts disagree on, cut short enough to read in a test failure. */
function firstDifference(built: string, committed: string) {
  const [a, b] = [built.split('\n'), committed.split('\n')];
  for (let index = 0; index < Math.max(a.length, b.length); index++) {
    if (a[index] !== b[index]) return { line: index + 1, built: a[index]?.slice(0, 240), committed: b[index]?.slice(0, 240) };
  }
  return undefined;
}

const documents = buildCatalog();
const products = documents.filter((doc) => doc._type === 'product');

describe('the demo catalogue', () => {
  it('resolves every reference to a document in the set', () => {
    expect(danglingReferences(documents)).toEqual([]);
  });

  it('gives every document its own id', () => {
    expect(repeated(documents.map((doc) => doc._id))).toEqual([]);
  });

  it('gives every product a slug, a whole positive price in pence (GBP) and photographs with alt text', () => {
    expect(products.flatMap(productProblems)).toEqual([]);
  });

  it('never repeats a variant SKU', () => {
    expect(skus(documents).length).toBeGreaterThan(products.length);
    expect(repeated(skus(documents))).toEqual([]);
  });

  it('has the documents the demo, the subgraphs and their tests expect', () => {
    expect(counts(documents)).toEqual({
      product: 64,
      collection: 8,
      stone: 53,
      configurator: 3,
      article: 14,
      page: 5,
      siteSettings: 1,
      priceList: 1,
      drafts: ['drafts.product-aurelia-solitaire'],
    });
  });

  it("passes the generator's own content-model checks", () => {
    expect(() => validateCatalog(documents)).not.toThrow();
  });

  it('comes out the same on every build', () => {
    expect(firstDifference(toNdjson(buildCatalog()), toNdjson(documents))).toBeUndefined();
  });

  it('is what demo/catalog.ndjson holds, byte for byte (if not: npm run catalog:generate)', () => {
    const built = toNdjson(documents);
    const committed = readFileSync(CATALOG_NDJSON);
    expect(firstDifference(built, committed.toString('utf8'))).toBeUndefined();
    expect(Buffer.from(built, 'utf8').equals(committed)).toBe(true);
  });
});

describe('the checks above, on a broken copy', () => {
  const broken = () => structuredClone(documents);
  const product = (docs: Doc[], id = 'product-aurelia-solitaire') => docs.find((doc) => doc._id === id)! as any;

  it('finds a reference to a missing document', () => {
    const docs = broken();
    product(docs).collections[0]._ref = 'collection-missing';
    expect(danglingReferences(docs)).toEqual(['product-aurelia-solitaire.collections[0] -> collection-missing']);
    expect(() => validateCatalog(docs)).toThrow('points at missing collection-missing');
  });

  it('finds a repeated id', () => {
    const docs = broken();
    docs.push(structuredClone(docs.find((doc) => doc._type === 'stone')!));
    expect(repeated(docs.map((doc) => doc._id))).toEqual([docs.at(-1)!._id]);
  });

  it('finds a product without a slug, with a price in pounds or in fractions of a penny, or with a photograph without alt text', () => {
    const docs = broken();
    delete product(docs).slug;
    product(docs, 'product-celeste-halo-ring').price.amount = 98.5;
    product(docs, 'product-regent-emerald-ring').price.currency = 'EUR';
    product(docs, 'product-lumen-tennis-bracelet').images[1].alt = ' ';
    product(docs, 'product-serein-pearl-studs').images = [];
    product(docs, 'product-mayfair-diamond-studs').variants[0].price.amount = 0;
    const mayfairSku = product(docs, 'product-mayfair-diamond-studs').variants[0].sku;
    expect(docs.filter((doc) => doc._type === 'product').flatMap(productProblems)).toEqual([
      'product-aurelia-solitaire: slug',
      'product-celeste-halo-ring: price {"_type":"money","amount":98.5,"currency":"GBP"}',
      'product-regent-emerald-ring: price {"_type":"money","amount":3200000,"currency":"EUR"}',
      'product-lumen-tennis-bracelet: images[1] has no alt text',
      'product-serein-pearl-studs: no images',
      `${mayfairSku}: price {"_type":"money","amount":0,"currency":"GBP"}`,
    ]);
  });

  it('finds a SKU used twice', () => {
    const docs = broken();
    const sku = product(docs).variants[0].sku;
    product(docs, 'product-hyde-wedding-band').variants[2].sku = sku;
    expect(repeated(skus(docs))).toEqual([sku]);
  });

  it('notices a missing document or a second draft', () => {
    const docs = broken().filter((doc) => doc._id !== 'page-about');
    docs.push({ ...structuredClone(product(docs, 'product-hyde-wedding-band')), _id: 'drafts.product-hyde-wedding-band' });
    expect(counts(docs)).toMatchObject({ page: 4, drafts: ['drafts.product-aurelia-solitaire', 'drafts.product-hyde-wedding-band'] });
  });

  it('notices a catalog.ndjson that has gone stale', () => {
    const built = toNdjson(documents);
    const stale = built.replace('"Aurelia Solitaire Engagement Ring"', '"Aurelia Solitaire"');
    const aureliaLine = built.split('\n').findIndex((line) => line.startsWith('{"_id":"product-aurelia-solitaire"')) + 1;
    expect(firstDifference(built, stale)).toMatchObject({ line: aureliaLine });
    expect(firstDifference(built, built.trimEnd())).toMatchObject({ built: '', committed: undefined });
  });
});
