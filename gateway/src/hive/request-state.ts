import type { SessionChange } from '../sessions/session-cookies';

/**
 * What Hive Gateway's hooks learn about one request along the way, kept by its fetch `Request`
 * (the one object every hook of the request sees, from the HTTP layer to each subgraph call).
 */
export interface HiveRequestState {
  /** The shortest max-age the subgraphs allowed for this answer (seconds); undefined until one answers. */
  maxAge?: number;
  /** Set when this answer was complete and kept for anonymous callers: its max-age. */
  publicMaxAge?: number;
  /** Set when the answer came from the response cache: when it was stored, and for how long. */
  cacheHit?: { storedAt: number; maxAge: number };
  /** A session the customers subgraph started, renewed or ended. */
  sessionChange?: SessionChange;
}

const states = new WeakMap<Request, HiveRequestState>();

export function stateOf(request: Request): HiveRequestState {
  let state = states.get(request);
  if (!state) states.set(request, (state = {}));
  return state;
}
