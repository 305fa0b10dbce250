import { randomBytes } from 'node:crypto';

/**
 * W3C Trace Context (`traceparent: 00-<trace id>-<parent span id>-<flags>`): the gateway starts a
 * trace or continues the caller's, and passes it to every subgraph it calls, so one trace id names
 * a request in every app's logs (and in an OpenTelemetry backend that reads the same header).
 */
export const TRACEPARENT_HEADER = 'traceparent';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;
const ALL_ZERO = /^0+$/;

/** The trace id a well-formed `traceparent` carries, or null (absent, malformed, or the invalid all-zero id). */
export function traceIdOf(header: string | undefined): string | null {
  const match = TRACEPARENT.exec(header ?? '');
  if (!match || ALL_ZERO.test(match[1]) || ALL_ZERO.test(match[2])) return null;
  return match[1];
}

export const newTraceId = (): string => randomBytes(16).toString('hex');

/** A `traceparent` for a call made within trace `traceId`, as a new span of it (sampled). */
export const traceparentFor = (traceId: string): string => `00-${traceId}-${randomBytes(8).toString('hex')}-01`;
