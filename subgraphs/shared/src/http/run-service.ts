import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RequestListener } from 'node:http';
import { parentPort } from 'node:worker_threads';
import { createLogger, type Logger } from '../logger';
import { stopTracing } from '../telemetry/tracing';

/**
 * A main.ts in one call: start the service, stop it cleanly on Ctrl-C/SIGTERM (or when `npm start`
 * goes away), and exit non-zero with the reason when it cannot start.
 */
export function runService(name: string, logLevel: string, start: () => Promise<{ stop(): Promise<void> }>): void {
  const log = createLogger(name, logLevel);
  start().then(
    (running) => stopOnSignals(running.stop, log),
    (error) => {
      log.fatal({ err: error }, 'failed to start');
      process.exit(1);
    },
  );
}

/** Listens on host:port (0 = any free port) and gives back the port and a close that ends keep-alive sockets. */
export async function listen(
  handler: RequestListener,
  host: string,
  port: number,
): Promise<{ server: http.Server; port: number; close(): Promise<void> }> {
  const server = http.createServer(handler);
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    server,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** What `npm start` posts to an app running in its worker thread, where no signal arrives. */
export const STOP_MESSAGE = 'elysium:stop';

/** Stops cleanly on SIGINT/SIGTERM (Ctrl-C, docker stop), or on the launcher's STOP_MESSAGE in a worker thread, once. */
export function stopOnSignals(stop: () => Promise<void>, log: Logger): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    stop()
      .then(stopTracing)
      .then(
        () => process.exit(0),
        (error) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.once('SIGINT', handler);
  process.once('SIGTERM', handler);
  // Started by `npm start` (with an IPC channel): go down with the parent even if it was killed hard.
  if (process.connected) process.once('disconnect', () => handler('SIGTERM'));
  parentPort?.on('message', (message) => {
    if (message === STOP_MESSAGE) handler('SIGTERM');
  });
}
