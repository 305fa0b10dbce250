import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { EventBus } from '../events/event-bus';
import type { Metrics } from '../metrics';
import { ALL_QUEUES } from '../events/event-catalogue';

/** The connection pool's connections by state, read when scraped. */
export function watchPool(metrics: Metrics, dataSource: DataSource): void {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  metrics.gauge(
    'elysium_db_pool_connections',
    'Database pool connections: total, idle, and callers waiting for one',
    ['state'],
    (gauge) => {
      gauge.set({ state: 'total' }, pool.totalCount);
      gauge.set({ state: 'idle' }, pool.idleCount);
      gauge.set({ state: 'waiting' }, pool.waitingCount);
    },
  );
}

/** Depth and age of this subgraph's job queues, read when scraped (every queue shows, empty ones as 0). */
export function watchQueues(metrics: Metrics, bus: EventBus, subgraph: string): void {
  const queues = ALL_QUEUES.filter((queue) => queue.startsWith(`${subgraph}.`));
  // Both gauges are collected in one scrape: they share one query, reused for a second.
  let reading: Promise<Array<{ queue: string; waiting: number; oldestSeconds: number }>> | undefined;
  const read = () =>
    (reading ??= bus.waitingJobs(subgraph).then(
      (rows) => {
        setTimeout(() => (reading = undefined), 1000).unref();
        const waiting = new Map(rows.map((row) => [row.queue, row]));
        return queues.map((queue) => waiting.get(queue) ?? { queue, waiting: 0, oldestSeconds: 0 });
      },
      (error: unknown) => {
        reading = undefined;
        throw error;
      },
    ));
  metrics.gauge('elysium_jobs_waiting', 'Jobs due on the queue and not yet taken', ['queue'], async (gauge) => {
    for (const row of await read()) gauge.set({ queue: row.queue }, row.waiting);
  });
  metrics.gauge('elysium_jobs_oldest_waiting_seconds', 'How long the oldest due job has waited', ['queue'], async (gauge) => {
    for (const row of await read()) gauge.set({ queue: row.queue }, row.oldestSeconds);
  });
}
