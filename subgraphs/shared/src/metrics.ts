import type { Counter, Gauge, Histogram, Registry } from 'prom-client';

/** prom-client, loaded by the first registry: the stand-ins import this kit and never make one. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const promClient = () => require('prom-client') as typeof import('prom-client');

/**
 * An app's Prometheus registry (prom-client), served on GET /metrics: the process's own figures
 * (CPU, memory, heap, event-loop delay, GC) and what the app adds (requests and their latency by
 * operation, errors by code, SQL statements, GROQ requests, the database pool, the job queue, cache
 * hits). The bench and the tests read counters from the same endpoint.
 */
export class Metrics {
  private readonly prom = promClient();
  readonly registry: Registry = new this.prom.Registry();
  readonly contentType: string = this.prom.Registry.PROMETHEUS_CONTENT_TYPE;

  constructor(service: string) {
    this.registry.setDefaultLabels({ service });
    this.prom.collectDefaultMetrics({ register: this.registry, prefix: 'elysium_' });
  }

  counter<L extends string = never>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return new this.prom.Counter({ name, help, labelNames, registers: [this.registry] });
  }

  histogram<L extends string = never>(name: string, help: string, labelNames: readonly L[] = [], buckets = LATENCY_BUCKETS): Histogram<L> {
    return new this.prom.Histogram({ name, help, labelNames, buckets, registers: [this.registry] });
  }

  /** A gauge read when scraped: `read` sets its values (one per label set). */
  gauge<L extends string = never>(
    name: string,
    help: string,
    labelNames: readonly L[],
    read: (gauge: Gauge<L>) => void | Promise<void>,
  ): Gauge<L> {
    return new this.prom.Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await read(this);
      },
    });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}

/** Seconds: from a cached answer (~1 ms) to a subgraph timing out (5 s). */
export const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Label values callers choose (operation names) would let anyone grow the registry without bound:
 * the first `limit` distinct values are kept, later ones count as "other".
 */
export function boundedLabels(limit = 200): (value: string | null | undefined) => string {
  const seen = new Set<string>();
  return (value) => {
    const label = value && /^[A-Za-z_][\w]{0,99}$/.test(value) ? value : 'anonymous';
    if (seen.has(label)) return label;
    if (seen.size >= limit) return 'other';
    seen.add(label);
    return label;
  };
}

/** Reads one counter out of a Prometheus text body (summing its series). */
export function readCounter(body: string, name: string): number {
  let total = 0;
  for (const line of body.split('\n')) {
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}
