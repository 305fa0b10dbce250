import { CircuitBreaker } from './circuit-breaker';

describe('circuit breaker', () => {
  let now = 0;
  const breaker = () => new CircuitBreaker(3, 1000, () => now);

  beforeEach(() => {
    now = 0;
  });

  it('opens after the threshold of failures in a row, and fails fast while open', () => {
    const b = breaker();
    b.failed();
    b.failed();
    expect(b.allows()).toBe(true);
    b.failed();
    expect(b.state).toBe('open');
    expect(b.allows()).toBe(false);
  });

  it('lets one trial through once the open period ends; success closes it, failure opens it again', () => {
    const b = breaker();
    for (let i = 0; i < 3; i++) b.failed();
    now = 1001;
    expect(b.allows()).toBe(true);
    expect(b.allows()).toBe(false); // only one trial at a time
    b.failed();
    expect(b.allows()).toBe(false);
    now = 2002;
    expect(b.allows()).toBe(true);
    b.succeeded();
    expect(b.state).toBe('closed');
    expect(b.allows()).toBe(true);
  });

  it('forgets failures once a call succeeds', () => {
    const b = breaker();
    b.failed();
    b.failed();
    b.succeeded();
    b.failed();
    expect(b.state).toBe('closed');
  });
});
