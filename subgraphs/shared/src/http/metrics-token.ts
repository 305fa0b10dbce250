import { timingSafeEqual } from 'node:crypto';

/**
 * Whether a scrape carries the metrics bearer token (`METRICS_TOKEN`): how Prometheus, which cannot
 * sign our internal calls, reads `/metrics` (`authorization: { credentials: … }` in its scrape
 * config). Unset, only signed calls are let in. Compared in constant time.
 */
export function carriesMetricsToken(authorization: string | undefined, token: string | undefined): boolean {
  if (!token || !authorization?.startsWith('Bearer ')) return false;
  const given = Buffer.from(authorization.slice('Bearer '.length));
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
