import type { ArticleSpec, CollectionSpec, PageSpec, SiteSettingsSpec } from './data';
import { dayAfter } from './derive';
import { HERO_IMAGE, type ImageLibrary } from './images';
import { portableText } from './portable-text';
import { seo, seoTitle, slug, type Doc } from './sanity';

export function collectionDocument(spec: CollectionSpec, images: ImageLibrary): Doc {
  return {
    _id: spec.id,
    _type: 'collection',
    title: spec.title,
    slug: slug(spec.slug),
    description: spec.description,
    heroImage: images.figure(`${spec.slug}-collection-hero`, HERO_IMAGE, spec.background, spec.alt),
    seo: seo(seoTitle(`${spec.title} Jewellery`), spec.seoDescription),
  };
}

export function articleDocument(spec: ArticleSpec, index: number, images: ImageLibrary): Doc {
  return {
    _id: spec.id,
    _type: 'article',
    title: spec.title,
    slug: slug(spec.slug),
    kind: spec.kind,
    excerpt: spec.excerpt,
    body: portableText(spec.body, images),
    heroImage: images.figure(`${spec.slug}-hero`, HERO_IMAGE, spec.hero.background, spec.hero.alt),
    // A month apart, from February 2025.
    publishedAt: dayAfter('2025-02-10', index * 31, 8),
    seo: seo(seoTitle(spec.title), spec.seoDescription),
  };
}

export function pageDocument(spec: PageSpec, images: ImageLibrary): Doc {
  return {
    _id: spec.id,
    _type: 'page',
    title: spec.title,
    slug: slug(spec.slug),
    body: portableText(spec.body, images),
    seo: seo(seoTitle(spec.title), spec.seoDescription),
  };
}

export function siteSettingsDocument(spec: SiteSettingsSpec): Doc {
  return {
    _id: 'siteSettings',
    _type: 'siteSettings',
    title: spec.title,
    tagline: spec.tagline,
    announcement: spec.announcement,
    contactEmail: spec.contactEmail,
    contactPhone: spec.contactPhone,
    address: spec.address,
    seoDefaults: seo(spec.seoDefaults.title, spec.seoDefaults.description),
  };
}
