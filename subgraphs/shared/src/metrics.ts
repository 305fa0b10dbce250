/**
 * A tiny Prometheus-text registry. Counters only: the bench and the tests read
 * `elysium_sql_statements_total` and friends from GET /metrics to count work per operation.
 */
export class Metrics {
  private readonly counters = new Map<string, { help: string; value: number }>();

  counter(name: string, help: string): { inc(by?: number): void; value(): number } {
    const entry = this.counters.get(name) ?? { help, value: 0 };
    this.counters.set(name, entry);
    return {
      inc: (by = 1) => {
        entry.value += by;
      },
      value: () => entry.value,
    };
  }

  render(labels: Record<string, string>): string {
    const labelText = Object.entries(labels)
      .map(([k, v]) => `${k}="${v}"`)
      .join(',');
    return [...this.counters.entries()]
      .map(([name, { help, value }]) => `# HELP ${name} ${help}\n# TYPE ${name} counter\n${name}{${labelText}} ${value}`)
      .join('\n')
      .concat('\n');
  }
}

/** Reads one counter out of a Prometheus text body (summing its series). */
export function readCounter(body: string, name: string): number {
  let total = 0;
  for (const line of body.split('\n')) {
    if (line.startsWith(`${name}{`) || line.startsWith(`${name} `)) total += Number(line.slice(line.lastIndexOf(' ') + 1));
  }
  return total;
}
