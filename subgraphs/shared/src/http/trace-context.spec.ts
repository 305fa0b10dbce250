import { newTraceId, traceIdOf, traceparentFor } from './trace-context';

describe('W3C trace context', () => {
  it('continues a well-formed traceparent and makes child ones that carry the same trace id', () => {
    const traceId = newTraceId();
    expect(traceId).toMatch(/^[0-9a-f]{32}$/);
    const header = traceparentFor(traceId);
    expect(header).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
    expect(traceIdOf(header)).toBe(traceId);
    expect(traceparentFor(traceId)).not.toBe(header); // a new span each call
  });

  it('ignores what is not one: absent, malformed, upper case, all-zero ids', () => {
    expect(traceIdOf(undefined)).toBeNull();
    expect(traceIdOf('nonsense')).toBeNull();
    expect(traceIdOf(`00-${'A'.repeat(32)}-${'b'.repeat(16)}-01`)).toBeNull();
    expect(traceIdOf(`00-${'0'.repeat(32)}-${'b'.repeat(16)}-01`)).toBeNull();
    expect(traceIdOf(`00-${'a'.repeat(32)}-${'0'.repeat(16)}-01`)).toBeNull();
  });
});
