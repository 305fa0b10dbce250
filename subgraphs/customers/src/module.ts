import type { DataSource } from 'typeorm';
import type { EventBus, Logger } from '@elysium/subgraph-kit';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassType = Function;

/**
 * One slice of the customers subgraph (accounts, profile, wishlist, consent …): its tables,
 * migrations, resolvers and types. `subgraph.ts` puts the slices together, so each grows in its own
 * folder. A slice's services are built in `services.ts` from these dependencies.
 */
export interface CustomersModule {
  entities: ClassType[];
  migrations: ClassType[];
  resolvers: ClassType[];
  /** Types no resolver returns directly (result-union members). */
  orphanedTypes?: ClassType[];
}

/** What every slice's services are built from. */
export interface CustomersDeps {
  dataSource: DataSource;
  log: Logger;
  bus: EventBus;
}
