import type { ContentLake } from '../sanity/content-lake';
import type { ImageUrlBuilder } from '../sanity/images';
import { Stone, STONE_PROJECTION, type StoneRow, type StoneShape } from './stone.model';

const PUBLISHED_STONES = `_type == "stone" && !(_id in path("drafts.**"))`;

/** Reads certified stones; one GROQ request per call. */
export class StoneService {
  constructor(
    private readonly lake: ContentLake,
    private readonly urls: ImageUrlBuilder,
  ) {}

  async findByIds(ids: readonly string[]): Promise<Stone[]> {
    const rows = await this.lake.fetch<StoneRow[]>(`*[${PUBLISHED_STONES} && _id in $ids]${STONE_PROJECTION}`, { ids });
    return rows.map((row) => new Stone(row, this.urls));
  }

  /** Stones, lightest first, optionally of one shape. */
  async list(options: { shape?: StoneShape | null; limit: number }): Promise<Stone[]> {
    const rows = await this.lake.fetch<StoneRow[]>(
      `*[${PUBLISHED_STONES} && (!defined($shape) || shape == $shape)] | order(carat asc, _id asc) [0...$limit]${STONE_PROJECTION}`,
      { shape: options.shape ?? null, limit: options.limit },
    );
    return rows.map((row) => new Stone(row, this.urls));
  }
}
