import type { PostgresSubgraphDefinition, SubgraphContext } from '@elysium/subgraph-kit';
import { customerDataHandlers } from './gdpr/customer-data.handlers';
import { CreatePayment1764057600000 } from './migrations/1764057600000-create-payment';
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
    migrations: [CreatePayment1764057600000],
    resolvers: [OrderPaymentResolver],
    orphanedTypes: [OrderRef, Payment],
    eventHandlers: () => customerDataHandlers(),
    createServices: (dataSource) => createPaymentsServices(dataSource, createStripeClient(stripe)),
    references: (services) => ({
      Payment: {
        __resolveReference: (reference: { id: string }, context: SubgraphContext) => services.visiblePayment(context, reference.id),
      },
    }),
    seedDemoData: (services, dataSource) => seedPayments(dataSource, services.stripe),
  };
}
