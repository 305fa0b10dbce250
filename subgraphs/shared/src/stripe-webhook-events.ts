/**
 * The Stripe events payments acts on: each can move a payment's state. The webhook endpoint (the
 * Stripe dashboard, or the local double's WEBHOOK_EVENTS) should enable exactly these; any other event
 * that arrives is verified and recorded, and changes nothing.
 */
export const STRIPE_WEBHOOK_EVENTS = [
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.canceled',
  'payment_intent.requires_action',
  'payment_intent.processing',
  'charge.refunded',
  'charge.dispute.created',
  'charge.dispute.closed',
] as const;
