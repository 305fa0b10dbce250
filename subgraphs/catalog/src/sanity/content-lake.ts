import { createClient, type SanityClient } from '@sanity/client';
import { LRUCache } from 'lru-cache';
import { inSpan, upstreamUnavailable, type Logger } from '@elysium/subgraph-kit';

export interface SanitySettings {
  /** Real Sanity project; unset means the local content lake at `localApiHost`. */
  projectId?: string;
  dataset: string;
  token?: string;
  apiVersion: string;
  localApiHost: string;
  /** How long an answer is reused; Sanity's webhook clears everything sooner on any change. */
  cacheTtlMs: number;
  /** Most bytes of cached answers (with their keys) held at once; the least recently read go first. */
  cacheMaxBytes?: number;
  /** Most answers held at once, however small. */
  cacheMaxEntries?: number;
}

export const DEFAULT_CACHE_MAX_BYTES = 64 * 1024 * 1024;
const DEFAULT_CACHE_MAX_ENTRIES = 5_000;
const REQUEST_TIMEOUT_MS = 5_000;
const MAX_IN_FLIGHT = 16;
const MAX_WAITING = 256;

interface CacheEntry {
  value: unknown;
  freshUntil: number;
}

/** What the cache holds right now, for tests and operators. */
export interface CacheStats {
  entries: number;
  bytes: number;
}

/** The key and the answer as JSON, in UTF-8 bytes: near enough to what the entry keeps alive. */
function entryBytes(entry: CacheEntry, key: string): number {
  return Buffer.byteLength(key) + Buffer.byteLength(JSON.stringify(entry.value) ?? '');
}

/**
 * The catalog's only door to Sanity. Answers are cached in-process for `cacheTtlMs` and dropped on
 * the content webhook; identical queries in flight share one request; while Sanity is unreachable,
 * the last answer is served. `onRequest` counts the GROQ requests that really leave.
 */
export class ContentLake {
  private readonly client: SanityClient;
  /**
   * Keys carry caller input (slugs, filters), so the cache is bounded in bytes as well as entries.
   * Freshness is tracked here, not by LRU's ttl: an answer past its TTL must stay to be served while
   * Sanity is down, and only room, not age, may evict it.
   */
  private readonly cache: LRUCache<string, CacheEntry>;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private generation = 0;
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly settings: SanitySettings,
    private readonly log: Logger,
    private readonly onRequest: () => void,
    /** Each lookup's outcome: answered from the cache, joined one in flight, or sent to Sanity. */
    private readonly onLookup: (result: 'hit' | 'shared' | 'miss') => void = () => undefined,
  ) {
    this.cache = new LRUCache<string, CacheEntry>({
      max: settings.cacheMaxEntries ?? DEFAULT_CACHE_MAX_ENTRIES,
      maxSize: settings.cacheMaxBytes ?? DEFAULT_CACHE_MAX_BYTES,
      sizeCalculation: entryBytes,
    });
    this.client = createClient({
      dataset: settings.dataset,
      apiVersion: settings.apiVersion,
      token: settings.token,
      // The public graph shows published documents only; drafts never leak.
      perspective: 'published',
      useCdn: false,
      // A slow Sanity fails a lookup in seconds (the last answer is then served), never in minutes of retries.
      timeout: REQUEST_TIMEOUT_MS,
      maxRetries: 1,
      ...(settings.projectId
        ? { projectId: settings.projectId }
        : { projectId: 'local', apiHost: settings.localApiHost, useProjectHostname: false }),
    });
  }

  async fetch<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
    const key = `${query}\u0000${JSON.stringify(params)}`;
    const cached = this.cache.get(key);
    if (cached && cached.freshUntil > Date.now()) {
      this.onLookup('hit');
      return cached.value as T;
    }
    const pending = this.inFlight.get(key);
    if (pending) {
      this.onLookup('shared');
      return pending as Promise<T>;
    }
    this.onLookup('miss');

    const generation = this.generation;
    const request = this.request<T>(query, params).then(
      (value) => {
        // An answer that raced a webhook may predate the change: do not keep it.
        if (generation === this.generation) this.remember(key, value);
        return value;
      },
      (error: unknown) => {
        if (cached) {
          this.log.warn({ err: error }, 'Sanity unreachable; serving the last answer');
          return cached.value as T;
        }
        throw error;
      },
    );
    this.inFlight.set(key, request);
    try {
      return await request;
    } finally {
      this.inFlight.delete(key);
    }
  }

  /** One uncached request: does Sanity answer right now? */
  async ping(): Promise<void> {
    await this.request('count(*[_type == "siteSettings"])', {});
  }

  /** Forget every answer (content changed). */
  invalidate(): void {
    this.generation += 1;
    this.cache.clear();
  }

  cacheStats(): CacheStats {
    return { entries: this.cache.size, bytes: this.cache.calculatedSize };
  }

  private remember(key: string, value: unknown): void {
    // An answer larger than the whole bound is not kept (LRU refuses it); it is still returned.
    this.cache.set(key, { value, freshUntil: Date.now() + this.settings.cacheTtlMs });
  }

  private async request<T>(query: string, params: Record<string, unknown>): Promise<T> {
    const release = await this.slot();
    this.onRequest();
    try {
      // A span per GROQ request that leaves (cache hits make none); its HTTP call is a child of it.
      return await inSpan('groq', { kind: 'client', attributes: { 'db.system': 'sanity', 'db.query.text': query } }, () =>
        this.client.fetch<T>(query, params),
      );
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // 4xx means our GROQ is wrong: a bug, reported as such. Anything else: Sanity is unreachable.
      if (status && status >= 400 && status < 500) throw error;
      throw upstreamUnavailable('The catalogue', error);
    } finally {
      release();
    }
  }

  /**
   * At most MAX_IN_FLIGHT requests go to Sanity at once and MAX_WAITING wait their turn; past that
   * the catalogue answers busy at once. A flood of uncached lookups can then neither pile up
   * unbounded promises nor starve the listing that everyone else is asking for.
   */
  private async slot(): Promise<() => void> {
    if (this.active >= MAX_IN_FLIGHT) {
      if (this.waiting.length >= MAX_WAITING) throw upstreamUnavailable('The catalogue (busy)');
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.active += 1;
    return () => {
      this.active -= 1;
      this.waiting.shift()?.();
    };
  }
}
