import { isMainThread } from 'node:worker_threads';
import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * One JSON logger per service; request loggers are children carrying the request id. In a worker
 * thread (`npm start` runs each app in one) it writes to the thread's stdout stream, which the
 * launcher reads and labels; pino's default would write to the process's descriptor 1 directly.
 */
export function createLogger(service: string, level: string): Logger {
  const options = { name: service, level, base: { service } };
  return isMainThread ? pino(options) : pino(options, process.stdout);
}
