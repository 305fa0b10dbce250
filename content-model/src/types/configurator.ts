import { choice, defineField, defineType } from '../define';
import { METALS, STONE_SHAPES, UK_RING_SIZES } from '../vocabulary';

export const configuratorSetting = defineType({
  name: 'configuratorSetting',
  title: 'Setting',
  type: 'object',
  fields: [
    defineField({ name: 'code', title: 'Code', type: 'string', validation: (r) => r.required() }),
    defineField({ name: 'name', title: 'Name', type: 'string', validation: (r) => r.required() }),
    defineField({ name: 'labour', title: 'Atelier labour (VAT excluded)', type: 'money', validation: (r) => r.required() }),
    defineField({ name: 'metalGrams', title: 'Metal used (grams)', type: 'number', validation: (r) => r.required().positive() }),
    defineField({
      name: 'stoneShapes',
      title: 'Centre-stone shapes it holds',
      type: 'array',
      of: [{ type: 'string' }],
      options: choice(STONE_SHAPES),
    }),
  ],
});

export const configuratorRule = defineType({
  name: 'configuratorRule',
  title: 'Compatibility rule',
  type: 'object',
  description: 'A combination the atelier will not make: the setting with this metal, or with this stone shape.',
  fields: [
    defineField({ name: 'setting', title: 'Setting code', type: 'string', validation: (r) => r.required() }),
    defineField({ name: 'metal', title: 'Metal', type: 'string', options: choice(METALS) }),
    defineField({ name: 'stoneShape', title: 'Stone shape', type: 'string', options: choice(STONE_SHAPES) }),
    defineField({ name: 'message', title: 'Why (shown to the client)', type: 'string', validation: (r) => r.required() }),
  ],
});

export const engravingRules = defineType({
  name: 'engravingRules',
  title: 'Engraving',
  type: 'object',
  fields: [
    defineField({ name: 'maxLength', title: 'Most characters', type: 'number', validation: (r) => r.required().integer().min(0) }),
    defineField({
      name: 'allowedCharacters',
      title: 'Allowed characters (a regular-expression character class)',
      type: 'string',
      validation: (r) => r.required(),
    }),
    defineField({ name: 'price', title: 'Price (VAT excluded)', type: 'money', validation: (r) => r.required() }),
  ],
});

/** The options and rules of a bespoke piece. */
export const configurator = defineType({
  name: 'configurator',
  title: 'Bespoke configurator',
  type: 'document',
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (r) => r.required() }),
    defineField({
      name: 'settings',
      title: 'Settings',
      type: 'array',
      of: [{ type: 'configuratorSetting' }],
      validation: (r) => r.required().min(1),
    }),
    defineField({
      name: 'metals',
      title: 'Metals offered',
      type: 'array',
      of: [{ type: 'string' }],
      options: choice(METALS),
      validation: (r) => r.required().min(1),
    }),
    defineField({ name: 'stones', title: 'Centre stones offered', type: 'array', of: [{ type: 'reference', to: [{ type: 'stone' }] }] }),
    defineField({
      name: 'ringSizes',
      title: 'Ring sizes (UK)',
      type: 'array',
      of: [{ type: 'string' }],
      options: { list: UK_RING_SIZES.map((s) => ({ value: s, title: s })) },
    }),
    defineField({ name: 'engraving', title: 'Engraving', type: 'engravingRules' }),
    defineField({ name: 'rules', title: 'Combinations the atelier will not make', type: 'array', of: [{ type: 'configuratorRule' }] }),
  ],
});

/** The staff-editable price source: metal per gram, stone price factors, and how long a quote holds. */
export const priceList = defineType({
  name: 'priceList',
  title: 'Price list',
  type: 'document',
  description: 'One document (id "priceList"). Finance updates metal prices; quotes made after a change use the new prices.',
  fields: [
    defineField({
      name: 'metals',
      title: 'Metal price per gram (VAT excluded)',
      type: 'array',
      of: [{ type: 'metalPrice' }],
      validation: (r) => r.required(),
    }),
    defineField({
      name: 'diamondPerCarat',
      title: 'Natural diamond, 1 ct D flawless, per carat (VAT excluded)',
      type: 'money',
      validation: (r) => r.required(),
    }),
    defineField({
      name: 'labGrownFactor',
      title: 'Laboratory-grown price as a share of natural (0 to 1)',
      type: 'number',
      validation: (r) => r.required().min(0).max(1),
    }),
    defineField({
      name: 'gemstonesPerCarat',
      title: 'Coloured gemstones per carat (VAT excluded)',
      type: 'array',
      of: [{ type: 'gemstonePrice' }],
    }),
    defineField({ name: 'validUntil', title: 'Prices valid until', type: 'datetime', validation: (r) => r.required() }),
    defineField({
      name: 'quoteValidityMinutes',
      title: 'A quote holds for (minutes)',
      type: 'number',
      validation: (r) => r.required().integer().positive(),
    }),
  ],
});

export const metalPrice = defineType({
  name: 'metalPrice',
  title: 'Metal price',
  type: 'object',
  fields: [
    defineField({ name: 'metal', title: 'Metal', type: 'string', options: choice(METALS), validation: (r) => r.required() }),
    defineField({ name: 'pricePerGram', title: 'Per gram', type: 'money', validation: (r) => r.required() }),
  ],
});

export const gemstonePrice = defineType({
  name: 'gemstonePrice',
  title: 'Gemstone price',
  type: 'object',
  fields: [
    defineField({ name: 'kind', title: 'Kind', type: 'string', validation: (r) => r.required() }),
    defineField({ name: 'pricePerCarat', title: 'Per carat', type: 'money', validation: (r) => r.required() }),
  ],
});
