import type { PostgresSubgraphDefinition, SubgraphContext } from '@elysium/subgraph-kit';
import { customerDataHandlers } from './gdpr/customer-data.handlers';
import { CreatePayment1764057600000 } from './migrations/1764057600000-create-payment';
import { StripeWebhooks1764600000000 } from './migrations/1764600000000-stripe-webhooks';
import { paymentHandlers } from './payment/payment-handlers';
import { StartPaymentResolver } from './payment/start-payment.resolver';
import { stripeWebhookRoute } from './webhooks/stripe-webhook-route';
import { OrderRef } from './references/entity-stubs';
import { Payment } from './payment/payment.entity';
import { OrderPaymentResolver } from './payment/payment.resolver';
import { seedPayments } from './seed';
import { createPaymentsServices, createStripeClient, type PaymentsServices, type StripeSettings } from './services';

/** The payments subgraph: card payments through Stripe. Owns Postgres schema `payments`. */
export function paymentsSubgraph(stripe: StripeSettings): PostgresSubgraphDefinition<PaymentsServices> {
  return {
    name: 'payments',
    schema: 'payments',
    entities: [Payment],
    migrations: [CreatePayment1764057600000, StripeWebhooks1764600000000],
    resolvers: [OrderPaymentResolver, StartPaymentResolver],
    orphanedTypes: [OrderRef, Payment],
    eventHandlers: (services) => [...customerDataHandlers(), ...paymentHandlers(services)],
    createServices: (dataSource, log, bus) => createPaymentsServices(dataSource, bus, createStripeClient(stripe), stripe, log),
    routes: (services) =>
      stripeWebhookRoute({ stripe: services.stripe, secret: services.webhookSecret, events: services.stripeEvents, log: services.log }),
    references: (services) => ({
      Payment: {
        __resolveReference: (reference: { id: string }, context: SubgraphContext) => services.visiblePayment(context, reference.id),
      },
    }),
    seedDemoData: (services, dataSource) => seedPayments(dataSource, services.stripe),
  };
}
