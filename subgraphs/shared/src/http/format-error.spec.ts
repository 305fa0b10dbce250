import { isConnectionFailure, truncate } from './format-error';

describe('errors leaving a server', () => {
  it('recognises a database that cannot be reached or refuses the connection', () => {
    expect(isConnectionFailure(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionFailure({ message: 'database "x" is not currently accepting connections', code: '55000', severity: 'FATAL' })).toBe(
      true,
    );
    expect(isConnectionFailure({ message: 'wrapped', driverError: { code: '57P01', severity: 'FATAL' } })).toBe(true);
    expect(isConnectionFailure(new Error('timeout exceeded when trying to connect'))).toBe(true);
  });

  it('does not mistake a bug for an outage', () => {
    expect(isConnectionFailure({ message: 'column "x" does not exist', code: '42703', severity: 'ERROR' })).toBe(false);
    expect(isConnectionFailure(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
  });

  it('truncates long messages', () => {
    expect(truncate('x'.repeat(10_000))).toHaveLength(500);
    expect(truncate('short')).toBe('short');
  });
});
