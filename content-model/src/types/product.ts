import { choice, defineField, defineType } from '../define';
import { CATEGORIES, METALS } from '../vocabulary';

export const product = defineType({
  name: 'product',
  title: 'Product',
  type: 'document',
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (r) => r.required() }),
    defineField({ name: 'slug', title: 'Slug', type: 'slug', options: { source: 'title' }, validation: (r) => r.required() }),
    defineField({ name: 'category', title: 'Category', type: 'string', options: choice(CATEGORIES), validation: (r) => r.required() }),
    defineField({ name: 'collections', title: 'Collections', type: 'array', of: [{ type: 'reference', to: [{ type: 'collection' }] }] }),
    defineField({ name: 'description', title: 'Description', type: 'array', of: [{ type: 'block' }] }),
    defineField({
      name: 'images',
      title: 'Images (first is the listing image)',
      type: 'array',
      of: [{ type: 'figure' }],
      validation: (r) => r.required().min(1),
    }),
    defineField({ name: 'metal', title: 'Metal', type: 'string', options: choice(METALS) }),
    defineField({ name: 'stones', title: 'Stones', type: 'array', of: [{ type: 'reference', to: [{ type: 'stone' }] }] }),
    defineField({ name: 'price', title: 'Price from', type: 'money', validation: (r) => r.required() }),
    defineField({ name: 'variants', title: 'Variants', type: 'array', of: [{ type: 'productVariant' }] }),
    defineField({
      name: 'leadTimeWeeks',
      title: 'Made to order: weeks in the atelier',
      type: 'number',
      description: 'Leave empty for pieces that ship from stock.',
      validation: (r) => r.integer().positive(),
    }),
    defineField({ name: 'configurator', title: 'Bespoke configurator', type: 'reference', to: [{ type: 'configurator' }] }),
    defineField({ name: 'publishedAt', title: 'First published', type: 'datetime' }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
  ],
  preview: { select: { title: 'title', subtitle: 'category', media: 'images.0' } },
});

export const collection = defineType({
  name: 'collection',
  title: 'Collection',
  type: 'document',
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (r) => r.required() }),
    defineField({ name: 'slug', title: 'Slug', type: 'slug', options: { source: 'title' }, validation: (r) => r.required() }),
    defineField({ name: 'description', title: 'Description', type: 'text' }),
    defineField({ name: 'heroImage', title: 'Hero image', type: 'figure' }),
    defineField({ name: 'seo', title: 'Search and sharing', type: 'seo' }),
  ],
});
