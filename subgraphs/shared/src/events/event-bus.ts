import { rows } from '../database/sql';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { txOf, type Tx } from '../database/request-transaction';
import { isRetryable, withTransaction } from '../database/transaction';
import type { Logger } from '../logger';
import { currentTraceparent, inSpan } from '../telemetry/spans';
import { claimEvent } from './processed-events';
import { ALL_QUEUES, EVENT_CATALOGUE, PROMPT_QUEUES, type EventName, type QueueName } from './event-catalogue';

/** What a consumer receives: the event (or command), with an id that is the same on every delivery. */
export interface EventMessage<T = Record<string, unknown>> {
  id: string;
  name: string;
  data: T;
  publishedAt: string;
  /** With tracing on, the span that published it: the handler's span continues that trace. */
  traceparent?: string;
}

/** A subgraph's consumer of one queue. It runs in a transaction that also records the delivery. */
export interface EventHandler {
  queue: QueueName;
  handle(message: EventMessage, tx: Tx): Promise<void>;
  /**
   * Handle a whole batch in one transaction. Only for handlers whose every effect is in the database:
   * a failed batch is retried whole, so a handler that sends mail or calls out must not batch.
   */
  batch?: boolean;
  /**
   * Workers for the queue in this process (default 1). Handlers that lock what they change (an
   * order row) may take several jobs at once; each job still runs in its own transaction.
   */
  concurrency?: number;
  /**
   * A cron expression (UTC) for scheduled work: pg-boss puts one job on the queue each time it comes
   * round, however many replicas run, and the handler gets an empty `data`.
   */
  schedule?: string;
}

/** Options for a job: run later (scheduled work), or at most one pending per key. */
export interface EnqueueOptions {
  startAfter?: Date;
  singletonKey?: string;
}

/** A message to publish now, carrying the current span's `traceparent` when tracing is on. */
function newMessage(name: string, data: Record<string, unknown>): EventMessage {
  return { id: randomUUID(), name, data, publishedAt: new Date().toISOString(), traceparent: currentTraceparent() };
}

/** A job as a message: ours carry one; a scheduled job (pg-boss's cron) is named by its job id. */
function messageOf(job: PgBoss.Job<EventMessage>): EventMessage {
  if (job.data && typeof job.data.id === 'string') return job.data;
  return { id: job.id, name: job.name, data: {}, publishedAt: new Date().toISOString() };
}

/** pg-boss checks a stopping worker once a second (its offWork loop); a little longer to be past it. */
const WORKER_STOP_CHECK_MS = 1100;

/** Jobs a consumer takes (and handles in one transaction) at a time. */
const BATCH_SIZE = 25;

/** The job queue's own tables live in one shared schema; each subgraph's data stays in its own. */
const QUEUE_SCHEMA = 'pgboss';

/**
 * The channel a transaction notifies on commit when it writes jobs: consumers wake at once instead
 * of at their next poll. The queue stays pg-boss's; the notice only shortens the wait (a missed one
 * costs a polling interval, nothing more).
 */
const WAKE_CHANNEL = 'elysium_jobs';

const inTransaction = (manager: EntityManager): PgBoss.Db => ({
  executeSql: async (text, values) => ({ rows: await rows<unknown>(manager, text, values) }),
});

/**
 * Creates a queue unless it exists. Replicas and subgraphs start together and pg-boss's DDL for a
 * new queue can deadlock with a concurrent one: the loser simply tries again.
 */
async function ensureQueue(boss: PgBoss, queue: QueueName): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    if (await boss.getQueue(queue)) return;
    try {
      await boss.createQueue(queue, { name: queue, retryLimit: 10, retryDelay: 2, retryBackoff: true });
      return;
    } catch (error) {
      if (attempt >= 5 || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 50 * attempt));
    }
  }
}

/**
 * The event backbone on pg-boss (Postgres, no home-made poller). Events and commands are written
 * as jobs inside the caller's transaction: they exist exactly when the change they announce was
 * committed (a transactional outbox whose table is the queue). Consumers run in every replica;
 * delivery is at least once and each handler's effect is claimed once per event.
 */
export class EventBus {
  /** This process's workers by queue, and whether each is handling jobs now (for wake-ups). */
  private wakeTurn = 0;
  private readonly workers = new Map<string, Array<{ id: string; busy: boolean }>>();
  private listener: Client | null = null;

  private constructor(
    private readonly boss: PgBoss,
    private readonly databaseUrl: string,
    private readonly log: Logger,
  ) {}

  static async start(options: { databaseUrl: string; service: string; log: Logger }): Promise<EventBus> {
    const boss = new PgBoss({
      connectionString: options.databaseUrl,
      schema: QUEUE_SCHEMA,
      application_name: `elysium-${options.service}-queue`,
      max: 3,
      // Keep finished jobs a week for inspection; their payloads carry ids, never personal data.
      deleteAfterDays: 7,
    });
    boss.on('error', (error) => options.log.error({ err: error }, 'job queue error'));
    await boss.start();
    // One read for the queues that exist (every start after the first finds them all).
    const existing = new Set(((await boss.getQueues()) as Array<{ name: string }>).map((queue) => queue.name));
    for (const queue of ALL_QUEUES) if (!existing.has(queue)) await ensureQueue(boss, queue);
    return new EventBus(boss, options.databaseUrl, options.log);
  }

  /** Wakes the consumers of the prompt ones of `queues` when the transaction commits (NOTIFY is transactional). */
  private async wake(manager: EntityManager, queues: readonly string[]): Promise<void> {
    for (const queue of new Set(queues))
      if (PROMPT_QUEUES.has(queue)) await rows(manager, `SELECT pg_notify($1, $2)`, [WAKE_CHANNEL, queue]);
  }

  /** Announces `event` to every queue the catalogue lists for it, in `manager`'s transaction. */
  async publish(manager: EntityManager, event: EventName, data: Record<string, unknown>): Promise<string> {
    const message = newMessage(event, data);
    for (const queue of EVENT_CATALOGUE[event]) await this.boss.send(queue, message, { db: inTransaction(manager) });
    await this.wake(manager, EVENT_CATALOGUE[event]);
    return message.id;
  }

  /** Announces many events of one kind in one statement per queue (e.g. one audit entry per record read). */
  async publishMany(manager: EntityManager, event: EventName, items: Array<Record<string, unknown>>): Promise<string[]> {
    const publishedAt = new Date().toISOString();
    const traceparent = currentTraceparent();
    const messages: EventMessage[] = items.map((data) => ({ id: randomUUID(), name: event, data, publishedAt, traceparent }));
    for (const queue of EVENT_CATALOGUE[event]) {
      await this.boss.insert(
        messages.map((data) => ({ name: queue, data, retryLimit: 10, retryDelay: 2, retryBackoff: true })),
        { db: inTransaction(manager) },
      );
    }
    await this.wake(manager, EVENT_CATALOGUE[event]);
    return messages.map((m) => m.id);
  }

  /** Sends a command (mail, scheduled work) to one queue, in `manager`'s transaction. */
  async enqueue(manager: EntityManager, queue: QueueName, data: Record<string, unknown>, options: EnqueueOptions = {}): Promise<string> {
    const message = newMessage(queue, data);
    await this.boss.send(queue, message, { ...options, db: inTransaction(manager) });
    if (!options.startAfter) await this.wake(manager, [queue]);
    return message.id;
  }

  /**
   * Jobs on `subgraph`'s queues that are due and not yet taken, and how long the oldest has waited
   * (seconds), by queue: what an on-call engineer watches when mail or fan-out falls behind. It asks
   * through the queue's own connections, so the subgraph's SQL counters stay its requests' own.
   */
  async waitingJobs(subgraph: string): Promise<Array<{ queue: string; waiting: number; oldestSeconds: number }>> {
    const rows = (await this.boss.getDb().executeSql(
      `SELECT name, count(*)::int AS waiting, EXTRACT(EPOCH FROM now() - min(start_after))::float8 AS oldest
         FROM ${QUEUE_SCHEMA}.job
        WHERE name LIKE $1 AND state IN ('created', 'retry') AND start_after <= now()
        GROUP BY name`,
      [`${subgraph}.%`],
    )) as { rows: Array<{ name: string; waiting: number; oldest: number }> };
    return rows.rows.map((row) => ({ queue: row.name, waiting: row.waiting, oldestSeconds: row.oldest }));
  }

  /** Runs `handlers` for this subgraph; each delivery is claimed in the handler's own transaction. */
  async consume(dataSource: DataSource, subgraph: string, handlers: EventHandler[]): Promise<void> {
    for (const handler of handlers) {
      if (!handler.queue.startsWith(`${subgraph}.`)) throw new Error(`${subgraph} may not consume ${handler.queue}`);
      if (handler.schedule) await this.boss.schedule(handler.queue, handler.schedule, {}, { tz: 'UTC' });
      for (let n = 0; n < (handler.concurrency ?? 1); n++) {
        const worker = { id: '', busy: false };
        worker.id = await this.boss.work<EventMessage>(
          handler.queue,
          { pollingIntervalSeconds: 1, batchSize: BATCH_SIZE },
          async (jobs) => {
            worker.busy = true;
            try {
              const messages = jobs.map((job) => messageOf(job));
              if (handler.batch) {
                await this.deliverBatch(dataSource, handler, messages);
              } else {
                for (const message of messages) await this.deliverOnce(dataSource, handler, message);
              }
            } finally {
              worker.busy = false;
            }
            // pg-boss waits a polling interval between fetches; a full batch means more are waiting.
            if (jobs.length === BATCH_SIZE) this.boss.notifyWorker(worker.id);
          },
        );
        this.workers.set(handler.queue, [...(this.workers.get(handler.queue) ?? []), worker]);
      }
    }
  }

  /**
   * A batch of deliveries in one transaction: fewer round trips when a queue is busy (staff reads
   * audited under load). If one fails, the whole batch rolls back, claims included, and pg-boss
   * retries it: effects still happen once.
   */
  async deliverBatch(dataSource: DataSource, handler: EventHandler, messages: EventMessage[]): Promise<void> {
    const attributes = {
      'messaging.system': 'pg-boss',
      'messaging.destination.name': handler.queue,
      'messaging.batch.message_count': messages.length,
    };
    await inSpan(`process ${handler.queue}`, { kind: 'consumer', attributes }, () =>
      withTransaction(dataSource, async (manager) => {
        const tx = txOf(manager, this);
        for (const message of messages) {
          if (await claimEvent(manager, message.id, handler.queue)) await handler.handle(message, tx);
        }
      }),
    );
  }

  /**
   * One delivery: the claim and the handler's effect commit together, so a repeated or concurrent
   * delivery of the same event (the second waits on the first's claim) does nothing.
   */
  async deliverOnce(dataSource: DataSource, handler: EventHandler, message: EventMessage): Promise<boolean> {
    const attributes = { 'messaging.system': 'pg-boss', 'messaging.destination.name': handler.queue, 'messaging.message.id': message.id };
    // The handler's span continues the trace of the request that published the event.
    return inSpan(`process ${handler.queue}`, { kind: 'consumer', attributes, traceparent: message.traceparent }, () =>
      withTransaction(dataSource, async (manager) => {
        if (!(await claimEvent(manager, message.id, handler.queue))) return false;
        await handler.handle(message, txOf(manager, this));
        return true;
      }),
    );
  }

  /** Listens for wake-up notices and hands them to this process's workers of the queue named. */
  async listen(): Promise<void> {
    if (this.listener || this.workers.size === 0) return;
    const listener = new Client({ connectionString: this.databaseUrl, application_name: 'elysium-queue-wake' });
    listener.on('error', (error) => this.log.warn({ err: error }, 'queue wake-up listener lost; workers fall back to polling'));
    listener.on('notification', (notice) => {
      // One notice is one job or a few committed together: one worker fetches them. An idle one if
      // there is one; else a busy one, which then fetches again as soon as it is done. Waking them
      // all would cost an empty fetch from each of the others.
      const workers = this.workers.get(notice.payload ?? '') ?? [];
      const chosen = workers.find((w) => !w.busy) ?? workers[this.wakeTurn++ % Math.max(1, workers.length)];
      if (chosen) this.boss.notifyWorker(chosen.id);
    });
    await listener.connect();
    await listener.query(`LISTEN ${WAKE_CHANNEL}`);
    this.listener = listener;
  }

  async stop(): Promise<void> {
    await this.listener?.end().catch(() => undefined);
    this.listener = null;
    const stopping = Date.now();
    await this.boss.stop({ graceful: true, timeout: 5000, wait: true });
    // pg-boss resolves stop() once no job is in hand, but each stopped worker is then watched by a
    // loop that checks it once a second. Outliving that first check means nothing of the queue runs
    // after stop(): a test file's teardown (or a process exit) never cuts it off mid-step.
    const left = WORKER_STOP_CHECK_MS - (Date.now() - stopping);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }
}
