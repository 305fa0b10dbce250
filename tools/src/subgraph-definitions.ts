import type { SubgraphDefinition, SubgraphName } from '@elysium/subgraph-kit';
import { catalogSubgraph } from '@elysium/catalog';
import { customersSubgraph } from '@elysium/customers';
import { inventorySubgraph } from '@elysium/inventory';
import { ordersSubgraph } from '@elysium/orders';
import { paymentsSubgraph } from '@elysium/payments';

/** Each subgraph's schema definition, for composition (compose and the supergraph's checks). */
export const SUBGRAPH_DEFINITIONS: Record<SubgraphName, SubgraphDefinition<never>> = {
  catalog: catalogSubgraph,
  customers: customersSubgraph,
  orders: ordersSubgraph,
  inventory: inventorySubgraph,
  payments: paymentsSubgraph({
    secretKey: 'sk_test_schema_only',
    webhookSecret: 'schema-only',
    threeDSecureFrom: 0,
    reconcileAfterSeconds: 0,
  }),
};
