import type { Logger } from './logger';
import { isStaffRole, type Identity, type Role, type VerifiedCall } from './identity';
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
  /**
   * Extensions for the gateway alone (e.g. `elysiumSession`: tokens it turns into cookies). Sent only
   * on a signed call; the gateway never passes them to its client.
   */
  responseExtensions: Record<string, unknown>;
}

/**
 * Our own services only (e.g. orders reserving stock): a signed call that carries no person and comes
 * from one of `callers`. The gateway signs as `gateway` and forwards people, so no client request
 * can pass this, even if an operation were reachable through the public API.
 */
export function requireServiceCall(context: SubgraphContext, ...callers: string[]): string {
  const call = context.call;
  if (!call || context.identity || call.caller === 'gateway' || !callers.includes(call.caller)) {
    throw forbidden('This operation is for ELYSIUM services only.');
  }
  return call.caller;
}

/** House staff only: client service, atelier, admin. */
export function requireStaff(context: SubgraphContext): Identity {
  if (!context.identity) throw unauthenticated();
  if (!isStaffRole(context.identity.role)) throw forbidden();
  return context.identity;
}

/** One of the given roles only (e.g. ADMIN for creating staff accounts). */
export function requireRole(context: SubgraphContext, ...roles: Role[]): Identity {
  if (!context.identity) throw unauthenticated();
  if (!roles.includes(context.identity.role)) throw forbidden();
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
  return isStaffRole(role) || subject === ownerOf(record) ? record : null;
}

/** The customer themself, or staff. Anything else sees nothing (never leak a client's data). */
export function requireCustomerOrStaff(context: SubgraphContext, customerId: string): Identity {
  if (!context.identity) throw unauthenticated();
  const { role, subject } = context.identity;
  if (isStaffRole(role) || subject === customerId) return context.identity;
  throw forbidden();
}
