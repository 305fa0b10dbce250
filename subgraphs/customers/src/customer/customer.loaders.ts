import { byKey, defineLoader } from '@elysium/subgraph-kit';
import type { CustomerService } from './customer.service';
import type { Customer } from './customer.entity';

/** Customers by id, batched per request: one SQL statement however many are asked for. */
export const customerById = (service: CustomerService) =>
  defineLoader<string, Customer | null>(async (ids) => byKey(ids, await service.findByIds(ids), (c) => c.id));
