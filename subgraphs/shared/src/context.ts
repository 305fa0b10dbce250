import type { Logger } from './logger';
import type { Identity } from './identity';
import { forbidden, unauthenticated } from './graphql/errors';

/** What every resolver gets: who is asking, a request logger, and this request's DataLoaders. */
export interface SubgraphContext {
  requestId: string;
  log: Logger;
  identity: Identity | null;
  loaders: Map<symbol, unknown>;
}

/** Staff only: client service, atelier, finance. */
export function requireStaff(context: SubgraphContext): Identity {
  if (!context.identity) throw unauthenticated();
  if (context.identity.role !== 'staff') throw forbidden();
  return context.identity;
}

/** The customer themself, or staff. Anything else sees nothing (never leak a client's data). */
export function requireCustomerOrStaff(context: SubgraphContext, customerId: string): Identity {
  if (!context.identity) throw unauthenticated();
  const { role, subject } = context.identity;
  if (role === 'staff' || subject === customerId) return context.identity;
  throw forbidden();
}
