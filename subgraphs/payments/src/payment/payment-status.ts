import { registerEnumType } from 'type-graphql';

/** Our view of a payment, following the Stripe PaymentIntent it belongs to. */
export enum PaymentStatus {
  REQUIRES_PAYMENT_METHOD = 'REQUIRES_PAYMENT_METHOD',
  REQUIRES_ACTION = 'REQUIRES_ACTION',
  PROCESSING = 'PROCESSING',
  SUCCEEDED = 'SUCCEEDED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(PaymentStatus, {
  name: 'PaymentStatus',
  description: 'Where a payment is, following its Stripe PaymentIntent.',
  valuesConfig: {
    REQUIRES_PAYMENT_METHOD: { description: 'Waiting for the client to give a card (or the last one was declined).' },
    REQUIRES_ACTION: { description: 'Waiting for the client to complete 3-D Secure.' },
    PROCESSING: { description: 'The card network is still deciding.' },
    SUCCEEDED: { description: 'The money is taken.' },
    CANCELLED: { description: 'Abandoned; nothing was taken.' },
  },
});

/** Stripe's PaymentIntent statuses mapped to ours. */
export function statusFromStripe(status: string): PaymentStatus {
  switch (status) {
    case 'succeeded':
      return PaymentStatus.SUCCEEDED;
    case 'processing':
      return PaymentStatus.PROCESSING;
    case 'requires_action':
    case 'requires_confirmation':
      return PaymentStatus.REQUIRES_ACTION;
    case 'canceled':
      return PaymentStatus.CANCELLED;
    default:
      return PaymentStatus.REQUIRES_PAYMENT_METHOD;
  }
}
