import { createClient, type SanityClient } from '@sanity/client';
import { upstreamUnavailable } from '@elysium/subgraph-kit';

export interface SanitySettings {
  /** Real Sanity project; unset means the local content lake at `localApiHost`. */
  projectId?: string;
  dataset: string;
  token?: string;
  apiVersion: string;
  localApiHost: string;
}

/** The catalog's only door to Sanity: every GROQ request goes through `fetch`, which counts it. */
export class ContentLake {
  private readonly client: SanityClient;

  constructor(
    settings: SanitySettings,
    private readonly onRequest: () => void,
  ) {
    this.client = createClient({
      dataset: settings.dataset,
      apiVersion: settings.apiVersion,
      token: settings.token,
      // The public graph shows published documents only; drafts never leak.
      perspective: 'published',
      useCdn: false,
      ...(settings.projectId
        ? { projectId: settings.projectId }
        : { projectId: 'local', apiHost: settings.localApiHost, useProjectHostname: false }),
    });
  }

  async fetch<T>(query: string, params: Record<string, unknown> = {}): Promise<T> {
    this.onRequest();
    try {
      return await this.client.fetch<T>(query, params);
    } catch (error) {
      const status = (error as { statusCode?: number }).statusCode;
      // 4xx means our GROQ is wrong: a bug, reported as such. Anything else: Sanity is unreachable.
      if (status && status >= 400 && status < 500) throw error;
      throw upstreamUnavailable('The catalogue', error);
    }
  }
}
