import type { DataSource } from 'typeorm';
import { requireCustomerOrStaff, type SubgraphContext } from '@elysium/subgraph-kit';
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
    /** An order the caller may see: its client or staff; anyone else gets an error, never the data. */
    async visibleOrder(context: SubgraphContext, id: string): Promise<Order | null> {
      const order = await loaders.orderById(context).load(id);
      if (order) requireCustomerOrStaff(context, order.customerId);
      return order;
    },
  };
}

export type OrdersServices = ReturnType<typeof createOrdersServices>;
