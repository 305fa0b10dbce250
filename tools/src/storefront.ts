import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ROOT } from './root';
import { stopChild } from './launch-graph';

const NEXT = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next');

export interface StorefrontOptions {
  gatewayUrl: string;
  /** Stripe's API as the browser reaches it (the local double). */
  stripeUrl: string;
  port: number;
  /** `dev` compiles pages on first request (npm start); `production` serves the last `next build`. */
  mode: 'dev' | 'production';
  onOutput: (line: string) => void;
}

export interface RunningStorefront {
  url: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

const quiet = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

/** Debian's Chromium unless CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless Chromium on a machine whose only network is its own services: nothing in the background may try. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `next build web`: the production build the browser tests and `next start` serve. */
export async function buildStorefront(onOutput: (line: string) => void): Promise<void> {
  const child = spawn(process.execPath, [NEXT, 'build', 'web'], { cwd: ROOT, env: { ...quiet, NODE_ENV: 'production' } });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => output.push(chunk.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) {
    onOutput(output.join(''));
    throw new Error(`next build web failed (exit ${code})`);
  }
}

/** Whether something accepts connections on localhost:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: 'localhost' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/**
 * Starts the Next.js storefront and waits until it answers. It reads the graph per request, so it
 * may start before the graph does (`npm start` starts both at once).
 */
export async function startStorefront(options: StorefrontOptions): Promise<RunningStorefront> {
  // Readiness is "something answers on the port": make sure nothing else does already.
  if (await listening(options.port)) throw new Error(`port ${options.port} (storefront) already in use: is another npm start running?`);
  // Next keeps cached reads on disk between runs. The graph it reads here is fresh (the local lake is
  // seeded anew at every start), so the storefront starts with none: no page from another run's content.
  rmSync(path.join(ROOT, 'web', '.next', 'cache', 'fetch-cache'), { recursive: true, force: true });
  const child = spawn(process.execPath, [NEXT, options.mode === 'dev' ? 'dev' : 'start', 'web', '--port', String(options.port)], {
    cwd: ROOT,
    env: {
      ...quiet,
      NODE_ENV: options.mode === 'dev' ? 'development' : 'production',
      GATEWAY_URL: options.gatewayUrl,
      STRIPE_BROWSER_API_URL: options.stripeUrl,
      SITE_URL: `http://localhost:${options.port}`,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream?.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) options.onOutput(line);
    });
  }
  const url = `http://localhost:${options.port}`;
  const stop = () => stopChild(child);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the storefront exited (${child.exitCode}) before it answered`);
    // In dev, listening is ready: every path compiles on its first request, which is the visitor's
    // wait, not the start's. A production build answers at once.
    const up =
      options.mode === 'dev'
        ? await listening(options.port)
        : await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(2000) }).then(
            () => true,
            () => false,
          );
    if (up) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error('the storefront did not answer within 60 s');
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, process: child, stop };
}
