import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import { connectRedis } from './connect-redis';

/** A message to every replica of an app, this one included. */
export interface ReplicaBroadcast {
  /** Acts on it here at once, then tells the other replicas (when there is Redis to tell them through). */
  publish(message: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Tells every replica of an app something only one of them heard (a content webhook reaches one
 * catalog replica behind the load balancer; every replica must empty its cache). With Redis it is a
 * pub/sub channel; without, there is one replica and it acts alone. The replica that publishes acts
 * first and skips its own echo, so it acts even while Redis is away, and only once.
 */
export function replicaBroadcast(options: {
  redisUrl: string | undefined;
  channel: string;
  onMessage: (message: string) => void;
  log: Logger;
}): ReplicaBroadcast {
  if (!options.redisUrl) {
    return {
      publish: async (message) => options.onMessage(message),
      close: async () => undefined,
    };
  }
  const me = randomUUID();
  // A subscribed connection can do nothing else; it resubscribes by itself after a reconnect.
  const subscriber = connectRedis(options.redisUrl, { maxRetriesPerRequest: null });
  const publisher = connectRedis(options.redisUrl, { enableOfflineQueue: false });
  void subscriber
    .subscribe(options.channel)
    .catch((error: Error) => options.log.warn({ err: error, channel: options.channel }, 'broadcast: cannot subscribe'));
  subscriber.on('message', (channel: string, raw: string) => {
    if (channel !== options.channel) return;
    try {
      const { from, message } = JSON.parse(raw) as { from: string; message: string };
      if (from !== me) options.onMessage(message);
    } catch (error) {
      options.log.warn({ err: error, channel }, 'broadcast: unreadable message ignored');
    }
  });
  return {
    async publish(message) {
      options.onMessage(message);
      await publisher.publish(options.channel, JSON.stringify({ from: me, message })).catch((error: Error) => {
        options.log.warn({ err: error, channel: options.channel }, 'broadcast: other replicas not told (Redis unavailable)');
      });
    },
    async close() {
      subscriber.disconnect();
      publisher.disconnect();
    },
  };
}
