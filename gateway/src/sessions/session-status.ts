import { LRUCache } from 'lru-cache';
import { internalCallHeaders, type Logger } from '@elysium/subgraph-kit/core';
import type { SubgraphFetcher } from '../subgraphs/subgraph-fetcher';

/** How long the gateway trusts what it last heard about a session: revocation reaches every request within this. */
export const SESSION_STATUS_TTL_MS = 5_000;
/** While the customers subgraph cannot answer, the last answer holds this long; then the caller is treated as signed out. */
const STALE_LIMIT_MS = 60_000;

interface Known {
  active: boolean;
  checkedAt: number;
}

/**
 * Whether a session is still active, asked of the customers subgraph (which owns sessions) through
 * its internal `_activeSessions` field with a signed call, at most once per session per 5 seconds.
 * Concurrent requests of one session share one lookup.
 */
export class SessionStatus {
  private readonly known = new LRUCache<string, Known>({ max: 100_000 });
  private readonly pending = new Map<string, Promise<boolean>>();

  constructor(
    private readonly customersUrl: () => string | undefined,
    private readonly identitySecret: string,
    private readonly fetcher: SubgraphFetcher,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  async isActive(sessionId: string): Promise<boolean> {
    const known = this.known.get(sessionId);
    if (known && this.now() - known.checkedAt < SESSION_STATUS_TTL_MS) return known.active;
    const inFlight = this.pending.get(sessionId);
    if (inFlight) return inFlight;
    const lookup = this.lookUp(sessionId).then(
      (active) => {
        this.known.set(sessionId, { active, checkedAt: this.now() });
        return active;
      },
      (error: unknown) => {
        this.log.warn({ err: error }, 'session status unavailable');
        return known !== undefined && known.active && this.now() - known.checkedAt < STALE_LIMIT_MS;
      },
    );
    this.pending.set(sessionId, lookup);
    try {
      return await lookup;
    } finally {
      this.pending.delete(sessionId);
    }
  }

  private async lookUp(sessionId: string): Promise<boolean> {
    const url = this.customersUrl();
    if (!url) throw new Error('no customers subgraph');
    const operation = { query: 'query ($ids: [ID!]!) { _activeSessions(ids: $ids) }', variables: { ids: [sessionId] } };
    const response = await this.fetcher(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...internalCallHeaders('customers', this.identitySecret, null, 'gateway', operation) },
      body: JSON.stringify(operation),
    });
    const body = (await response.json()) as { data?: { _activeSessions?: string[] } };
    const active = body.data?._activeSessions;
    if (!response.ok || !Array.isArray(active)) throw new Error(`customers answered ${response.status} without _activeSessions`);
    return active.includes(sessionId);
  }
}
