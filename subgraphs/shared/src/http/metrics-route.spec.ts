import { carriesMetricsToken } from './metrics-route';

describe('carriesMetricsToken', () => {
  const token = 'a-metrics-token-of-at-least-thirty-two-chars';

  it('opens to the exact bearer token only', () => {
    expect(carriesMetricsToken(`Bearer ${token}`, token)).toBe(true);
    expect(carriesMetricsToken(`Bearer ${token}x`, token)).toBe(false);
    expect(carriesMetricsToken(token, token)).toBe(false);
    expect(carriesMetricsToken(undefined, token)).toBe(false);
  });

  it('opens to no one when no token is configured', () => {
    expect(carriesMetricsToken('Bearer ', undefined)).toBe(false);
    expect(carriesMetricsToken('Bearer anything', undefined)).toBe(false);
  });
});
