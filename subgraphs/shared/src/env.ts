import { z } from 'zod';

/** A `postgres://` or `postgresql://` URL, checked the way `pg` will read it. */
export const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'postgres:' || url.protocol === 'postgresql:') && url.hostname !== '';
  } catch {
    return false;
  }
}, 'must be a URL like postgres://user:password@host:5432/database');

/** A TCP port; `0` asks the OS for a free one (tests do). */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** An absolute http(s) URL. */
export const httpUrl = z
  .string()
  .url()
  .refine((v) => /^https?:\/\//.test(v), 'must be an http(s) URL');

/** Development defaults for secrets start with this, so production can refuse them. */
export const DEV_SECRET_PREFIX = 'dev-only-';

/** The development default of a named secret (what `npm start`, tests and the bench share). */
export const devSecret = (name: string) => `${DEV_SECRET_PREFIX}${name}-change-me`;

/** A shared secret with a development default that production refuses. */
export const secret = (name: string) => z.string().min(16).default(devSecret(name));

/** "true"/"false"/"1"/"0" as a boolean (z.coerce.boolean would read "false" as true). */
export const flag = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0'])
    .default(fallback ? 'true' : 'false')
    .transform((v) => v === 'true' || v === '1');

/** Settings every service reads. */
export const baseEnv = {
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** A bearer token that also opens GET /metrics, for Prometheus (which cannot sign our calls); 32+ characters. */
  METRICS_TOKEN: z.string().min(32, 'must be at least 32 characters').optional(),
};

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * Parses the environment against a zod shape and reports every problem at once (Hive's rule: one
 * place reads process.env, and a bad deploy says everything that is wrong in one go).
 * Empty strings count as unset so `FOO=` in a .env file means "use the default".
 */
export function parseEnv<S extends z.ZodRawShape>(shape: S, source: Record<string, string | undefined>): z.infer<z.ZodObject<S>> {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = z.object(shape).safeParse(cleaned);
  if (result.success) {
    const production = (result.data as { NODE_ENV?: string }).NODE_ENV === 'production';
    const devSecrets = Object.entries(result.data as Record<string, unknown>).filter(
      ([name, value]) => production && typeof value === 'string' && value.includes(DEV_SECRET_PREFIX) && name,
    );
    if (devSecrets.length === 0) return result.data;
    throw new EnvError(devSecrets.map(([name]) => `${name} (***): must be set to a real secret in production`));
  }
  throw new EnvError(
    result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      const value = cleaned[name];
      const shown = value === undefined ? 'unset' : `"${redact(name, value)}"`;
      return `${name} (${shown}): ${issue.message}`;
    }),
  );
}

/** Same as parseEnv, but prints the problems on one line each and exits non-zero: for main.ts files. */
export function loadEnvOrExit<S extends z.ZodRawShape>(shape: S, source: Record<string, string | undefined>): z.infer<z.ZodObject<S>> {
  try {
    return parseEnv(shape, source);
  } catch (error) {
    if (!(error instanceof EnvError)) throw error;
    for (const problem of error.problems) process.stderr.write(`config error: ${problem}\n`);
    process.exit(78); // EX_CONFIG
  }
}

function redact(name: string, value: string): string {
  if (/SECRET|TOKEN|KEY|PASSWORD/i.test(name)) return '***';
  // Keep a malformed URL recognisable but never print a password inside it.
  return value.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
