import type { DataSource } from 'typeorm';
import Stripe from 'stripe';
import {
  byKey,
  defineLoader,
  isUuid,
  transactionRunner,
  visibleToCaller,
  type EventBus,
  type Logger,
  type SubgraphContext,
} from '@elysium/subgraph-kit';
import { StripeEventService } from './webhooks/stripe-event.service';
import { PaymentService } from './payment/payment.service';
import type { Payment } from './payment/payment.entity';

export interface StripeSettings {
  secretKey: string;
  /** Base URL of the Stripe API; the local test double in development. Unset means api.stripe.com. */
  apiUrl?: string;
  /** Verifies POST /webhooks/stripe. */
  webhookSecret: string;
  /** Minor units from which 3-D Secure is always requested. */
  threeDSecureFrom: number;
  /** Seconds a payment may stay open before reconciliation asks Stripe about it. */
  reconcileAfterSeconds: number;
}

/** The real `stripe` SDK, pointed at real Stripe or at the local double speaking the same protocol. */
export function createStripeClient(settings: StripeSettings): Stripe {
  if (!settings.apiUrl) return new Stripe(settings.secretKey, { maxNetworkRetries: 2 });
  const url = new URL(settings.apiUrl);
  return new Stripe(settings.secretKey, {
    host: url.hostname,
    port: Number(url.port || (url.protocol === 'https:' ? 443 : 80)),
    protocol: url.protocol === 'https:' ? 'https' : 'http',
    maxNetworkRetries: 2,
  });
}

/** Everything the payments resolvers need, built once per process. */
export function createPaymentsServices(dataSource: DataSource, bus: EventBus, stripe: Stripe, settings: StripeSettings, log: Logger) {
  const payments = new PaymentService(dataSource, stripe, settings.threeDSecureFrom);
  const paymentById = defineLoader<string, Payment | null>(async (ids) => byKey(ids, await payments.findByIds(ids), (p) => p.id));
  const latestPaymentByOrderId = defineLoader<string, Payment | null>(async (ids) =>
    byKey(ids, await payments.findLatestByOrderIds(ids), (p) => p.orderId),
  );
  /** Payment details are the paying client's and staff's alone; anyone else sees none, as if there were none. */
  const visible = (context: SubgraphContext, payment: Payment | null) => visibleToCaller(context, payment, (p) => p.customerId ?? '');
  const run = transactionRunner(dataSource, bus);
  return {
    payments,
    stripe,
    run,
    reconcileAfterSeconds: settings.reconcileAfterSeconds,
    log,
    webhookSecret: settings.webhookSecret,
    stripeEvents: new StripeEventService(dataSource.manager, run, stripe, payments),
    visiblePayment: async (context: SubgraphContext, id: string) =>
      visible(context, isUuid(id) ? await paymentById(context).load(id.toLowerCase()) : null),
    visiblePaymentOfOrder: async (context: SubgraphContext, orderId: string) =>
      visible(context, isUuid(orderId) ? await latestPaymentByOrderId(context).load(orderId.toLowerCase()) : null),
  };
}

export type PaymentsServices = ReturnType<typeof createPaymentsServices>;
