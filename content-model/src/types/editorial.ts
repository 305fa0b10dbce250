import { choice, defineField, defineType } from '../define';
import { ARTICLE_KINDS } from '../vocabulary';

const portableText = { type: 'array', of: [{ type: 'block' }, { type: 'figure' }] } as const;

export const article = defineType({
  name: 'article',
  title: 'Article',
  type: 'document',
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (r) => r.required() }),
    defineField({ name: 'slug', title: 'Slug', type: 'slug', options: { source: 'title' }, validation: (r) => r.required() }),
    defineField({ name: 'kind', title: 'Kind', type: 'string', options: choice(ARTICLE_KINDS), validation: (r) => r.required() }),
    defineField({ name: 'excerpt', title: 'Excerpt', type: 'text', validation: (r) => r.max(300) }),
    defineField({ name: 'body', title: 'Body', ...portableText, of: [...portableText.of] }),
    defineField({ name: 'heroImage', title: 'Hero image', type: 'figure' }),
    defineField({ name: 'publishedAt', title: 'Published', type: 'datetime', validation: (r) => r.required() }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
  ],
});

export const page = defineType({
  name: 'page',
  title: 'Page',
  type: 'document',
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (r) => r.required() }),
    defineField({ name: 'slug', title: 'Slug', type: 'slug', options: { source: 'title' }, validation: (r) => r.required() }),
    defineField({ name: 'body', title: 'Body', ...portableText, of: [...portableText.of] }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
  ],
});

export const siteSettings = defineType({
  name: 'siteSettings',
  title: 'Site settings',
  type: 'document',
  description: 'One document (id "siteSettings").',
  fields: [
    defineField({ name: 'title', title: 'Site title', type: 'string', validation: (r) => r.required() }),
    defineField({ name: 'tagline', title: 'Tagline', type: 'string' }),
    defineField({ name: 'announcement', title: 'Announcement bar', type: 'string' }),
    defineField({ name: 'contactEmail', title: 'Client services email', type: 'string' }),
    defineField({ name: 'contactPhone', title: 'Client services telephone', type: 'string' }),
    defineField({ name: 'address', title: 'Atelier address', type: 'text' }),
    defineField({ name: 'seoDefaults', title: 'Search and sharing defaults', type: 'seo' }),
  ],
});
