import { registerEnumType } from 'type-graphql';

/** Where an order is in its life. Transitions are added with checkout; today orders arrive already placed. */
export enum OrderStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  CONFIRMED = 'CONFIRMED',
  IN_ATELIER = 'IN_ATELIER',
  SHIPPED = 'SHIPPED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order is in its life.',
  valuesConfig: {
    PENDING_PAYMENT: { description: 'Placed; the payment has not succeeded yet.' },
    CONFIRMED: { description: 'Paid and confirmed; the pieces are reserved for the client.' },
    IN_ATELIER: { description: 'Being made, sized or engraved in the London atelier.' },
    SHIPPED: { description: 'Handed to the insured courier.' },
    DELIVERED: { description: 'Signed for by the client.' },
    CANCELLED: { description: 'Cancelled; any payment is refunded.' },
  },
});
