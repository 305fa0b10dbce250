import { z } from 'zod';
import { CATALOG_NDJSON } from '@elysium/demo';
import { baseEnv, httpUrl, loadEnvOrExit, port, secret } from '@elysium/subgraph-kit/core';

/** The only reader of process.env in the content lake. */
export const env = loadEnvOrExit(
  {
    ...baseEnv,
    HOST: z.string().default('127.0.0.1'),
    PORT: port(4011),
    LAKE_DATASET: z.string().default('production'),
    /** Token the catalog (and Studio) must send for writes and drafts. Matches SANITY_API_TOKEN. */
    LAKE_TOKEN: secret('sanity-token'),
    /** NDJSON in Sanity's export format, loaded at start. */
    LAKE_SEED_FILE: z.string().default(CATALOG_NDJSON),
    /** Where to POST a signed webhook after each change, comma-separated (one per subscriber); unset sends none. */
    LAKE_WEBHOOK_URL: z
      .string()
      .default('')
      .transform((list) =>
        list
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      )
      .pipe(z.array(httpUrl)),
    LAKE_WEBHOOK_SECRET: secret('sanity-webhook'),
  },
  process.env,
);
