import type { SubgraphDefinition } from '@elysium/subgraph-kit';
import { catalogSubgraph } from '@elysium/catalog';
import { customersSubgraph } from '@elysium/customers';
import { inventorySubgraph } from '@elysium/inventory';
import { ordersSubgraph } from '@elysium/orders';
import { paymentsSubgraph } from '@elysium/payments';

/** Every subgraph, its default port, and the app that runs it. The order is start order. */
export const SUBGRAPHS = [
  { name: 'catalog', port: 4001, main: 'subgraphs/catalog/src/main.ts', definition: catalogSubgraph },
  { name: 'customers', port: 4002, main: 'subgraphs/customers/src/main.ts', definition: customersSubgraph },
  { name: 'orders', port: 4003, main: 'subgraphs/orders/src/main.ts', definition: ordersSubgraph },
  { name: 'inventory', port: 4004, main: 'subgraphs/inventory/src/main.ts', definition: inventorySubgraph },
  {
    name: 'payments',
    port: 4005,
    main: 'subgraphs/payments/src/main.ts',
    definition: paymentsSubgraph({ secretKey: 'sk_test_schema_only' }),
  },
] as const satisfies ReadonlyArray<{ name: string; port: number; main: string; definition: SubgraphDefinition<never> }>;

export type SubgraphName = (typeof SUBGRAPHS)[number]['name'];
