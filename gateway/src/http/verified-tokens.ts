import { LRUCache } from 'lru-cache';
import { checkBearerToken, type Identity } from '@elysium/subgraph-kit/core';

/** Longest a checked token is remembered: a token's signature and claims cannot change, only expire. */
const REMEMBER_MS = 60_000;

/**
 * `checkBearerToken` with a memory: a signed-in client sends the same token on every request until
 * it expires, and checking its HMAC and claims again each time was the gateway's largest single cost
 * after the subgraph call (profiled at one client). A remembered token is re-checked at least every
 * minute, and never used past its own `exp`; refused tokens are not remembered (they cost an error
 * either way). Session revocation is not this cache's business: it is asked on every request.
 */
export class VerifiedTokens {
  private readonly known = new LRUCache<string, { identity: Identity; until: number }>({ max: 20_000 });

  constructor(
    private readonly secret: string,
    private readonly now: () => number = Date.now,
  ) {}

  async verify(authorization: string | undefined): Promise<Identity | null> {
    if (!authorization) return null;
    const known = this.known.get(authorization);
    if (known && this.now() < known.until) return known.identity;
    const verified = await checkBearerToken(authorization, this.secret);
    if (verified) {
      this.known.set(authorization, { identity: verified.identity, until: Math.min(verified.expiresAt, this.now() + REMEMBER_MS) });
      return verified.identity;
    }
    return null;
  }
}
