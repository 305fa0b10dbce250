import { mintBearerToken } from '@elysium/subgraph-kit/core';
import { VerifiedTokens } from './verified-tokens';

const SECRET = 'verified-tokens-spec-secret';

describe('VerifiedTokens', () => {
  it('gives the identity a token names, and refuses a forged one every time it is sent', async () => {
    const tokens = new VerifiedTokens(SECRET);
    const token = await mintBearerToken({ subject: 'client-1', role: 'customer', sessionId: 'session-1' }, SECRET);
    expect(await tokens.verify(`Bearer ${token}`)).toEqual({ subject: 'client-1', role: 'customer', sessionId: 'session-1' });
    const forged = await mintBearerToken({ subject: 'client-1', role: 'staff' }, 'another-secret');
    for (let i = 0; i < 2; i++)
      await expect(tokens.verify(`Bearer ${forged}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    expect(await tokens.verify(undefined)).toBeNull();
  });

  it('never honours a remembered token past its own expiry', async () => {
    let now = Date.now();
    const tokens = new VerifiedTokens(SECRET, () => now);
    const token = await mintBearerToken({ subject: 'client-2', role: 'customer' }, SECRET, 2);
    expect(await tokens.verify(`Bearer ${token}`)).toMatchObject({ subject: 'client-2' });
    now += 3_000;
    // Past `exp` the remembered entry is ignored and jose checks the token again (on the real clock),
    // so the test waits for the real expiry too.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    await expect(tokens.verify(`Bearer ${token}`)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
