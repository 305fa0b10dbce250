import { configuratorDocument, priceListDocument } from './configurator-documents';
import {
  ARTICLE_SPECS,
  COLLECTION_SPECS,
  CONFIGURATOR_SPECS,
  DRAFT_PRICE_RISE,
  PAGE_SPECS,
  PRICE_LIST_SPEC,
  PRODUCT_SPECS,
  SITE_SETTINGS_SPEC,
  STONE_SPECS,
} from './data';
import { articleDocument, collectionDocument, pageDocument, siteSettingsDocument } from './editorial-documents';
import { createImageLibrary, type ImageLibrary } from './images';
import { inlineFigure, isInlinePhoto } from './portable-text';
import { productDocument } from './product-documents';
import { DRAFT_PREFIX, money, pounds, type Doc, type Money } from './sanity';
import { stoneDocument } from './stone-documents';

export type { Doc } from './sanity';

/**
 * The photographs inside article and page bodies lead the asset list: the single-file generator this
 * replaced registered them as its copy loaded, before anything was built, and the committed
 * catalog.ndjson keeps that order.
 */
function registerInlinePhotos(images: ImageLibrary): void {
  for (const para of [...ARTICLE_SPECS, ...PAGE_SPECS].flatMap((spec) => spec.body)) {
    if (isInlinePhoto(para)) inlineFigure(images, para.figure);
  }
}

/** A copy of the published product under a `drafts.` id, every price raised by the same amount. */
function draftPriceRise(products: Doc[]): Doc {
  const published = products.find((p) => p._id === DRAFT_PRICE_RISE.productId);
  if (!published) throw new Error(`catalog: the draft's product ${DRAFT_PRICE_RISE.productId} is missing`);
  const price = pounds(DRAFT_PRICE_RISE.price);
  const rise = price - (published.price as Money).amount;
  return {
    ...structuredClone(published),
    _id: `${DRAFT_PREFIX}${published._id}`,
    title: DRAFT_PRICE_RISE.title,
    price: money(price),
    variants: (published.variants as Array<{ price: Money }>).map((v) => ({ ...v, price: money(v.price.amount + rise) })),
  };
}

/** Every document of the demo catalogue, in the order Sanity should import them. */
export function buildCatalog(): Doc[] {
  const images = createImageLibrary();
  registerInlinePhotos(images);

  const stones = STONE_SPECS.map((spec) => stoneDocument(spec, images));
  const collections = COLLECTION_SPECS.map((spec) => collectionDocument(spec, images));
  const configurators = CONFIGURATOR_SPECS.map(configuratorDocument);
  const products = PRODUCT_SPECS.map((spec, index) => productDocument(spec, index, images));
  const articles = ARTICLE_SPECS.map((spec, index) => articleDocument(spec, index, images));
  const pages = PAGE_SPECS.map((spec) => pageDocument(spec, images));

  // The assets were collected while the documents above were built; they are written ahead of the figures that use them.
  return [
    ...images.assets(),
    ...stones,
    ...collections,
    ...configurators,
    priceListDocument(PRICE_LIST_SPEC),
    ...products,
    ...articles,
    ...pages,
    siteSettingsDocument(SITE_SETTINGS_SPEC),
    draftPriceRise(products),
  ];
}

/** Sanity's export format: one document per line. */
export const toNdjson = (documents: Doc[]): string => documents.map((doc) => JSON.stringify(doc)).join('\n') + '\n';
