import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort, isPortFree, STRIPE_WEBHOOK_EVENTS, subgraphUrlVariable } from '@elysium/subgraph-kit/core';
import { SUBGRAPHS, type SubgraphName } from './subgraphs';

const ROOT = path.join(__dirname, '..', '..');
const REGISTER = path.join(ROOT, 'tools', 'register.js');

export interface LaunchOptions {
  databaseUrl: string;
  /** `fixed` uses the documented ports (4000…4013, SMTP 4025); `ephemeral` asks the OS (tests, bench). */
  ports: 'fixed' | 'ephemeral';
  seedDemoData: boolean;
  logLevel: string;
  nodeEnv: 'development' | 'test' | 'production';
  /** Every line the processes print, with the process name. */
  onOutput: (name: string, line: string) => void;
  /**
   * `source` runs the TypeScript in place through SWC (npm start, tests); `compiled` runs `npm run
   * build`'s JavaScript in dist/ with no transpiler loaded, as production does.
   */
  runtime?: 'source' | 'compiled';
  /** Extra environment for every process. */
  env?: Record<string, string>;
  /**
   * The storefront this graph serves: account mail links to its pages, and the content lake's
   * webhook reaches it as well as the catalog, so its cached pages follow content changes.
   */
  storefrontUrl?: string;
  /** Extra environment for one process (`gateway`, `catalog`, …), on top of `env`. */
  serviceEnv?: Record<string, Record<string, string>>;
}

export interface LaunchedGraph {
  gatewayUrl: string;
  subgraphUrls: Record<SubgraphName, string>;
  contentLakeUrl: string;
  stripeUrl: string;
  /** The mail sink's pages and `/api/messages` (everything the graph sent). */
  mailSinkUrl: string;
  /** What every process got as SMTP_URL: the mail sink's SMTP server unless `env` set another. */
  smtpUrl: string;
  /** Every running process by service name (tests stop or pause one to see the graph degrade). */
  processes: Record<string, ChildProcess>;
  stop(): Promise<void>;
}

interface Service {
  name: string;
  main: string;
  port: number;
  /** Path polled until it answers 200. */
  probe: string;
  /** Environment of this service alone (on top of the shared one). */
  env?: Record<string, string>;
}

async function waitUntilUp(name: string, url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode} while starting`);
    const ok = await fetch(url, { signal: AbortSignal.timeout(1000) }).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000}s`);
}

/** Stops a child process: SIGTERM, then SIGKILL if it has not exited within 5 s. */
export function stopChild(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Runs the whole graph as separate processes talking real HTTP: content lake, Stripe double and mail
 * sink, then the five subgraphs (each migrating its own schema), then the gateway. `npm start`, the
 * supergraph e2e tests and the bench all start it the same way.
 */
export async function launchGraph(options: LaunchOptions): Promise<LaunchedGraph> {
  const port = async (fixed: number) => (options.ports === 'fixed' ? fixed : freePort());
  const lake: Service = { name: 'content-lake', main: 'services/content-lake/src/main.ts', port: await port(4011), probe: '/health' };
  const stripe: Service = { name: 'stripe-double', main: 'services/stripe-double/src/main.ts', port: await port(4012), probe: '/health' };
  // The sink answers /health only once its SMTP server listens too.
  const smtpPort = await port(4025);
  const mail: Service = {
    name: 'mail-sink',
    main: 'services/mail-sink/src/main.ts',
    port: await port(4013),
    probe: '/health',
    env: { SMTP_PORT: String(smtpPort) },
  };
  const subgraphs: Service[] = [];
  for (const s of SUBGRAPHS) subgraphs.push({ name: s.name, main: s.main, port: await port(s.port), probe: '/ready' });
  const gateway: Service = { name: 'gateway', main: 'gateway/src/main.ts', port: await port(4000), probe: '/health' };

  const base = (s: Service) => `http://127.0.0.1:${s.port}`;
  // The double delivers Stripe's events to payments, signed as Stripe signs them.
  stripe.env = {
    WEBHOOK_URL: `${base(subgraphs.find((s) => s.name === 'payments')!)}/webhooks/stripe`,
    WEBHOOK_EVENTS: STRIPE_WEBHOOK_EVENTS.join(','),
  };
  const subgraphUrls = Object.fromEntries(subgraphs.map((s) => [s.name, `${base(s)}/graphql`])) as Record<SubgraphName, string>;
  const sharedEnv: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: options.nodeEnv,
    LOG_LEVEL: options.logLevel,
    HOST: '127.0.0.1',
    DATABASE_URL: options.databaseUrl,
    SEED_DEMO_DATA: String(options.seedDemoData),
    CONTENT_LAKE_URL: base(lake),
    // The lake tells the catalog, the gateway (and the storefront) about content changes, as Sanity's webhooks do.
    LAKE_WEBHOOK_URL: [
      `http://127.0.0.1:${subgraphs.find((s) => s.name === 'catalog')!.port}/webhooks/sanity`,
      `${base(gateway)}/webhooks/sanity`,
      ...(options.storefrontUrl ? [`${options.storefrontUrl}/api/sanity-webhook`] : []),
    ].join(','),
    ...(options.storefrontUrl ? { STOREFRONT_URL: options.storefrontUrl } : {}),
    STRIPE_API_URL: base(stripe),
    // Every mail the graph sends lands in the sink, whatever the developer's shell says.
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    ...Object.fromEntries(SUBGRAPHS.map((s) => [subgraphUrlVariable(s.name), subgraphUrls[s.name]])),
    ...options.env,
  };

  if (options.ports === 'fixed') {
    const all = [lake, stripe, mail, ...subgraphs, gateway].map((s) => ({ port: s.port, name: s.name }));
    all.push({ port: smtpPort, name: 'mail-sink SMTP' });
    const taken = (await Promise.all(all.map(async (s) => ((await isPortFree(s.port)) ? null : s)))).filter((s) => s !== null);
    if (taken.length > 0) {
      throw new Error(`port ${taken.map((s) => `${s.port} (${s.name})`).join(', ')} already in use: is another npm start running?`);
    }
  }

  const processes: Record<string, ChildProcess> = {};
  const children: ChildProcess[] = [];
  const start = async (service: Service) => {
    // CPU_PROFILE_DIR: each process writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
    const profile = process.env.CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROFILE_DIR}`] : [];
    const entry =
      options.runtime === 'compiled'
        ? [path.join(ROOT, 'dist', service.main.replace(/\.ts$/, '.js'))]
        : ['-r', REGISTER, path.join(ROOT, service.main)];
    const child = spawn(process.execPath, [...profile, ...entry], {
      cwd: ROOT,
      env: { ...sharedEnv, ...service.env, ...options.serviceEnv?.[service.name], PORT: String(service.port) },
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    });
    children.push(child);
    processes[service.name] = child;
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream?.on('data', (chunk: Buffer) => {
        const lines = (buffered + chunk.toString('utf8')).split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) options.onOutput(service.name, line);
      });
    }
    await waitUntilUp(service.name, `${base(service)}${service.probe}`, child, 60_000);
  };

  const stop = async () => {
    await Promise.all(children.map(stopChild));
  };

  try {
    await Promise.all([start(lake), start(stripe), start(mail)]);
    await Promise.all(subgraphs.map(start));
    await start(gateway);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    gatewayUrl: `${base(gateway)}/graphql`,
    subgraphUrls,
    contentLakeUrl: base(lake),
    stripeUrl: base(stripe),
    mailSinkUrl: base(mail),
    smtpUrl: sharedEnv.SMTP_URL,
    processes,
    stop,
  };
}
