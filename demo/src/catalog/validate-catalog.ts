import {
  ARTICLE_KINDS,
  CATEGORIES,
  DIAMOND_CLARITIES,
  DIAMOND_COLOURS,
  FINISH_GRADES,
  FLUORESCENCE,
  LABS,
  METALS,
  ORIGINS,
  STONE_KINDS,
  STONE_SHAPES,
  UK_RING_SIZES,
} from '@elysium/content-model';
import { DEMO_STOCK } from '../index';
import { CONFIGURATOR_SPECS, PRODUCT_SPECS, STONE_SPECS, type Metal } from './data';
import { DRAFT_PREFIX, pounds, type Doc, type Figure, type Money } from './sanity';

// The generator refuses to write a dataset that breaks the content model: these are the rules Sanity
// Studio would enforce on an editor, plus the facts other subgraphs' tests and demo data rely on.

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`catalog: ${message}`);
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const inVocabulary = (vocabulary: object | readonly string[], value: unknown) =>
  Array.isArray(vocabulary) ? vocabulary.includes(value) : typeof value === 'string' && Object.hasOwn(vocabulary, value);

const stoneSpecById = new Map(STONE_SPECS.map((s) => [s.id, s]));

/** Every reference, and a unique `_key` on every object in every array. */
function walk(value: unknown, path: string, refs: Array<{ ref: string; path: string }>): void {
  if (Array.isArray(value)) {
    const keys = new Set<string>();
    value.forEach((item, index) => {
      if (isObject(item)) {
        check(typeof item._key === 'string' && item._key !== '', `${path}[${index}] has no _key`);
        check(!keys.has(item._key), `${path} repeats _key ${item._key}`);
        keys.add(item._key);
      }
      walk(item, `${path}[${index}]`, refs);
    });
  } else if (isObject(value)) {
    if (value._type === 'reference') refs.push({ ref: String(value._ref), path });
    for (const [field, child] of Object.entries(value)) walk(child, `${path}.${field}`, refs);
  }
}

function checkIdsKeysAndReferences(documents: Doc[]): void {
  const ids = new Set<string>();
  for (const doc of documents) {
    check(!ids.has(doc._id), `duplicate _id ${doc._id}`);
    ids.add(doc._id);
  }
  const refs: Array<{ ref: string; path: string }> = [];
  for (const doc of documents) walk(doc, doc._id, refs);
  for (const { ref: target, path } of refs) check(ids.has(target), `${path} points at missing ${target}`);
}

function checkSeo(doc: Doc, field = 'seo') {
  const value = doc[field] as { title: string; description: string };
  check(value.title.length <= 60, `${doc._id} ${field}.title is over 60 characters`);
  check(value.description.length <= 160, `${doc._id} ${field}.description is over 160 characters (${value.description.length})`);
}

function checkStoneSpecs(): void {
  for (const stone of STONE_SPECS) {
    check(inVocabulary(STONE_KINDS, stone.kind) && inVocabulary(STONE_SHAPES, stone.shape), `${stone.id} kind or shape`);
    check(inVocabulary(LABS, stone.lab) && inVocabulary(ORIGINS, stone.origin), `${stone.id} lab or origin`);
    check(stone.carat >= 0.3 && stone.carat <= 5, `${stone.id} carat ${stone.carat}`);
    if (stone.kind === 'diamond') {
      check(inVocabulary(DIAMOND_COLOURS, stone.colour) && inVocabulary(DIAMOND_CLARITIES, stone.clarity), `${stone.id} grades`);
      check(stone.cut === undefined || inVocabulary(FINISH_GRADES, stone.cut), `${stone.id} cut`);
      check(inVocabulary(FINISH_GRADES, stone.polish) && inVocabulary(FINISH_GRADES, stone.symmetry), `${stone.id} finish`);
      check(inVocabulary(FLUORESCENCE, stone.fluorescence), `${stone.id} fluorescence`);
    } else {
      check(
        stone.origin === 'natural' && stone.name !== undefined && stone.treatment !== undefined,
        `${stone.id} coloured stones here are natural, named, with treatment`,
      );
    }
  }
}

function checkProducts(products: Doc[]): void {
  const skus = new Set<string>();
  for (const product of products) {
    const spec = PRODUCT_SPECS.find((p) => p.id === product._id)!;
    check(inVocabulary(CATEGORIES, spec.category) && inVocabulary(METALS, spec.metal), `${spec.id} category or metal`);
    check(spec.price >= 1_000 && spec.price <= 60_000, `${spec.id} price £${spec.price}`);
    const images = product.images as Figure[];
    check(images.length >= 1 && images.length <= 3, `${spec.id} has ${images.length} images`);
    const productVariants = product.variants as Array<{ sku: string; metal: Metal; size?: string; price: Money }>;
    check(productVariants.length >= 2, `${spec.id} has fewer than two variants`);
    for (const variant of productVariants) {
      check(!skus.has(variant.sku), `duplicate SKU ${variant.sku}`);
      skus.add(variant.sku);
      check(inVocabulary(METALS, variant.metal), `${variant.sku} metal`);
      if (spec.category === 'ring') check(inVocabulary(UK_RING_SIZES, variant.size), `${variant.sku} ring size`);
      else if (spec.category !== 'earrings') check(/^\d+ cm$/.test(variant.size ?? ''), `${variant.sku} length`);
    }
    check(
      Math.min(...productVariants.map((v) => v.price.amount)) === pounds(spec.price),
      `${spec.id}: "price from" is not its cheapest variant`,
    );
    check(
      productVariants.some((v) => v.metal === spec.metal),
      `${spec.id} has no variant in its own metal`,
    );
    const inStock = Object.hasOwn(DEMO_STOCK, spec.id);
    check(inStock === (spec.leadTimeWeeks === undefined), `${spec.id}: a lead time belongs on made-to-order pieces only`);
    for (const id of spec.stones ?? []) check(stoneSpecById.has(id), `${spec.id} stone ${id}`);
    check(/^202[56]-/.test(String(product.publishedAt)), `${spec.id} publishedAt`);
    check(spec.lead.length <= 160, `${spec.id} lead is ${spec.lead.length} characters, over 160`);
    checkSeo(product);
  }

  // The storefront lists by title: only the Aurelia may come before the Belgravia (tests rely on it).
  const titles = products.map((p) => String(p.title)).sort();
  check(
    titles[0] === 'Aurelia Solitaire Engagement Ring' && titles[1] === 'Belgravia Sapphire Pendant',
    `title order starts ${titles.slice(0, 2).join(', ')}`,
  );
}

function checkConfiguratorSpecs(): void {
  for (const spec of CONFIGURATOR_SPECS) {
    const codes = new Set(spec.settings.map((s) => s.code));
    check(codes.size === spec.settings.length, `${spec.id} repeats a setting code`);
    check(
      spec.metals.every((m) => inVocabulary(METALS, m)),
      `${spec.id} metals`,
    );
    check(
      spec.ringSizes.every((s) => inVocabulary(UK_RING_SIZES, s)),
      `${spec.id} ring sizes`,
    );
    check(new RegExp(`^[${spec.engraving.allowedCharacters}]*$`, 'u').test('J & M 14.02.2026'), `${spec.id} engraving class`);
    for (const setting of spec.settings) {
      check(
        setting.stoneShapes.every((s) => inVocabulary(STONE_SHAPES, s)),
        `${spec.id} ${setting.code} shapes`,
      );
      const holds = spec.stones.filter((id) => setting.stoneShapes.includes(stoneSpecById.get(id)!.shape));
      check(holds.length > 0, `${spec.id} ${setting.code} holds none of the stones offered`);
    }
    for (const id of spec.stones) {
      const stone = stoneSpecById.get(id);
      check(stone, `${spec.id} offers missing stone ${id}`);
      check(
        spec.settings.some((s) => s.stoneShapes.includes(stone.shape)),
        `${spec.id} offers ${id} (${stone.shape}) but no setting holds that shape`,
      );
    }
    for (const rule of spec.rules) {
      const setting = spec.settings.find((s) => s.code === rule.setting);
      check(setting, `${spec.id} rule names unknown setting ${rule.setting}`);
      check((rule.metal === undefined) !== (rule.stoneShape === undefined), `${spec.id} rule needs a metal or a stone shape`);
      if (rule.metal) check(spec.metals.includes(rule.metal), `${spec.id} rule excludes a metal not offered`);
      // A shape rule explains why a setting does not hold a shape; it never contradicts the setting's list.
      if (rule.stoneShape) check(!setting.stoneShapes.includes(rule.stoneShape), `${spec.id} rule contradicts ${setting.code}`);
    }
    check(spec.rules.some((r) => r.metal) || spec.rules.some((r) => r.stoneShape), `${spec.id} has no rules`);
    check(
      PRODUCT_SPECS.some((p) => p.configurator === spec.id),
      `${spec.id} belongs to no product`,
    );
  }
}

function checkArticles(articles: Doc[]): void {
  for (const article of articles) {
    check(inVocabulary(ARTICLE_KINDS, article.kind), `${article._id} kind`);
    check(String(article.excerpt).length <= 300, `${article._id} excerpt over 300 characters`);
    check((article.body as unknown[]).length >= 4, `${article._id} body is too short`);
    checkSeo(article);
  }
}

/** Throws on the first broken rule, naming the document and what is wrong with it. */
export function validateCatalog(documents: Doc[]): void {
  checkIdsKeysAndReferences(documents);

  const published = documents.filter((d) => !d._id.startsWith(DRAFT_PREFIX));
  const ofType = (type: string) => published.filter((d) => d._type === type);

  checkStoneSpecs();
  checkProducts(ofType('product'));
  checkConfiguratorSpecs();
  checkArticles(ofType('article'));
  for (const doc of [...ofType('collection'), ...ofType('page')]) checkSeo(doc);
  const [settings] = ofType('siteSettings');
  check(settings, 'no site settings');
  checkSeo(settings, 'seoDefaults');

  const counts: Record<string, number> = { product: 60, collection: 6, stone: 24, configurator: 3, article: 12, page: 4 };
  for (const [type, least] of Object.entries(counts)) check(ofType(type).length >= least, `fewer than ${least} ${type} documents`);
  check(new Set(ofType('product').map((p) => p.category)).size === Object.keys(CATEGORIES).length, 'a category has no products');
}
