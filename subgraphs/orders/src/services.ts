import type { DataSource } from 'typeorm';
import { isUuid, visibleToCaller, type SubgraphContext } from '@elysium/subgraph-kit';
import { orderLoaders } from './order/order.loaders';
import { OrderService } from './order/order.service';
import type { Order } from './order/order.entity';

/** Everything the orders resolvers need, built once per process. */
export function createOrdersServices(dataSource: DataSource) {
  const orders = new OrderService(dataSource);
  const loaders = orderLoaders(orders);
  return {
    orders,
    loaders,
    /**
     * An order the caller may see: its client or staff. Anyone else, a missing order and an id that
     * is not one of ours all give the same null.
     */
    async visibleOrder(context: SubgraphContext, id: string): Promise<Order | null> {
      const order = isUuid(id) ? await loaders.orderById(context).load(id.toLowerCase()) : null;
      return visibleToCaller(context, order, (o) => o.customerId);
    },
  };
}

export type OrdersServices = ReturnType<typeof createOrdersServices>;
