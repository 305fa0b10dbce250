import { sha1 } from './derive';
import { ref, type Doc, type Figure } from './sanity';

export type Size = readonly [width: number, height: number];
export const PRODUCT_IMAGE: Size = [1600, 2000];
export const STONE_IMAGE: Size = [1600, 1600];
export const HERO_IMAGE: Size = [2400, 1350];
export const INLINE_IMAGE: Size = [2000, 1333];

/**
 * The image asset documents behind every figure. One per build, so that building twice (the generator,
 * then the spec) never shares state; a photograph used twice gets one asset.
 */
export interface ImageLibrary {
  figure(name: string, size: Size, background: string, alt: string, key?: string): Figure;
  /** In the order first used: the order they are written in. */
  assets(): Doc[];
}

export function createImageLibrary(): ImageLibrary {
  const assets = new Map<string, Doc>();

  function assetId(name: string, [width, height]: Size, background: string): string {
    const hex = sha1(`elysium/images/${name}`);
    const id = `image-${hex}-${width}x${height}-jpg`;
    if (!assets.has(id)) {
      assets.set(id, {
        _id: id,
        _type: 'sanity.imageAsset',
        url: `https://cdn.sanity.io/images/local/production/${hex}-${width}x${height}.jpg`,
        originalFilename: `${name}.jpg`,
        extension: 'jpg',
        mimeType: 'image/jpeg',
        metadata: { dimensions: { width, height, aspectRatio: width / height }, palette: { dominant: { background } } },
      });
    }
    return id;
  }

  return {
    figure(name, size, background, alt, key) {
      const asset = ref(assetId(name, size, background));
      return key === undefined ? { _type: 'figure', asset, alt } : { _type: 'figure', _key: key, asset, alt };
    },
    assets: () => [...assets.values()],
  };
}
