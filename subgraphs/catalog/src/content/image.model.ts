import { Arg, Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { requireInRange } from '@elysium/subgraph-kit';
import type { ImageUrlBuilder } from '../sanity/images';

export enum ImageFormat {
  WEBP = 'webp',
  JPG = 'jpg',
  PNG = 'png',
}

registerEnumType(ImageFormat, {
  name: 'ImageFormat',
  description: 'File format the image pipeline should deliver.',
  valuesConfig: {
    WEBP: { description: 'WebP: smallest for photographs; every current browser reads it.' },
    JPG: { description: 'JPEG: for mail and older clients.' },
    PNG: { description: 'PNG: lossless, for artwork with transparency.' },
  },
});

/** What GROQ returns for a figure (see FIGURE_PROJECTION). */
export interface FigureRow {
  alt: string | null;
  hotspot: { x: number; y: number; width: number; height: number } | null;
  crop: { top: number; bottom: number; left: number; right: number } | null;
  asset: { _id: string; width: number; height: number; dominantColour: string | null } | null;
}

/** GROQ projection of a `figure`, dereferencing its asset in the same request. */
export const FIGURE_PROJECTION = `{
  alt,
  "hotspot": coalesce(hotspot, null),
  "crop": coalesce(crop, null),
  "asset": asset->{ _id, "width": metadata.dimensions.width, "height": metadata.dimensions.height, "dominantColour": metadata.palette.dominant.background }
}`;

/** A picture from Sanity's image pipeline. */
@ObjectType({ description: "A picture served by Sanity's image pipeline; ask `url` for the size and format you need." })
export class Image {
  @Field({ description: 'What the picture shows, for screen readers.' })
  alt: string;

  @Field(() => Int, { description: 'Width of the original in pixels.' })
  width: number;

  @Field(() => Int, { description: 'Height of the original in pixels.' })
  height: number;

  @Field(() => Float, { description: 'width ÷ height, for reserving space before the picture loads.' })
  aspectRatio: number;

  @Field(() => String, { nullable: true, description: 'Dominant colour (#rrggbb), for a placeholder while loading.' })
  dominantColour: string | null;

  constructor(
    private readonly row: FigureRow & { asset: NonNullable<FigureRow['asset']> },
    private readonly urls: ImageUrlBuilder,
  ) {
    this.alt = row.alt ?? '';
    this.width = row.asset.width;
    this.height = row.asset.height;
    this.aspectRatio = row.asset.width / row.asset.height;
    this.dominantColour = row.asset.dominantColour;
  }

  @Field({ description: "URL of the picture at this size and format, respecting the editor's crop and hotspot." })
  url(
    @Arg('width', () => Int, { nullable: true, description: 'Width in pixels (16 to 4000); height follows unless given.' }) width?: number,
    @Arg('height', () => Int, { nullable: true, description: 'Height in pixels (16 to 4000).' }) height?: number,
    @Arg('format', () => ImageFormat, { defaultValue: ImageFormat.WEBP, description: 'File format.' })
    format: ImageFormat = ImageFormat.WEBP,
  ): string {
    let builder = this.urls
      .image({ asset: { _ref: this.row.asset._id }, hotspot: this.row.hotspot ?? undefined, crop: this.row.crop ?? undefined })
      .format(format);
    if (width != null) builder = builder.width(requireInRange(width, 16, 4000, 'width'));
    if (height != null) builder = builder.height(requireInRange(height, 16, 4000, 'height'));
    if (width != null && height != null) builder = builder.fit('crop');
    return builder.url();
  }

  /** A figure whose asset is missing (deleted in Studio) is left out rather than shown broken. */
  static from(row: FigureRow | null | undefined, urls: ImageUrlBuilder): Image | null {
    return row?.asset ? new Image(row as FigureRow & { asset: NonNullable<FigureRow['asset']> }, urls) : null;
  }
}
