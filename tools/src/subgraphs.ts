import { SUBGRAPH_REGISTRY, type SubgraphDefinition, type SubgraphName } from '@elysium/subgraph-kit';
import { catalogSubgraph } from '@elysium/catalog';
import { customersSubgraph } from '@elysium/customers';
import { inventorySubgraph } from '@elysium/inventory';
import { ordersSubgraph } from '@elysium/orders';
import { paymentsSubgraph } from '@elysium/payments';

export type { SubgraphName };

/** Each subgraph's definition, for composition (names and ports come from the kit's registry). */
const DEFINITIONS: Record<SubgraphName, SubgraphDefinition<never>> = {
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

/** Every subgraph, its default port, and the app that runs it. The order is start order. */
export const SUBGRAPHS = SUBGRAPH_REGISTRY.map((s) => ({
  ...s,
  main: `subgraphs/${s.name}/src/main.ts`,
  definition: DEFINITIONS[s.name],
}));
