import type { Identity } from '@elysium/subgraph-kit';

/** What the gateway knows about a request. */
export interface GatewayContext {
  requestId: string;
  identity: Identity | null;
}
