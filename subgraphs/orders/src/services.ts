import type { DataSource } from 'typeorm';
import {
  createMailer,
  isUuid,
  SubgraphClient,
  visibleToCaller,
  type EventBus,
  type Logger,
  type SubgraphContext,
} from '@elysium/subgraph-kit';
import { CartService } from './cart/cart.service';
import { PlaceOrderWorkflow } from './checkout/place-order.workflow';
import { StockAndPayments } from './checkout/stock-and-payments';
import type { OrdersEnv } from './orders-env';
import { orderLoaders } from './order/order.loaders';
import { OrderService } from './order/order.service';
import { OrderAdminService } from './order/order-admin.service';
import type { Order } from './order/order.entity';
import { CataloguePrices } from './pricing/catalog-prices';

/** Everything the orders resolvers and handlers need, built once per process. */
export function createOrdersServices(dataSource: DataSource, log: Logger, _bus: EventBus, env: OrdersEnv) {
  const orders = new OrderService(dataSource);
  const loaders = orderLoaders(orders);
  const client = (name: 'catalog' | 'inventory' | 'payments' | 'customers', url: string) =>
    new SubgraphClient(name, url, env.IDENTITY_SECRET, 'orders');
  const carts = new CartService(dataSource, new CataloguePrices(client('catalog', env.CATALOG_URL)), env.CONFIGURATION_TOKEN_SECRET);
  const remote = new StockAndPayments(client('inventory', env.INVENTORY_URL), client('payments', env.PAYMENTS_URL));
  return {
    dataSource,
    orders,
    loaders,
    orderAdmin: new OrderAdminService(dataSource),
    carts,
    remote,
    reservationTtlSeconds: env.RESERVATION_TTL_SECONDS,
    checkout: new PlaceOrderWorkflow(
      dataSource,
      carts,
      remote,
      env.RESERVATION_TTL_SECONDS,
      env.DEPOSIT_PERCENT,
      client('customers', env.CUSTOMERS_URL),
      log,
    ),
    mailer: createMailer({ smtpUrl: env.SMTP_URL, from: 'ELYSIUM <client.services@elysium.example>' }),
    /**
     * An order the caller may see: its client or staff. Anyone else, a missing order and an id that
     * is not one of ours all give the same null.
     */
    async visibleOrder(context: SubgraphContext, id: string): Promise<Order | null> {
      const order = isUuid(id) ? await loaders.orderById(context).load(id.toLowerCase()) : null;
      return visibleToCaller(context, order, (o) => o.customerId ?? '');
    },
  };
}

export type OrdersServices = ReturnType<typeof createOrdersServices>;
