import { choice, defineField, defineType } from '../define';
import { DIAMOND_CLARITIES, DIAMOND_COLOURS, FINISH_GRADES, FLUORESCENCE, LABS, ORIGINS, STONE_KINDS, STONE_SHAPES } from '../vocabulary';

const list = (values: readonly string[]) => ({ list: values.map((value) => ({ value, title: value })) });

/** A certified one-of-one stone. Its price is computed from the price list, never typed in. */
export const stone = defineType({
  name: 'stone',
  title: 'Certified stone',
  type: 'document',
  fields: [
    defineField({ name: 'title', title: 'Title', type: 'string', validation: (r) => r.required() }),
    defineField({ name: 'kind', title: 'Kind', type: 'string', options: choice(STONE_KINDS), validation: (r) => r.required() }),
    defineField({ name: 'shape', title: 'Shape', type: 'string', options: choice(STONE_SHAPES), validation: (r) => r.required() }),
    defineField({ name: 'carat', title: 'Carat weight', type: 'number', validation: (r) => r.required().positive() }),
    defineField({ name: 'colour', title: 'Colour grade (diamonds) or hue', type: 'string', options: list(DIAMOND_COLOURS) }),
    defineField({ name: 'clarity', title: 'Clarity grade', type: 'string', options: list(DIAMOND_CLARITIES) }),
    defineField({ name: 'cut', title: 'Cut', type: 'string', options: choice(FINISH_GRADES) }),
    defineField({ name: 'polish', title: 'Polish', type: 'string', options: choice(FINISH_GRADES) }),
    defineField({ name: 'symmetry', title: 'Symmetry', type: 'string', options: choice(FINISH_GRADES) }),
    defineField({ name: 'fluorescence', title: 'Fluorescence', type: 'string', options: choice(FLUORESCENCE) }),
    defineField({ name: 'measurements', title: 'Measurements (mm)', type: 'measurements' }),
    defineField({ name: 'lab', title: 'Grading laboratory', type: 'string', options: choice(LABS), validation: (r) => r.required() }),
    defineField({ name: 'certificateNumber', title: 'Certificate number', type: 'string', validation: (r) => r.required() }),
    defineField({
      name: 'origin',
      title: 'Natural or laboratory-grown',
      type: 'string',
      options: choice(ORIGINS),
      validation: (r) => r.required(),
    }),
    defineField({ name: 'provenance', title: 'Country of origin', type: 'string' }),
    defineField({ name: 'image', title: 'Image', type: 'figure' }),
  ],
});
