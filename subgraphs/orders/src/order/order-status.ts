import { registerEnumType } from 'type-graphql';

/** Where an order is in its life. Which moves are allowed is data: ORDER_TRANSITIONS. */
export enum OrderStatus {
  PENDING_PAYMENT = 'PENDING_PAYMENT',
  PAID = 'PAID',
  IN_ATELIER = 'IN_ATELIER',
  READY = 'READY',
  SHIPPED = 'SHIPPED',
  COLLECTED = 'COLLECTED',
  DELIVERED = 'DELIVERED',
  CANCELLED = 'CANCELLED',
  REFUNDED = 'REFUNDED',
  PARTIALLY_REFUNDED = 'PARTIALLY_REFUNDED',
  /** @deprecated Migrated to PAID; kept so clients written against it still validate. */
  CONFIRMED = 'CONFIRMED',
}

registerEnumType(OrderStatus, {
  name: 'OrderStatus',
  description: 'Where an order is in its life.',
  valuesConfig: {
    PENDING_PAYMENT: { description: 'Placed; the payment has not succeeded yet. The pieces are held for the client meanwhile.' },
    PAID: { description: 'Paid; the pieces are the client’s.' },
    IN_ATELIER: { description: 'Being made, sized or engraved in the London atelier.' },
    READY: { description: 'Ready to ship or to collect.' },
    SHIPPED: { description: 'Handed to the insured courier.' },
    COLLECTED: { description: 'Collected by the client at the London atelier.' },
    DELIVERED: { description: 'Signed for by the client.' },
    CANCELLED: { description: 'Cancelled (see cancelReason); any payment taken is refunded.' },
    REFUNDED: { description: 'Refunded in full.' },
    PARTIALLY_REFUNDED: { description: 'Part of the payment was refunded.' },
    CONFIRMED: { description: 'No longer used: every confirmed order is PAID.', deprecationReason: 'Orders that were CONFIRMED are PAID.' },
  },
});

/** Every allowed move of an order; anything else is refused. */
export const ORDER_TRANSITIONS: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  [OrderStatus.PENDING_PAYMENT]: [OrderStatus.PAID, OrderStatus.IN_ATELIER, OrderStatus.CANCELLED],
  [OrderStatus.PAID]: [
    OrderStatus.IN_ATELIER,
    OrderStatus.READY,
    OrderStatus.CANCELLED,
    OrderStatus.REFUNDED,
    OrderStatus.PARTIALLY_REFUNDED,
  ],
  [OrderStatus.IN_ATELIER]: [OrderStatus.READY, OrderStatus.CANCELLED, OrderStatus.REFUNDED, OrderStatus.PARTIALLY_REFUNDED],
  [OrderStatus.READY]: [OrderStatus.SHIPPED, OrderStatus.COLLECTED, OrderStatus.REFUNDED, OrderStatus.PARTIALLY_REFUNDED],
  [OrderStatus.SHIPPED]: [OrderStatus.DELIVERED, OrderStatus.REFUNDED, OrderStatus.PARTIALLY_REFUNDED],
  [OrderStatus.COLLECTED]: [OrderStatus.REFUNDED, OrderStatus.PARTIALLY_REFUNDED],
  [OrderStatus.DELIVERED]: [OrderStatus.REFUNDED, OrderStatus.PARTIALLY_REFUNDED],
  [OrderStatus.PARTIALLY_REFUNDED]: [OrderStatus.REFUNDED, OrderStatus.PARTIALLY_REFUNDED],
  [OrderStatus.CANCELLED]: [],
  [OrderStatus.REFUNDED]: [],
  [OrderStatus.CONFIRMED]: [],
};

export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}
