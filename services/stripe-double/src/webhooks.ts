import { createHmac } from 'node:crypto';
import type { Logger } from 'pino';
import { postJson } from '@elysium/subgraph-kit/core';
import type { StripeEvent } from './stripe-objects';

/** Stripe's signature header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload" with the endpoint secret>`. */
export function stripeSignature(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

export interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
  /** Event types to send; `*` for all. */
  enabledEvents: string[];
  /** A disabled endpoint gets nothing (Stripe's dashboard switch): what a lost webhook looks like. */
  disabled?: boolean;
}

/** Attempts per event and endpoint, as Stripe retries a failed delivery (sooner here: seconds, not hours). */
const ATTEMPTS = 8;
const FIRST_RETRY_MS = 250;

/**
 * Delivers events to webhook endpoints the way Stripe does: a POST with the event JSON and a
 * `Stripe-Signature` header, retried with back-off until the endpoint answers 2xx. The chaos switch
 * delivers every event twice, and holds events briefly to send them newest first (out of order):
 * what a receiver must survive in production.
 */
export class WebhookSender {
  private readonly endpoints: WebhookEndpoint[] = [];
  private held: StripeEvent[] = [];
  private flushTimer: NodeJS.Timeout | null = null;
  private readonly inFlight = new Set<Promise<void>>();
  private stopped = false;

  constructor(private readonly options: { log: Logger; chaos: boolean }) {}

  add(endpoint: WebhookEndpoint): void {
    this.endpoints.push(endpoint);
  }

  list(): readonly WebhookEndpoint[] {
    return this.endpoints;
  }

  send(event: StripeEvent): void {
    if (!this.options.chaos) return this.deliverToAll(event);
    this.held.push(event);
    this.flushTimer ??= setTimeout(() => this.flush(), 50 + Math.random() * 100);
  }

  /** Waits for deliveries under way (tests; shutdown). */
  async settle(): Promise<void> {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      this.flush();
    }
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  stop(): void {
    this.stopped = true;
    if (this.flushTimer) clearTimeout(this.flushTimer);
  }

  private flush(): void {
    this.flushTimer = null;
    const events = this.held.reverse();
    this.held = [];
    for (const event of events) this.deliverToAll(event);
    for (const event of events) this.deliverToAll(event);
  }

  private deliverToAll(event: StripeEvent): void {
    for (const endpoint of this.endpoints) {
      if (endpoint.disabled) continue;
      if (!endpoint.enabledEvents.includes('*') && !endpoint.enabledEvents.includes(event.type)) continue;
      const delivery = this.deliver(endpoint, event).finally(() => this.inFlight.delete(delivery));
      this.inFlight.add(delivery);
    }
  }

  private async deliver(endpoint: WebhookEndpoint, event: StripeEvent): Promise<void> {
    const payload = JSON.stringify(event, null, 2);
    for (let attempt = 1; attempt <= ATTEMPTS && !this.stopped; attempt++) {
      try {
        const response = await postJson(
          endpoint.url,
          payload,
          {
            'content-type': 'application/json; charset=utf-8',
            'stripe-signature': stripeSignature(payload, endpoint.secret),
            'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
          },
          10_000,
        );
        if (response.status >= 200 && response.status < 300) return;
        this.options.log.warn(
          { event: event.id, type: event.type, status: response.status, attempt },
          'webhook endpoint refused the event',
        );
      } catch (error) {
        this.options.log.warn({ event: event.id, type: event.type, err: error, attempt }, 'webhook delivery failed');
      }
      await new Promise((resolve) => setTimeout(resolve, FIRST_RETRY_MS * 2 ** (attempt - 1)));
    }
    this.options.log.error({ event: event.id, type: event.type, url: endpoint.url }, 'webhook delivery abandoned');
  }
}
