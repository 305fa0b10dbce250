import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { CALL_HEADER, CALL_SIGNATURE_HEADER, REQUEST_ID_HEADER, verifyCall } from '../identity';
import type { Metrics } from '../metrics';

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

/**
 * GET /metrics of any app (the gateway's and every subgraph's): how busy it is and how its queries
 * run, for our own tools and monitoring only. Open to a call signed for this app (our bench, tests,
 * tools) or a scrape with the metrics token (Prometheus); anyone else gets 403.
 */
export function metricsRoute(options: {
  metrics: Metrics;
  audience: string;
  identitySecret: string;
  metricsToken?: string;
}): RequestHandler {
  return async (req, res) => {
    const allowed =
      carriesMetricsToken(req.get('authorization'), options.metricsToken) ||
      verifyCall(
        { payload: req.get(CALL_HEADER), signature: req.get(CALL_SIGNATURE_HEADER), requestId: req.get(REQUEST_ID_HEADER) },
        { secret: options.identitySecret, audience: options.audience },
      ) !== null;
    if (!allowed) {
      res.status(403).json({ errors: [{ message: 'Metrics are for ELYSIUM services only.', extensions: { code: 'FORBIDDEN' } }] });
      return;
    }
    res.type(options.metrics.contentType).send(await options.metrics.render());
  };
}
