import { byKey, defineLoader, groupByKey } from '@elysium/subgraph-kit';
import type { Order } from './order.entity';
import type { OrderLine } from './order-line.entity';
import type { OrderService } from './order.service';
import type { OrderHistoryEntry } from './order-admin.service';

export interface RecentOrdersKey {
  customerId: string;
  first: number;
}

/** The per-request loaders of the orders subgraph. */
export function orderLoaders(service: OrderService) {
  return {
    historyByOrderId: defineLoader<string, OrderHistoryEntry[]>(async (ids) =>
      groupByKey(ids, await service.findHistory(ids), (entry) => entry.orderId),
    ),
    orderById: defineLoader<string, Order | null>(async (ids) => byKey(ids, await service.findByIds(ids), (o) => o.id)),
    linesByOrderId: defineLoader<string, OrderLine[]>(async (ids) => groupByKey(ids, await service.findLines(ids), (line) => line.orderId)),
    /** Keys asking for the same page size share one statement; in practice every key does. */
    recentOrdersByCustomer: defineLoader<RecentOrdersKey, Order[]>(
      async (keys) => {
        const results = new Map<string, Order[]>();
        for (const first of new Set(keys.map((k) => k.first))) {
          const ids = keys.filter((k) => k.first === first).map((k) => k.customerId);
          const groups = groupByKey(ids, await service.findRecentByCustomers(ids, first), (o) => o.customerId);
          ids.forEach((id, i) => results.set(`${id}:${first}`, groups[i]));
        }
        return keys.map((k) => results.get(`${k.customerId}:${k.first}`) ?? []);
      },
      { cacheKeyFn: (k) => `${k.customerId}:${k.first}` },
    ),
  };
}
