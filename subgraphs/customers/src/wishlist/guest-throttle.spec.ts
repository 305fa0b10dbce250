import { guestSessionThrottle } from './guest-throttle';

describe('guest session throttle', () => {
  it('lets a network open its budget of guest sessions, then refuses with a code and a wait', async () => {
    const allow = guestSessionThrottle(3, 60);
    for (let i = 0; i < 3; i++) await expect(allow('10.0.0.1')).resolves.toBeUndefined();
    await expect(allow('10.0.0.1')).rejects.toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
    await expect(allow('10.0.0.2')).resolves.toBeUndefined();
  });
});
