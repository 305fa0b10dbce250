import type { ContentLake } from '../sanity/content-lake';
import type { ImageUrlBuilder } from '../sanity/images';
import { published } from '../sanity/published';
import { Stone, STONE_PROJECTION, type StoneRow, type StoneShape } from './stone.model';

/** Every GROQ query the service sends, exported so the content-model spec checks them. */
export const STONE_QUERIES = {
  byIds: `*[${published('stone')} && _id in $ids]${STONE_PROJECTION}`,
  list: `*[${published('stone')} && (!defined($shape) || shape == $shape)] | order(carat asc, _id asc) [0...$limit]${STONE_PROJECTION}`,
};

/** Reads certified stones; one GROQ request per call. */
export class StoneService {
  constructor(
    private readonly lake: ContentLake,
    private readonly urls: ImageUrlBuilder,
  ) {}

  async findByIds(ids: readonly string[]): Promise<Stone[]> {
    const rows = await this.lake.fetch<StoneRow[]>(STONE_QUERIES.byIds, { ids });
    return rows.map((row) => new Stone(row, this.urls));
  }

  /** Stones, lightest first, optionally of one shape. */
  async list(options: { shape?: StoneShape | null; limit: number }): Promise<Stone[]> {
    const rows = await this.lake.fetch<StoneRow[]>(STONE_QUERIES.list, { shape: options.shape ?? null, limit: options.limit });
    return rows.map((row) => new Stone(row, this.urls));
  }
}
