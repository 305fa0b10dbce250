import type { CallSession, Identity } from '@elysium/subgraph-kit/core';
import type { RateDecision } from './limits/rate-limiter';
import type { SessionChange } from './sessions/session-cookies';

/** What the gateway knows about a request. */
export interface GatewayContext {
  requestId: string;
  /** The W3C trace this request belongs to (the caller's `traceparent`, or a new one); every subgraph call carries it. */
  traceId: string;
  identity: Identity | null;
  /** The caller's address, as Express reads it (behind a trusted proxy: the forwarded one). */
  clientIp: string;
  /** How this caller keeps its session (cookies for browsers that ask, bearer tokens otherwise). */
  session: CallSession;
  /** Set when the customers subgraph started, renewed or ended the session in this request. */
  sessionChange?: SessionChange;
  /** The caller's rate-limit standing after the point every request pays at the door. */
  rate: RateDecision;
  /** Adds Set-Cookie headers to the HTTP answer (Apollo's header map holds one value per name). */
  setCookies(values: string[]): void;
}
