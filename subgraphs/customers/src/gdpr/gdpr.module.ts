import type { EventHandler } from '@elysium/subgraph-kit';
import type { CustomersDeps, CustomersModule } from '../module';
import { CustomerDataResolver } from './customer-data.resolver';
import { CustomerDataService, type AccountErasure } from './customer-data.service';
import { CreateDataExport1764550000000 } from './migrations/1764550000000-create-data-export';

/** The GDPR slice: exports gathered from every subgraph, and erasure announced to them. */
export const gdprModule: CustomersModule = {
  entities: [],
  migrations: [CreateDataExport1764550000000],
  resolvers: [CustomerDataResolver],
};

export function createCustomerDataServices(deps: CustomersDeps, account: AccountErasure): CustomerDataService {
  return new CustomerDataService(deps.dataSource, account);
}

/** This subgraph's side of the export contract: its own part, and collecting everyone's. */
export function gdprEventHandlers(service: CustomerDataService): EventHandler[] {
  return [
    {
      queue: 'customers.export-part',
      handle: async (message, tx) => {
        const { exportId, customerId } = message.data as { exportId: string; customerId: string };
        const part = await service.ownPart(tx.manager, customerId);
        await tx.publish('customer.export-part-ready', { exportId, customerId, service: 'customers', part });
      },
    },
    { queue: 'customers.collect-export-part', handle: (message, tx) => service.collectPart(tx, message) },
  ];
}
