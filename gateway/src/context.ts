import type { Identity } from '@elysium/subgraph-kit/core';

/** What the gateway knows about a request. */
export interface GatewayContext {
  requestId: string;
  identity: Identity | null;
  /** The caller's address, as Express reads it (behind a trusted proxy: the forwarded one). */
  clientIp: string;
}
