import pino from 'pino';
import { replicaBroadcast } from './replica-broadcast';

const log = pino({ level: 'silent' });

describe('a broadcast to every replica', () => {
  it('without Redis: the one replica acts on what it publishes', async () => {
    const heard: string[] = [];
    const broadcast = replicaBroadcast({ redisUrl: undefined, channel: 'test', log, onMessage: (m) => heard.push(m) });
    await broadcast.publish('changed');
    expect(heard).toEqual(['changed']);
    await broadcast.close();
  });

  it('with Redis away: the publishing replica still acts, once, and publishing does not fail', async () => {
    const heard: string[] = [];
    const broadcast = replicaBroadcast({ redisUrl: 'redis://127.0.0.1:1', channel: 'test', log, onMessage: (m) => heard.push(m) });
    await expect(broadcast.publish('changed')).resolves.toBeUndefined();
    expect(heard).toEqual(['changed']);
    await broadcast.close();
  });
});
