/** One window of the load test: what the users did and how the graph answered. */
export interface LoadWindow {
  /** Seconds since the start, at the window's end. */
  at: number;
  users: number;
  requestsPerSecond: number;
  errors: number;
  p50: number;
  p99: number;
  listingP50: number;
  listingP99: number;
  /** Resident memory of the graph's processes together (MiB). */
  memoryMib: number;
}

interface Series {
  label: string;
  colour: string;
  values: number[];
  unit: string;
}

/** One line chart as inline SVG: no script, no library, opens from the file system. */
function chart(title: string, at: number[], series: Series[], limit?: { value: number; label: string }): string {
  const width = 900;
  const height = 240;
  const pad = { left: 56, right: 16, top: 28, bottom: 28 };
  const maxX = Math.max(...at, 1);
  const maxY = Math.max(1, limit?.value ?? 0, ...series.flatMap((s) => s.values)) * 1.1;
  const x = (v: number) => pad.left + (v / maxX) * (width - pad.left - pad.right);
  const y = (v: number) => height - pad.bottom - (v / maxY) * (height - pad.top - pad.bottom);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => maxY * f);
  const grid = ticks
    .map(
      (t) =>
        `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/><text x="${pad.left - 6}" y="${y(t) + 4}" text-anchor="end">${t.toFixed(t < 10 ? 1 : 0)}</text>`,
    )
    .join('');
  const xTicks = at
    .filter((_, i) => i % Math.max(1, Math.floor(at.length / 8)) === 0)
    .map((t) => `<text x="${x(t)}" y="${height - 8}" text-anchor="middle">${t.toFixed(0)} s</text>`)
    .join('');
  const lines = series
    .map(
      (s) =>
        `<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${s.values.map((v, i) => `${x(at[i]).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}"/>`,
    )
    .join('');
  const limitLine = limit
    ? `<line x1="${pad.left}" x2="${width - pad.right}" y1="${y(limit.value)}" y2="${y(limit.value)}" stroke="#c00" stroke-dasharray="6 4"/><text x="${width - pad.right}" y="${y(limit.value) - 4}" text-anchor="end" fill="#c00">${limit.label}</text>`
    : '';
  const legend = series
    .map((s, i) => `<text x="${pad.left + 10 + i * 190}" y="18" fill="${s.colour}">■ ${s.label} (${s.unit})</text>`)
    .join('');
  return `<h2>${title}</h2><svg viewBox="0 0 ${width} ${height}" width="100%" font-family="sans-serif" font-size="11">${grid}${xTicks}${limitLine}${lines}${legend}</svg>`;
}

/** The whole run as a self-contained HTML page: users, throughput, latency, errors and memory over time. */
export function loadReportHtml(title: string, windows: LoadWindow[], summary: string[]): string {
  const at = windows.map((w) => w.at);
  const pick = (key: keyof LoadWindow) => windows.map((w) => w[key] as number);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:sans-serif;max-width:960px;margin:2em auto;color:#222}h2{font-size:1em;margin:1.5em 0 .2em}li{margin:.2em 0}</style></head>
<body><h1>${title}</h1><ul>${summary.map((line) => `<li>${line}</li>`).join('')}</ul>
${chart('Concurrent users and throughput', at, [
  { label: 'users', colour: '#555', values: pick('users'), unit: 'users' },
  { label: 'requests', colour: '#2a6', values: pick('requestsPerSecond'), unit: 'req/s' },
])}
${chart(
  'Storefront listing latency',
  at,
  [
    { label: 'listing p50', colour: '#36c', values: pick('listingP50'), unit: 'ms' },
    { label: 'listing p99', colour: '#93c', values: pick('listingP99'), unit: 'ms' },
  ],
  { value: 500, label: 'p99 bar: 500 ms' },
)}
${chart('All requests latency', at, [
  { label: 'p50', colour: '#36c', values: pick('p50'), unit: 'ms' },
  { label: 'p99', colour: '#93c', values: pick('p99'), unit: 'ms' },
])}
${chart('Errors', at, [{ label: 'failed requests', colour: '#c00', values: pick('errors'), unit: 'per window' }])}
${chart('Memory of the graph (every process together)', at, [{ label: 'resident', colour: '#a60', values: pick('memoryMib'), unit: 'MiB' }])}
</body></html>
`;
}
