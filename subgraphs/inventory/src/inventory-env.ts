import { z } from 'zod';
import { httpUrl, postgresSubgraphEnv, smtpUrl, subgraphPort } from '@elysium/subgraph-kit';

/** The inventory app's settings (beyond every Postgres subgraph's). */
export const inventoryEnv = {
  ...postgresSubgraphEnv(subgraphPort('inventory')),
  // Anonymous listings may show availability up to 5 s old; checkout always reads live stock.
  PUBLIC_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(3600).default(5),
  /** The catalog subgraph: receiving checks SKUs, pieces and stone certificates against it. */
  CATALOG_URL: httpUrl.default(`http://127.0.0.1:${subgraphPort('catalog')}/graphql`),
  /** Outgoing mail (low-stock alerts); unset: the local mail sink. */
  SMTP_URL: smtpUrl.optional(),
  /** Who stock control is: low-stock alerts go here. */
  STOCK_CONTROL_EMAIL: z.string().email().default('stock.control@elysium.example'),
};

export type InventoryEnv = z.infer<z.ZodObject<typeof inventoryEnv>>;
