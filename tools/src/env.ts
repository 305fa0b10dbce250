import { z } from 'zod';
import { loadEnvOrExit, postgresUrl, secret } from '@elysium/subgraph-kit/core';

export { ROOT } from './root';

/** The only reader of process.env in the developer tools (start, bench, test setup). */
export const toolsEnv = loadEnvOrExit(
  {
    /** Unset: an embedded PostgreSQL under .data/postgres. Set: that database. */
    DATABASE_URL: postgresUrl.optional(),
    EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Must match the gateway's, so the tokens `npm start` prints are accepted. */
    AUTH_JWT_SECRET: secret('jwt'),
    /** `npm run bench` sections to run, comma-separated (reads, signin, inventory, checkout, web, growth, start); unset runs all. */
    BENCH_ONLY: z
      .string()
      .optional()
      .transform((value) => (value ? new Set(value.split(',').map((part) => part.trim())) : undefined)),
  },
  process.env,
);
