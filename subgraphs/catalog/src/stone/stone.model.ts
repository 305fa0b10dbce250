import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { FIGURE_PROJECTION, Image, type FigureRow } from '../content/image.model';
import type { ImageUrlBuilder } from '../sanity/images';

export enum StoneShape {
  ROUND = 'round',
  OVAL = 'oval',
  CUSHION = 'cushion',
  EMERALD = 'emerald',
  PEAR = 'pear',
  PRINCESS = 'princess',
  MARQUISE = 'marquise',
  RADIANT = 'radiant',
  ASSCHER = 'asscher',
}
registerEnumType(StoneShape, {
  name: 'StoneShape',
  description: 'The outline of a cut stone.',
  valuesConfig: {
    ROUND: { description: 'Round brilliant.' },
    OVAL: { description: 'Oval brilliant.' },
    CUSHION: { description: 'Cushion: a square or rectangle with rounded corners.' },
    EMERALD: { description: 'Emerald cut: rectangular, step-cut, with cut corners.' },
    PEAR: { description: 'Pear: a teardrop.' },
    PRINCESS: { description: 'Princess: a square brilliant.' },
    MARQUISE: { description: 'Marquise: a long oval pointed at both ends.' },
    RADIANT: { description: 'Radiant: a rectangular brilliant with cut corners.' },
    ASSCHER: { description: 'Asscher: a square, step-cut, with cut corners.' },
  },
});

export enum StoneOrigin {
  NATURAL = 'natural',
  LAB_GROWN = 'lab-grown',
}
registerEnumType(StoneOrigin, {
  name: 'StoneOrigin',
  description: 'Mined by nature, or grown in a laboratory.',
  valuesConfig: {
    NATURAL: { description: 'Mined: formed in the earth.' },
    LAB_GROWN: { description: 'Grown in a laboratory; chemically the same stone.' },
  },
});

@ObjectType({ description: 'Size of a stone in millimetres.' })
export class StoneMeasurements {
  @Field(() => Float, { nullable: true, description: 'Length (mm).' })
  length!: number | null;

  @Field(() => Float, { nullable: true, description: 'Width (mm).' })
  width!: number | null;

  @Field(() => Float, { nullable: true, description: 'Depth (mm).' })
  depth!: number | null;
}

/** What GROQ returns for a stone (STONE_PROJECTION). */
export interface StoneRow {
  id: string;
  title: string;
  kind: string;
  shape: StoneShape;
  carat: number;
  colour: string | null;
  clarity: string | null;
  cut: string | null;
  polish: string | null;
  symmetry: string | null;
  fluorescence: string | null;
  measurements: StoneMeasurements | null;
  lab: string;
  certificateNumber: string;
  origin: StoneOrigin;
  provenance: string | null;
  image: FigureRow | null;
}

export const STONE_PROJECTION = `{
  "id": _id, title, kind, shape, carat,
  "colour": coalesce(colour, null), "clarity": coalesce(clarity, null), "cut": coalesce(cut, null),
  "polish": coalesce(polish, null), "symmetry": coalesce(symmetry, null), "fluorescence": coalesce(fluorescence, null),
  "measurements": coalesce(measurements, null), lab, certificateNumber, origin, "provenance": coalesce(provenance, null),
  "image": image${FIGURE_PROJECTION}
}`;

/** A certified one-of-one stone, with its grading report. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A certified stone with its grading report. Its price comes from the current price list.' })
export class Stone {
  @Field(() => ID, { description: 'Stable id (the Sanity document id).' })
  id: string;

  @Field({ description: 'Display title, e.g. "1.20 ct Round Brilliant Diamond".' })
  title: string;

  @Field({ description: 'diamond, sapphire, emerald, ruby…' })
  kind: string;

  @Field(() => StoneShape, { description: 'The outline of the cut.' })
  shape: StoneShape;

  @Field(() => Float, { description: 'Weight in carats.' })
  carat: number;

  @Field(() => String, { nullable: true, description: 'GIA colour grade (D best) for diamonds.' })
  colour: string | null;

  @Field(() => String, { nullable: true, description: 'GIA clarity grade (FL best).' })
  clarity: string | null;

  @Field(() => String, { nullable: true, description: 'Cut grade: EX, VG or G.' })
  cut: string | null;

  @Field(() => String, { nullable: true, description: 'Polish grade: EX, VG or G.' })
  polish: string | null;

  @Field(() => String, { nullable: true, description: 'Symmetry grade: EX, VG or G.' })
  symmetry: string | null;

  @Field(() => String, { nullable: true, description: 'Fluorescence: none, faint, medium or strong.' })
  fluorescence: string | null;

  @Field(() => StoneMeasurements, { nullable: true, description: 'Length, width and depth in millimetres.' })
  measurements: StoneMeasurements | null;

  @Field({ description: 'The laboratory that graded it (GIA, IGI, GRS…).' })
  lab: string;

  @Field({ description: "The grading report's number, to check on the laboratory's site." })
  certificateNumber: string;

  @Field(() => StoneOrigin, { description: 'Natural or laboratory-grown.' })
  origin: StoneOrigin;

  @Field(() => String, { nullable: true, description: 'Country of origin, where known.' })
  provenance: string | null;

  @Field(() => Image, { nullable: true, description: 'A photograph of the stone.' })
  image: Image | null;

  constructor(row: StoneRow, urls: ImageUrlBuilder) {
    this.id = row.id;
    this.title = row.title;
    this.kind = row.kind;
    this.shape = row.shape;
    this.carat = row.carat;
    this.colour = row.colour;
    this.clarity = row.clarity;
    this.cut = row.cut;
    this.polish = row.polish;
    this.symmetry = row.symmetry;
    this.fluorescence = row.fluorescence;
    this.measurements = row.measurements;
    this.lab = row.lab;
    this.certificateNumber = row.certificateNumber;
    this.origin = row.origin;
    this.provenance = row.provenance;
    this.image = Image.from(row.image, urls);
  }
}
