import { z } from 'zod';
import { httpUrl, postgresSubgraphEnv, secret, smtpUrl, subgraphPort } from '@elysium/subgraph-kit';

const subgraphUrl = (name: 'catalog' | 'inventory' | 'payments' | 'customers') =>
  httpUrl.default(`http://127.0.0.1:${subgraphPort(name)}/graphql`);

/** The orders app's settings: a Postgres subgraph's, plus the subgraphs checkout orchestrates. */
export const ordersEnv = {
  ...postgresSubgraphEnv(subgraphPort('orders')),
  /** Prices and titles of what is in a cart come from the catalog. */
  CATALOG_URL: subgraphUrl('catalog'),
  /** Checkout reserves stock here. */
  INVENTORY_URL: subgraphUrl('inventory'),
  /** Checkout reads a client's address book here (as the client). */
  CUSTOMERS_URL: subgraphUrl('customers'),
  /** Checkout starts payments here. */
  PAYMENTS_URL: subgraphUrl('payments'),
  /** Verifies bespoke quotes (the catalog's CONFIGURATION_TOKEN_SECRET). */
  CONFIGURATION_TOKEN_SECRET: secret('configuration-token'),
  /** How long checkout holds the pieces for payment. */
  RESERVATION_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(1800),
  /** The share (percent) of a bespoke or made-to-order piece paid as a deposit at checkout; the rest before dispatch. */
  DEPOSIT_PERCENT: z.coerce.number().int().min(1).max(100).default(30),
  /** Order mail; unset: the local mail sink. */
  SMTP_URL: smtpUrl.optional(),
};

export type OrdersEnv = z.infer<z.ZodObject<typeof ordersEnv>>;
