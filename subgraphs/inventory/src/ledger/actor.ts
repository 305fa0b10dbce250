import type { SubgraphContext } from '@elysium/subgraph-kit';

/** Who a ledger row names: a member of staff, one of our services, or inventory's own scheduled work. */
export interface Actor {
  actor: string;
  role: string;
  requestId: string;
}

export function actorOf(context: SubgraphContext): Actor {
  if (context.identity) return { actor: context.identity.subject, role: context.identity.role, requestId: context.requestId };
  return { actor: context.call?.caller ?? 'anonymous', role: 'service', requestId: context.requestId };
}

/** Inventory itself, for work no request asked for (reservation expiry); `jobId` ties the rows to the job. */
export function systemActor(jobId: string): Actor {
  return { actor: 'inventory', role: 'system', requestId: `job:${jobId}` };
}
