import type { PostgresSubgraphDefinition, SubgraphContext } from '@elysium/subgraph-kit';
import { customerDataHandlers } from './gdpr/customer-data.handlers';
import { CreateOrder1764057600000 } from './migrations/1764057600000-create-order';
import { CustomerOrdersResolver } from './order/customer-orders.resolver';
import { Order } from './order/order.entity';
import { OrderFieldsResolver, OrderLineFieldsResolver } from './order/order-fields.resolver';
import { OrderLine } from './order/order-line.entity';
import { OrderResolver } from './order/order.resolver';
import { seedOrders } from './seed';
import { createOrdersServices, type OrdersServices } from './services';

/** The orders subgraph: client orders and their lines. Owns Postgres schema `orders`. */
export const ordersSubgraph: PostgresSubgraphDefinition<OrdersServices> = {
  name: 'orders',
  schema: 'orders',
  entities: [Order, OrderLine],
  migrations: [CreateOrder1764057600000],
  resolvers: [OrderResolver, OrderFieldsResolver, OrderLineFieldsResolver, CustomerOrdersResolver],
  createServices: createOrdersServices,
  eventHandlers: () => customerDataHandlers(),
  references: (services) => ({
    Order: {
      __resolveReference: (reference: { id: string }, context: SubgraphContext) => services.visibleOrder(context, reference.id),
    },
  }),
  seedDemoData: (_services, dataSource) => seedOrders(dataSource),
};
