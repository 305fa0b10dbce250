import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { CostRateLimiter } from './rate-limiter';

/** The Redis this machine (and CI) runs, if any; a fresh laptop has none and keeps memory counters. */
const REDIS_URL = 'redis://127.0.0.1:6379';
const redisReachable = () =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(6379, '127.0.0.1');
    const done = (reachable: boolean) => {
      socket.destroy();
      resolve(reachable);
    };
    socket.setTimeout(300);
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });

describe('cost rate limiter', () => {
  it('spends cost points per IP and refuses with the seconds to wait once the window is spent', async () => {
    const limiter = new CostRateLimiter({ ipPoints: 100, identityPoints: 1000, windowSeconds: 60 });
    const caller = { ip: `ip-${randomUUID()}`, subject: null };
    expect(await limiter.consume(caller, 60)).toMatchObject({ allowed: true, remaining: 40 });
    const refused = await limiter.consume(caller, 60);
    expect(refused).toMatchObject({ allowed: false });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(0);
    // Another IP has its own budget.
    expect(await limiter.consume({ ip: `ip-${randomUUID()}`, subject: null }, 60)).toMatchObject({ allowed: true });
  });

  it('bounds a signed-in person across IPs, and counts a free operation as one point', async () => {
    const limiter = new CostRateLimiter({ ipPoints: 1000, identityPoints: 5, windowSeconds: 60 });
    const subject = randomUUID();
    for (let i = 0; i < 5; i++) expect((await limiter.consume({ ip: `ip-${randomUUID()}`, subject }, 0)).allowed).toBe(true);
    expect((await limiter.consume({ ip: `ip-${randomUUID()}`, subject }, 0)).allowed).toBe(false);
  });

  it('shares counters between gateway replicas through Redis', async () => {
    if (!(await redisReachable())) {
      console.warn('no Redis on 127.0.0.1:6379: the shared-counter check is skipped (memory counters are tested above)');
      return;
    }
    const settings = { ipPoints: 100, identityPoints: 1000, windowSeconds: 60, redisUrl: REDIS_URL };
    const [a, b] = [new CostRateLimiter(settings), new CostRateLimiter(settings)];
    try {
      const caller = { ip: `ip-${randomUUID()}`, subject: null };
      await new Promise((resolve) => setTimeout(resolve, 100)); // let both connect
      expect((await a.consume(caller, 70)).allowed).toBe(true);
      expect(await b.consume(caller, 70)).toMatchObject({ allowed: false });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});
