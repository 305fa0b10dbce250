import { z } from 'zod';
import { baseEnv, httpUrl, redisUrl, secret, smtpUrl } from '@elysium/subgraph-kit';

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/**
 * The account slice's variables (sign-in, sessions, mail). `customers-env.ts` merges them into the
 * customers environment, so a bad value stops the app at start with every other problem; this file only
 * describes them and never reads process.env.
 */
export const accountEnv = {
  NODE_ENV: baseEnv.NODE_ENV,
  /** HMAC key of access tokens (HS256 JWTs); the gateway checks them with the same key. */
  AUTH_JWT_SECRET: secret('jwt'),
  /**
   * Key that derives the one-time tokens in mailed links from their ids. Job payloads carry only the
   * id, so a copy of the job tables opens no account without this key.
   */
  ACCOUNT_TOKEN_SECRET: secret('account-token'),
  /** Unset: the local mail sink (smtp://127.0.0.1:4025). */
  SMTP_URL: smtpUrl.optional(),
  /** Where links in account mail point (the storefront's /account pages). */
  STOREFRONT_URL: httpUrl.default('http://localhost:3000'),
  /** Share throttling counters between replicas; unset keeps them in this process. */
  REDIS_URL: redisUrl,
  /** Failed sign-ins allowed per email address within the window, then TooManyAttemptsError. */
  SIGN_IN_MAX_FAILURES_PER_ACCOUNT: positiveInt(5),
  /** Failed sign-ins allowed per client IP within the window (many addresses tried from one place). */
  SIGN_IN_MAX_FAILURES_PER_IP: positiveInt(30),
  /** The throttling window, in seconds: a locked address or IP may try again this long after its first failure. */
  SIGN_IN_THROTTLE_SECONDS: positiveInt(900),
  /** Registrations and password-reset requests allowed per client IP per hour (each sends mail). */
  ACCOUNT_MAIL_REQUESTS_PER_IP: positiveInt(20),
};

export type AccountSettings = z.infer<z.ZodObject<typeof accountEnv>>;
