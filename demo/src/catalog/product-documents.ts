import {
  DEFAULT_SIZES,
  DEFAULT_VARIANT_METALS,
  DENSITY,
  DETAIL_PHOTO_FROM,
  METAL_BACKGROUND,
  METAL_CODE,
  METAL_WORDS,
  ORIGINAL_PRODUCTS,
  PACKSHOT_BACKGROUND,
  PRICE_LIST_SPEC,
  SECOND_VIEW,
  THIRD_VIEW,
  WORN_BACKGROUND,
  WORN_PHOTO_FROM,
  type Metal,
  type ProductSpec,
} from './data';
import { dayAfter } from './derive';
import { PRODUCT_IMAGE, type ImageLibrary } from './images';
import { portableText } from './portable-text';
import { keyedRef, money, pounds, ref, seo, seoTitle, slug, type Doc, type Figure } from './sanity';

/** What making the piece in another metal adds to its price, VAT included, to the nearest £10; never a discount. */
function metalSurcharge(spec: ProductSpec, metal: Metal): number {
  const { metalPerGram } = PRICE_LIST_SPEC;
  const grams = (spec.grams * DENSITY[metal]) / DENSITY[spec.metal];
  const cost = grams * metalPerGram[metal] - spec.grams * metalPerGram[spec.metal];
  const retail = cost * 2 * 1.2; // the atelier's margin on metal, then VAT
  return Math.max(0, Math.round(retail / 1000) * 1000);
}

/** Every metal offered in every size; longer or larger sizes cost `sizeStep` more per step. */
function variants(spec: ProductSpec) {
  const metals = spec.metals ?? DEFAULT_VARIANT_METALS[spec.metal];
  const sizes: Array<string | undefined> = spec.sizes ?? DEFAULT_SIZES[spec.category];
  return metals.flatMap((metal) =>
    sizes.map((size, step) => {
      const sizeCode = size?.replace(' cm', '');
      return {
        _type: 'productVariant',
        _key: [metal, sizeCode].filter(Boolean).join('-').toLowerCase(),
        sku: ['ELY', spec.code, METAL_CODE[metal], sizeCode].filter(Boolean).join('-'),
        metal,
        size,
        price: money(pounds(spec.price) + metalSurcharge(spec, metal) + step * pounds(spec.sizeStep ?? 0)),
      };
    }),
  );
}

function productImages(spec: ProductSpec, images: ImageLibrary): Figure[] {
  const name = spec.slug;
  const figures = [
    images.figure(
      `${name}-front`,
      PRODUCT_IMAGE,
      PACKSHOT_BACKGROUND,
      `${spec.title} in ${METAL_WORDS[spec.metal]}, seen from the front`,
      'front',
    ),
  ];
  if (spec.price >= WORN_PHOTO_FROM) {
    const [file, view] = SECOND_VIEW[spec.category];
    figures.push(images.figure(`${name}-${file}`, PRODUCT_IMAGE, WORN_BACKGROUND, `${spec.title} ${view}`, file));
  }
  if (spec.price >= DETAIL_PHOTO_FROM) {
    const [file, view] = THIRD_VIEW[spec.category];
    figures.push(images.figure(`${name}-${file}`, PRODUCT_IMAGE, METAL_BACKGROUND[spec.metal], `${spec.title}, ${view}`, file));
  }
  return figures;
}

/** The original twelve first, from January 2025; the rest a week apart through to early 2026. */
function publishedAt(index: number): string {
  const originals = ORIGINAL_PRODUCTS.length;
  return index < originals ? dayAfter('2025-01-06', index * 4) : dayAfter('2025-03-03', (index - originals) * 7);
}

export function productDocument(spec: ProductSpec, index: number, images: ImageLibrary): Doc {
  return {
    _id: spec.id,
    _type: 'product',
    title: spec.title,
    slug: slug(spec.slug),
    category: spec.category,
    metal: spec.metal,
    collections: spec.collections.map((id) => keyedRef(id)),
    price: money(pounds(spec.price)),
    description: portableText([spec.lead, spec.more], images, 'd'),
    images: productImages(spec, images),
    stones: spec.stones?.map((id) => keyedRef(id)),
    variants: variants(spec),
    leadTimeWeeks: spec.leadTimeWeeks,
    configurator: spec.configurator === undefined ? undefined : ref(spec.configurator),
    publishedAt: publishedAt(index),
    seo: seo(seoTitle(spec.title), spec.lead),
  };
}
