import { CUT_GEOMETRY, DENSITY_AGAINST_DIAMOND, DIAMOND_SHAPE_TITLE, GEM_SHAPE_TITLE, STONE_BACKGROUND, type StoneSpec } from './data';
import { sha1 } from './derive';
import { STONE_IMAGE, type ImageLibrary } from './images';
import type { Doc } from './sanity';

const round2 = (n: number) => Math.round(n * 100) / 100;

function measurements(spec: StoneSpec) {
  const { k, ratio, depth } = CUT_GEOMETRY[spec.shape];
  const width = Math.cbrt(spec.carat / (k * ratio * depth * DENSITY_AGAINST_DIAMOND[spec.kind]));
  // Round stones are never perfectly round: the report gives the smallest and largest diameter.
  const length = spec.shape === 'round' ? width * 1.004 : width * ratio;
  return { _type: 'measurements', length: round2(length), width: round2(width), depth: round2(width * depth) };
}

/** Decimal digits derived from a name, for certificate numbers. */
const digits = (seed: string, count: number) =>
  BigInt(`0x${sha1(`elysium/certificates/${seed}`)}`)
    .toString()
    .slice(1, count + 1);

/** A number in the format each laboratory issues, so the demo reads like real reports. */
function certificateNumber(spec: StoneSpec): string {
  const d = digits(spec.id, 12);
  switch (spec.lab) {
    case 'GIA':
      return `${'1256'[Number(d[0]) % 4]}${d.slice(1, 10)}`;
    case 'IGI':
      return spec.origin === 'lab-grown' ? `LG${d.slice(0, 9)}` : d.slice(0, 9);
    case 'HRD':
      return `2${d.slice(0, 11)}`;
    case 'GRS':
      return `GRS${Number(d[0]) % 2 === 0 ? 2024 : 2025}-0${d.slice(1, 6)}`;
    case 'SSEF':
      return `1${d.slice(0, 5)}`;
    case 'Gubelin':
      return `2${Number(d[0]) % 2 === 0 ? 4 : 5}${d.slice(1, 7)}`;
  }
}

function stoneTitle(spec: StoneSpec): string {
  const carat = spec.carat.toFixed(2);
  if (spec.kind === 'diamond') {
    const grown = spec.origin === 'lab-grown' ? 'Laboratory-Grown ' : '';
    return `${carat} ct ${grown}${DIAMOND_SHAPE_TITLE[spec.shape]} Diamond, ${spec.colour} ${spec.clarity}`;
  }
  return `${carat} ct ${spec.name}, ${GEM_SHAPE_TITLE[spec.shape]}, ${spec.treatment}`;
}

export function stoneDocument(spec: StoneSpec, images: ImageLibrary): Doc {
  const title = stoneTitle(spec);
  return {
    _id: spec.id,
    _type: 'stone',
    title,
    kind: spec.kind,
    shape: spec.shape,
    carat: spec.carat,
    colour: spec.colour,
    clarity: spec.clarity,
    cut: spec.cut,
    polish: spec.polish,
    symmetry: spec.symmetry,
    fluorescence: spec.fluorescence,
    measurements: measurements(spec),
    lab: spec.lab,
    certificateNumber: certificateNumber(spec),
    origin: spec.origin,
    provenance: spec.provenance,
    image: images.figure(spec.id, STONE_IMAGE, STONE_BACKGROUND[spec.kind], `${title}, photographed face-up on a white ground`),
  };
}
