import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { freePort, isPortFree, STRIPE_WEBHOOK_EVENTS, subgraphUrlVariable } from '@elysium/subgraph-kit/core';
import { ROOT } from './root';
import { startAppThread } from './graph-thread';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy';
import { SUBGRAPHS, type SubgraphName } from './subgraphs';

const REGISTER = path.join(ROOT, 'tools', 'register.js');

/** The documented ports `ports: 'fixed'` uses (the subgraphs' come from the kit's registry). */
export const FIXED_PORTS = { gateway: 4000, contentLake: 4011, stripe: 4012, mailSink: 4013, smtp: 4025 };

/** Where `ports: 'fixed'` puts the gateway's endpoint and the Stripe double, known before the graph starts. */
export const FIXED_URLS = {
  gateway: `http://127.0.0.1:${FIXED_PORTS.gateway}/graphql`,
  stripe: `http://127.0.0.1:${FIXED_PORTS.stripe}`,
};

export interface LaunchOptions {
  /** The subgraphs' database. Each subgraph waits for it to accept connections (it may be starting too). */
  databaseUrl: string | Promise<string>;
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
  /**
   * `process` (the default) runs each app as a process of its own, as production does; tests and the
   * bench use it, and stop or pause a process to see the graph degrade. `thread` runs each app in a
   * worker thread of the caller's process (`npm start`): the same apps over the same real HTTP, one
   * Node runtime instead of nine, a fraction of the memory.
   */
  isolation?: 'process' | 'thread';
  /**
   * Runs this many replicas of the gateway and of every subgraph (processes), each behind a
   * round-robin load balancer on the address the rest of the graph uses: the replicas test. Default 1.
   */
  replicas?: number;
  /** Extra environment for every process. */
  env?: Record<string, string>;
  /**
   * The storefront this graph serves: account mail links to its pages, and the content lake's
   * webhook reaches it as well as the catalog, so its cached pages follow content changes.
   */
  storefrontUrl?: string;
  /** Extra environment for one process (`gateway`, `catalog`, …), on top of `env`. */
  serviceEnv?: Record<string, Record<string, string>>;
  /**
   * Also runs a Hive Gateway (`hive-gateway`: the gateway app with GATEWAY_ENGINE=hive) over the same
   * subgraphs, beside the default one: the bench compares the two.
   */
  hiveGateway?: boolean;
}

export interface LaunchedGraph {
  gatewayUrl: string;
  /** With `hiveGateway`, its /graphql. */
  hiveGatewayUrl?: string;
  subgraphUrls: Record<SubgraphName, string>;
  contentLakeUrl: string;
  stripeUrl: string;
  /** The mail sink's pages and `/api/messages` (everything the graph sent). */
  mailSinkUrl: string;
  /** What every process got as SMTP_URL: the mail sink's SMTP server unless `env` set another. */
  smtpUrl: string;
  /** With `replicas`, each replicated app's replicas by name (`gateway`, `catalog`, …), addressed directly. */
  replicaUrls: Record<string, string[]>;
  /** With `replicas`, the requests each replica was sent, in `replicaUrls` order, by app name. */
  replicaCounts(): Record<string, number[]>;
  /**
   * Every running process by service name (tests stop or pause one to see the graph degrade); empty
   * with `isolation: 'thread'`, where every app lives in the caller's process.
   */
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

/** An app started as a process or a thread. */
interface RunningApp {
  exitCode(): number | null;
  stop(): Promise<void>;
}

async function waitUntilUp(name: string, url: string, app: RunningApp, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const exitCode = app.exitCode();
    if (exitCode !== null) throw new Error(`${name} exited with code ${exitCode} while starting`);
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
 * Runs the whole graph talking real HTTP, each app a process (or a worker thread), all at once:
 * content lake, Stripe double, mail sink, gateway and the five subgraphs (each migrating its own
 * schema; payments after the Stripe double). `npm start`, the tests and the bench start it the same way.
 */
export async function launchGraph(options: LaunchOptions): Promise<LaunchedGraph> {
  const port = async (fixed: number) => (options.ports === 'fixed' ? fixed : freePort());
  const lake: Service = {
    name: 'content-lake',
    main: 'services/content-lake/src/main.ts',
    port: await port(FIXED_PORTS.contentLake),
    probe: '/health',
  };
  const stripe: Service = {
    name: 'stripe-double',
    main: 'services/stripe-double/src/main.ts',
    port: await port(FIXED_PORTS.stripe),
    probe: '/health',
  };
  // The sink answers /health only once its SMTP server listens too.
  const smtpPort = await port(FIXED_PORTS.smtp);
  const mail: Service = {
    name: 'mail-sink',
    main: 'services/mail-sink/src/main.ts',
    port: await port(FIXED_PORTS.mailSink),
    probe: '/health',
    env: { SMTP_PORT: String(smtpPort) },
  };
  const subgraphs: Service[] = [];
  for (const s of SUBGRAPHS) subgraphs.push({ name: s.name, main: s.main, port: await port(s.port), probe: '/ready' });
  const gateway: Service = { name: 'gateway', main: 'gateway/src/main.ts', port: await port(FIXED_PORTS.gateway), probe: '/health' };
  const hiveGateway: Service | null = options.hiveGateway
    ? { ...gateway, name: 'hive-gateway', port: await freePort(), env: { GATEWAY_ENGINE: 'hive' } }
    : null;

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
    SEED_DEMO_DATA: String(options.seedDemoData),
    CONTENT_LAKE_URL: base(lake),
    // The lake tells the catalog, the gateway (and the storefront) about content changes, as Sanity's webhooks do.
    LAKE_WEBHOOK_URL: [
      `http://127.0.0.1:${subgraphs.find((s) => s.name === 'catalog')!.port}/webhooks/sanity`,
      `${base(gateway)}/webhooks/sanity`,
      ...(hiveGateway ? [`${base(hiveGateway)}/webhooks/sanity`] : []),
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
  const apps: RunningApp[] = [];
  const launch = (service: Service, env: Record<string, string>): RunningApp => {
    const onLine = (line: string) => options.onOutput(service.name, line);
    const compiled = path.join(ROOT, 'dist', service.main.replace(/\.ts$/, '.js'));
    const source = path.join(ROOT, service.main);
    if (options.isolation === 'thread') {
      return options.runtime === 'compiled'
        ? startAppThread({ entry: compiled, env, onLine })
        : startAppThread({ entry: source, env, preload: REGISTER, onLine });
    }
    // CPU_PROFILE_DIR: each process writes a V8 CPU profile there when it stops (open it in Chrome DevTools).
    const profile = process.env.CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CPU_PROFILE_DIR}`] : [];
    const entry = options.runtime === 'compiled' ? [compiled] : ['-r', REGISTER, source];
    const child = spawn(process.execPath, [...profile, ...entry], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    processes[service.name] = child;
    for (const stream of [child.stdout, child.stderr]) {
      let buffered = '';
      stream?.on('data', (chunk: Buffer) => {
        const lines = (buffered + chunk.toString('utf8')).split('\n');
        buffered = lines.pop() ?? '';
        for (const line of lines) if (line.trim()) onLine(line);
      });
    }
    return { exitCode: () => child.exitCode, stop: () => stopChild(child) };
  };
  const startOne = async (service: Service, extraEnv: Record<string, string>) => {
    const env = { ...sharedEnv, ...extraEnv, ...service.env, ...options.serviceEnv?.[service.name], PORT: String(service.port) };
    const app = launch(service, env);
    apps.push(app);
    await waitUntilUp(service.name, `${base(service)}${service.probe}`, app, 60_000);
  };
  const replicas = options.replicas ?? 1;
  const replicated = new Set([gateway.name, ...subgraphs.map((s) => s.name)]);
  const replicaUrls: Record<string, string[]> = {};
  const proxies: Record<string, RoundRobinProxy> = {};
  /** One app, or its replicas (`catalog-1`, `catalog-2`, …) behind a balancer on the app's own port. */
  const start = async (service: Service, extraEnv: Record<string, string> = {}) => {
    if (replicas === 1 || !replicated.has(service.name)) return startOne(service, extraEnv);
    const copies: Service[] = [];
    for (let i = 1; i <= replicas; i++) copies.push({ ...service, name: `${service.name}-${i}`, port: await freePort() });
    replicaUrls[service.name] = copies.map(base);
    proxies[service.name] = await startRoundRobinProxy(service.port, copies.map(base));
    await Promise.all(copies.map((copy) => startOne(copy, { ...extraEnv, ...options.serviceEnv?.[service.name] })));
  };

  const stop = async () => {
    await Promise.all(apps.map((app) => app.stop()));
    await Promise.all(Object.values(proxies).map((proxy) => proxy.close()));
  };

  // The stand-ins and the gateway (which plans from the committed supergraph) need no database and
  // start at once; so do the subgraphs, which wait for their database themselves (it may still be
  // coming up), all but payments, whose demo seed calls the Stripe double.
  const standIns = Promise.all([start(lake), start(stripe), start(mail)]);
  const subgraphsUp = Promise.all(
    subgraphs.map(async (subgraph) => {
      const databaseUrl = await options.databaseUrl;
      if (subgraph.name === 'payments') await standIns;
      await start(subgraph, { DATABASE_URL: databaseUrl });
    }),
  );
  const outcomes = await Promise.allSettled([standIns, start(gateway), ...(hiveGateway ? [start(hiveGateway)] : []), subgraphsUp]);
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    await stop();
    throw failed.reason;
  }
  return {
    gatewayUrl: `${base(gateway)}/graphql`,
    ...(hiveGateway ? { hiveGatewayUrl: `${base(hiveGateway)}/graphql` } : {}),
    subgraphUrls,
    contentLakeUrl: base(lake),
    stripeUrl: base(stripe),
    mailSinkUrl: base(mail),
    smtpUrl: sharedEnv.SMTP_URL,
    replicaUrls,
    replicaCounts: () => Object.fromEntries(Object.entries(proxies).map(([name, proxy]) => [name, proxy.counts()])),
    processes,
    stop,
  };
}
