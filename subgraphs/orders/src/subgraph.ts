import { rows } from '@elysium/subgraph-kit';
import type { PostgresSubgraphDefinition, SubgraphContext } from '@elysium/subgraph-kit';
import { CartResolver } from './cart/cart.resolver';
import { CartLineNotFoundError, ItemNotOfferedError, QuoteExpiredError } from './cart/cart.errors';
import { BalanceResolver } from './checkout/balance.resolver';
import { CheckoutResolver } from './checkout/checkout.resolver';
import { CartEmptyError, PiecesUnavailableError } from './checkout/checkout.errors';
import { paymentOutcomeHandler } from './checkout/payment-outcome.handler';
import { orderMailHandler } from './mail/order-mail';
import { Checkout1764600000000 } from './migrations/1764600000000-checkout';
import { OrderAdminResolver } from './order/order-admin.resolver';
import { IllegalTransitionError, OrderNotFoundError } from './order/order-admin.service';
import type { OrdersEnv } from './orders-env';
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
export const ordersSubgraph: PostgresSubgraphDefinition<OrdersServices, OrdersEnv> = {
  name: 'orders',
  schema: 'orders',
  entities: [Order, OrderLine],
  migrations: [CreateOrder1764057600000, Checkout1764600000000],
  resolvers: [
    OrderResolver,
    OrderFieldsResolver,
    OrderLineFieldsResolver,
    CustomerOrdersResolver,
    CartResolver,
    CheckoutResolver,
    OrderAdminResolver,
    BalanceResolver,
  ],
  orphanedTypes: [
    ItemNotOfferedError,
    QuoteExpiredError,
    CartLineNotFoundError,
    CartEmptyError,
    PiecesUnavailableError,
    OrderNotFoundError,
    IllegalTransitionError,
  ],
  createServices: createOrdersServices,
  eventHandlers: (services) => [
    ...customerDataHandlers(),
    paymentOutcomeHandler(services.remote, services.reservationTtlSeconds),
    orderMailHandler(services.mailer),
    {
      queue: 'orders.purge-carts',
      schedule: '17 * * * *',
      handle: async (_message, tx) => {
        await rows(tx.manager, `DELETE FROM cart WHERE expires_at <= now()`);
      },
    },
  ],
  references: (services) => ({
    Order: {
      __resolveReference: (reference: { id: string }, context: SubgraphContext) => services.visibleOrder(context, reference.id),
    },
  }),
  seedDemoData: (_services, dataSource) => seedOrders(dataSource),
};
