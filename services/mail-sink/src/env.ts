import { z } from 'zod';
import { baseEnv, loadEnvOrExit, port } from '@elysium/subgraph-kit/core';

/** The only reader of process.env in the mail sink. */
export const env = loadEnvOrExit(
  { ...baseEnv, HOST: z.string().default('127.0.0.1'), PORT: port(4013), SMTP_PORT: port(4025) },
  process.env,
);
