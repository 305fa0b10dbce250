import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';

/**
 * The trace the current code runs in, from OpenTelemetry's context: set when tracing is on (the
 * request's server span), null otherwise, when the request's own `traceparent` names the trace.
 */
export function activeTraceId(): string | null {
  const spanContext = trace.getActiveSpan()?.spanContext();
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : null;
}

/** Whether spans are being recorded here: then the HTTP instrumentation writes `traceparent` itself. */
export const tracingActive = (): boolean => activeTraceId() !== null;

/** The `traceparent` of the current span, for work that leaves through a queue; undefined without tracing. */
export function currentTraceparent(): string | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  return carrier.traceparent;
}

const tracer = () => trace.getTracer('elysium');

/**
 * Runs `work` in a span of its own: a child of the current span, or of `traceparent` when given (a
 * job continuing the request that queued it). Without tracing, the API's no-op span costs nothing.
 */
export async function inSpan<T>(
  name: string,
  options: { kind?: 'internal' | 'client' | 'consumer'; attributes?: Attributes; traceparent?: string },
  work: () => Promise<T>,
): Promise<T> {
  const parent = options.traceparent ? propagation.extract(ROOT_CONTEXT, { traceparent: options.traceparent }) : context.active();
  const kind = options.kind === 'client' ? SpanKind.CLIENT : options.kind === 'consumer' ? SpanKind.CONSUMER : SpanKind.INTERNAL;
  return tracer().startActiveSpan(name, { kind, attributes: options.attributes }, parent, async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
      throw error;
    } finally {
      span.end();
    }
  });
}
