import { createResponseCache } from './response-cache';

describe('the response cache', () => {
  it('in memory: keeps, reads and empties', async () => {
    const cache = createResponseCache(undefined);
    await cache.set('a', 'answer', { ttl: 30 });
    expect(await cache.get('a')).toBe('answer');
    await cache.clear();
    expect(await cache.get('a')).toBeUndefined();
    await cache.close();
  });

  it('with Redis away: every read is a miss and every write is dropped, quickly, never an error', async () => {
    // Nothing listens on port 1: ioredis fails to connect and, with no offline queue, refuses at once.
    const cache = createResponseCache('redis://127.0.0.1:1');
    const started = Date.now();
    await expect(cache.set('a', 'answer', { ttl: 30 })).resolves.toBeUndefined();
    await expect(cache.get('a')).resolves.toBeUndefined();
    await expect(cache.delete('a')).resolves.toBe(false);
    expect(Date.now() - started).toBeLessThan(1000);
    await cache.close();
  });
});
