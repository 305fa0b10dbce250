import net from 'node:net';

/**
 * Ports for test and bench graphs come from below Linux's ephemeral range (32768–60999 by default).
 * A port the OS hands out for `listen(0)` is from that range, which is also where every outgoing
 * connection (Postgres, keep-alive HTTP) takes its local port: between choosing one and a child
 * process binding it, a connection could take it (EADDRINUSE). Nothing takes ports below it unasked.
 */
const LOWEST = 20_000;
const HIGHEST = 32_767;
/** Handed out by this process: never twice, even before the first taker has bound it. */
const handedOut = new Set<number>();

/** A port free right now, at random from outside the ephemeral range, not handed out before by this process. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = LOWEST + Math.floor(Math.random() * (HIGHEST - LOWEST + 1));
    if (handedOut.has(port) || !(await isPortFree(port))) continue;
    handedOut.add(port);
    return port;
  }
  throw new Error(`no free port found between ${LOWEST} and ${HIGHEST}`);
}

/** Whether nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}
