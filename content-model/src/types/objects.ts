import { choice, defineField, defineType } from '../define';
import { METALS } from '../vocabulary';

/** Money in Sanity: integer minor units (pence) and a currency; prices to UK clients include VAT. */
export const money = defineType({
  name: 'money',
  title: 'Money',
  type: 'object',
  fields: [
    defineField({
      name: 'amount',
      title: 'Amount in pence (VAT included)',
      type: 'number',
      validation: (r) => r.required().integer().min(0),
    }),
    defineField({
      name: 'currency',
      title: 'Currency',
      type: 'string',
      options: choice({ GBP: 'Pound sterling' }),
      validation: (r) => r.required(),
    }),
  ],
});

export const seo = defineType({
  name: 'seo',
  title: 'Search and sharing',
  type: 'object',
  fields: [
    defineField({ name: 'title', title: 'Title (60 characters at most)', type: 'string', validation: (r) => r.max(60) }),
    defineField({ name: 'description', title: 'Description (160 characters at most)', type: 'text', validation: (r) => r.max(160) }),
  ],
});

/** An image with the alt text every storefront image must carry. */
export const figure = defineType({
  name: 'figure',
  title: 'Image',
  type: 'object',
  fields: [
    defineField({
      name: 'asset',
      title: 'Image file',
      type: 'reference',
      to: [{ type: 'sanity.imageAsset' }],
      validation: (r) => r.required(),
    }),
    defineField({
      name: 'alt',
      title: 'Alternative text',
      type: 'string',
      description: 'What the image shows, for screen readers.',
      validation: (r) => r.required(),
    }),
    defineField({ name: 'hotspot', title: 'Hotspot', type: 'sanity.imageHotspot' }),
    defineField({ name: 'crop', title: 'Crop', type: 'sanity.imageCrop' }),
  ],
});

export const productVariant = defineType({
  name: 'productVariant',
  title: 'Variant',
  type: 'object',
  fields: [
    defineField({ name: 'sku', title: 'SKU', type: 'string', validation: (r) => r.required() }),
    defineField({ name: 'metal', title: 'Metal', type: 'string', options: choice(METALS), validation: (r) => r.required() }),
    defineField({ name: 'size', title: 'Size (UK ring size, or length in cm)', type: 'string' }),
    defineField({ name: 'price', title: 'Price', type: 'money', validation: (r) => r.required() }),
  ],
});

export const measurements = defineType({
  name: 'measurements',
  title: 'Measurements (mm)',
  type: 'object',
  fields: [
    defineField({ name: 'length', title: 'Length', type: 'number' }),
    defineField({ name: 'width', title: 'Width', type: 'number' }),
    defineField({ name: 'depth', title: 'Depth', type: 'number' }),
  ],
});
