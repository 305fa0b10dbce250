import type { Logger } from './logger';
import type { Identity, VerifiedCall } from './identity';
import { forbidden, unauthenticated } from './graphql/thrown-errors';

/** What every resolver gets: who is asking, a request logger, and this request's DataLoaders. */
export interface SubgraphContext {
  requestId: string;
  log: Logger;
  /** The signed call this request came in on (the gateway or one of our tools); null for an unsigned caller. */
  call: VerifiedCall | null;
  /** The signed-in person, as the gateway established it; null when anonymous or unsigned. */
  identity: Identity | null;
  loaders: Map<symbol, unknown>;
}

/** Staff only: client service, atelier, finance. */
export function requireStaff(context: SubgraphContext): Identity {
  if (!context.identity) throw unauthenticated();
  if (context.identity.role !== 'staff') throw forbidden();
  return context.identity;
}

/**
 * A client's record as this caller may see it. Anonymous callers must sign in; anyone but the client
 * and staff get null, exactly as for a record that does not exist, so ids cannot be probed.
 */
export function visibleToCaller<T>(context: SubgraphContext, record: T | null | undefined, ownerOf: (record: T) => string): T | null {
  if (!context.identity) throw unauthenticated();
  if (!record) return null;
  const { role, subject } = context.identity;
  return role === 'staff' || subject === ownerOf(record) ? record : null;
}

/** The customer themself, or staff. Anything else sees nothing (never leak a client's data). */
export function requireCustomerOrStaff(context: SubgraphContext, customerId: string): Identity {
  if (!context.identity) throw unauthenticated();
  const { role, subject } = context.identity;
  if (role === 'staff' || subject === customerId) return context.identity;
  throw forbidden();
}
