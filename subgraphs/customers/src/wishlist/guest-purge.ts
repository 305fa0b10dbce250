import type { Tx } from '@elysium/subgraph-kit';
import { GUEST_SESSION_IDLE_DAYS } from './guest-token';
import { rows as queryRows } from '@elysium/subgraph-kit';

/**
 * Deletes guest sessions idle for GUEST_SESSION_IDLE_DAYS, with their lists (ON DELETE CASCADE), at
 * most `batch` per call so one run never holds many locks. Expired sessions already open nothing; this
 * only reclaims their rows. For a scheduled job on the queue (the kit's catalogue has no queue for it
 * yet); returns how many went, so the job can run again while it is > 0.
 */
export async function purgeIdleGuestSessions(tx: Tx, batch = 1000): Promise<number> {
  const rows = await queryRows<{ token_hash: string }>(
    tx.manager,
    `DELETE FROM guest_session WHERE token_hash IN (
       SELECT token_hash FROM guest_session WHERE last_used_at <= now() - make_interval(days => $1)
        ORDER BY last_used_at LIMIT $2 FOR UPDATE SKIP LOCKED)
     RETURNING token_hash`,
    [GUEST_SESSION_IDLE_DAYS, batch],
  );
  return rows.length;
}
