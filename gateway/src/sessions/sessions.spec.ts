import { createLogger } from '@elysium/subgraph-kit/core';
import { parseCookies, sessionCookies } from './session-cookies';
import { SessionStatus } from './session-status';
import type { SubgraphFetcher } from '../subgraphs/subgraph-fetcher';

describe('session cookies', () => {
  it('reads cookies, first value winning, and decodes them', () => {
    expect(parseCookies('a=1; elysium_access=x%2By; a=2; junk')).toEqual({ a: '1', elysium_access: 'x+y' });
    expect(parseCookies(undefined)).toEqual({});
  });

  it('sets httpOnly, Secure cookies that JavaScript cannot read, and clears them', () => {
    const set = sessionCookies(
      {
        accessToken: 'a.b.c',
        accessTokenExpiresAt: '2026-12-01T00:10:00Z',
        refreshToken: 'r',
        refreshTokenExpiresAt: '2026-12-31T00:00:00Z',
      },
      '/graphql',
    );
    expect(set[0]).toBe('elysium_access=a.b.c; Path=/graphql; Expires=Tue, 01 Dec 2026 00:10:00 GMT; HttpOnly; Secure; SameSite=Lax');
    expect(set[1]).toContain('SameSite=Strict');
    expect(sessionCookies({ clear: true }, '/graphql').every((c) => c.includes('Expires=Thu, 01 Jan 1970'))).toBe(true);
  });
});

describe('session status', () => {
  const log = createLogger('test', 'silent');
  let now = 0;
  let calls = 0;
  let active = new Set(['s1']);
  let up = true;
  const fetcher: SubgraphFetcher = async (_url, init) => {
    calls += 1;
    if (!up) throw new Error('connect ECONNREFUSED');
    const ids = (JSON.parse(init.body ?? '{}') as { variables: { ids: string[] } }).variables.ids;
    const body = { data: { _activeSessions: ids.filter((id) => active.has(id)) } };
    return {
      ok: true,
      status: 200,
      statusText: 'OK',
      url: '',
      headers: { get: () => null },
      json: async () => body,
      text: async () => JSON.stringify(body),
    };
  };
  const status = () =>
    new SessionStatus(
      () => 'http://customers/graphql',
      'secret-of-some-length',
      fetcher,
      log,
      () => now,
    );

  beforeEach(() => {
    now = 0;
    calls = 0;
    active = new Set(['s1']);
    up = true;
  });

  it('asks once per session per 5 seconds, and sees a revocation after that', async () => {
    const sessions = status();
    expect(await Promise.all([sessions.isActive('s1'), sessions.isActive('s1')])).toEqual([true, true]);
    expect(calls).toBe(1);
    active.delete('s1');
    now = 4_000;
    expect(await sessions.isActive('s1')).toBe(true);
    now = 5_001;
    expect(await sessions.isActive('s1')).toBe(false);
    expect(calls).toBe(2);
  });

  it('while customers is down, keeps a recent answer for a minute, then treats the session as ended', async () => {
    const sessions = status();
    expect(await sessions.isActive('s1')).toBe(true);
    up = false;
    now = 30_000;
    expect(await sessions.isActive('s1')).toBe(true);
    now = 61_000;
    expect(await sessions.isActive('s1')).toBe(false);
    expect(await status().isActive('never-seen')).toBe(false);
  });
});
