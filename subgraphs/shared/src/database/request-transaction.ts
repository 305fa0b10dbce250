import type { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';
import type { SubgraphContext } from '../context';
import type { EnqueueOptions, EventBus } from '../events/event-bus';
import type { EventName, QueueName } from '../events/event-catalogue';
import { withTransaction, type TransactionOptions } from './transaction';

/**
 * One unit of work: repositories bound to the transaction, and the outbox (events and commands
 * written as jobs in the same transaction, so they leave exactly when the change commits).
 */
export interface Tx {
  readonly manager: EntityManager;
  getRepository<E extends ObjectLiteral>(entity: EntityTarget<E>): Repository<E>;
  publish(event: EventName, data: Record<string, unknown>): Promise<string>;
  publishMany(event: EventName, items: Array<Record<string, unknown>>): Promise<string[]>;
  enqueue(queue: QueueName, data: Record<string, unknown>, options?: EnqueueOptions): Promise<string>;
}

export type TransactionRunner = <T>(work: (tx: Tx) => Promise<T>, options?: TransactionOptions) => Promise<T>;

/** What a Postgres subgraph's resolvers and services get: the request, plus its transactions (Vendure's ctx). */
export interface PostgresContext extends SubgraphContext {
  /** Runs `work` in one transaction, retried from the top on deadlock or serialization failure. */
  transaction: TransactionRunner;
}

/** Wraps an EntityManager (a handler's, or a request's) as a Tx. */
export function txOf(manager: EntityManager, bus: EventBus): Tx {
  return {
    manager,
    getRepository: (entity) => manager.getRepository(entity),
    publish: (event, data) => bus.publish(manager, event, data),
    publishMany: (event, items) => bus.publishMany(manager, event, items),
    enqueue: (queue, data, options) => bus.enqueue(manager, queue, data, options),
  };
}

export function transactionRunner(dataSource: DataSource, bus: EventBus): TransactionRunner {
  return (work, options) => withTransaction(dataSource, (manager) => work(txOf(manager, bus)), options);
}
