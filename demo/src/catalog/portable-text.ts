import type { InlinePhoto, Para } from './data';
import { INLINE_IMAGE, type ImageLibrary } from './images';
import type { Block, Figure } from './sanity';

export const isInlinePhoto = (para: Para): para is { figure: InlinePhoto } => typeof para === 'object' && 'figure' in para;

export const inlineFigure = (images: ImageLibrary, photo: InlinePhoto): Figure =>
  images.figure(photo.name, INLINE_IMAGE, photo.background, photo.alt);

/** Portable Text: one block per paragraph or heading (keys `${prefix}1`, `${prefix}2`…), figures in place. */
export function portableText(paras: Para[], images: ImageLibrary, prefix = 'b'): Array<Block | Figure> {
  return paras.map((para, index) => {
    const key = `${prefix}${index + 1}`;
    if (isInlinePhoto(para)) return { ...inlineFigure(images, para.figure), _key: key };
    const [style, text] = typeof para === 'string' ? (['normal', para] as const) : (['h2', para.h2] as const);
    return { _type: 'block', _key: key, style, markDefs: [], children: [{ _type: 'span', _key: 's1', text, marks: [] }] };
  });
}
