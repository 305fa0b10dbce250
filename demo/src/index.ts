import path from 'node:path';

/**
 * The demo dataset `npm start` loads: a few clients with orders and payments, stock for the catalogue.
 * Ids are fixed so every subgraph's seed can point at the others' rows without reading their tables.
 */

/** The content lake's seed: products, collections, stones... in Sanity's export format (NDJSON). */
export const CATALOG_NDJSON = path.join(__dirname, '..', 'catalog.ndjson');

export { DEMO_CUSTOMERS, type DemoCustomer } from './demo-customers';
import { DEMO_CUSTOMERS } from './demo-customers';

export { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS, type DemoAccount } from './demo-accounts';

export interface DemoOrder {
  id: string;
  customerId: string;
  placedAt: string;
  /** Unit prices are what the catalogue charged on the day (VAT-inclusive pence). */
  lines: Array<{ productId: string; title: string; quantity: number; unitPrice: number }>;
  paid: boolean;
}

/** What the client paid for a demo order, VAT included, in pence. */
export function demoOrderTotal(order: DemoOrder): number {
  return order.lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0);
}

export const DEMO_ORDERS: DemoOrder[] = [
  {
    id: '1c2d3e4f-0000-4000-8000-000000000001',
    customerId: DEMO_CUSTOMERS[0].id,
    placedAt: '2026-10-02T11:24:00Z',
    lines: [{ productId: 'product-aurelia-solitaire', title: 'Aurelia Solitaire Engagement Ring', quantity: 1, unitPrice: 1_450_000 }],
    paid: true,
  },
  {
    id: '1c2d3e4f-0000-4000-8000-000000000002',
    customerId: DEMO_CUSTOMERS[0].id,
    placedAt: '2026-11-12T16:05:00Z',
    lines: [
      { productId: 'product-serein-pearl-studs', title: 'Serein Akoya Pearl Studs', quantity: 1, unitPrice: 145_000 },
      { productId: 'product-lumen-tennis-bracelet', title: 'Lumen Diamond Tennis Bracelet', quantity: 1, unitPrice: 980_000 },
    ],
    paid: true,
  },
  {
    id: '1c2d3e4f-0000-4000-8000-000000000003',
    customerId: DEMO_CUSTOMERS[1].id,
    placedAt: '2026-11-20T09:41:00Z',
    lines: [{ productId: 'product-regent-emerald-ring', title: 'Regent Emerald Three-Stone Ring', quantity: 1, unitPrice: 3_200_000 }],
    paid: false,
  },
];

export { DEMO_STOCK } from './demo-stock';

export { demoInventory, type DemoInventory, type DemoCount, type DemoUnit } from './demo-inventory';
