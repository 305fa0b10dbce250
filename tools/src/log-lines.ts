const LEVELS: Record<number, string> = { 10: 'trace', 20: 'debug', 30: 'info', 40: 'warn', 50: 'error', 60: 'fatal' };

/** Turns a pino JSON line into `name  level  message` for people; other lines pass through. */
export function readableLine(name: string, line: string): string {
  try {
    const entry = JSON.parse(line) as { level?: number; msg?: string; err?: { message?: string }; url?: string };
    const extra = [entry.url, entry.err?.message].filter(Boolean).join(' ');
    return `${name.padEnd(14)} ${(LEVELS[entry.level ?? 30] ?? 'info').padEnd(5)} ${entry.msg ?? ''}${extra ? ` ${extra}` : ''}`;
  } catch {
    return `${name.padEnd(14)} ${line}`;
  }
}
