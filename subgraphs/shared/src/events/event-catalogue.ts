/**
 * The documented contract between subgraphs: every event one subgraph publishes, and the queues
 * (one per consuming subgraph and purpose) it lands on. Publishing sends one job to each listed
 * queue in the publisher's own transaction, so a consumer that is down gets it when it returns,
 * and a consumer that has never started yet still has its queue waiting.
 *
 * Queue names are `<subgraph>.<purpose>`; a subgraph handles only its own.
 */
export const EVENT_CATALOGUE = {
  /** A client asked for everything we hold about them; each subgraph contributes its part. */
  'customer.export-requested': ['customers.export-part', 'orders.export-part', 'payments.export-part'],
  /** Each subgraph's part of a data export, gathered by customers. */
  'customer.export-part-ready': ['customers.collect-export-part'],
  /** A client was erased: every subgraph anonymises what it holds (financial records stay). */
  'customer.erased': ['orders.erase-customer', 'payments.erase-customer'],
  /** A payment's state moved at Stripe (read from Stripe, never from an event's word): orders acts on it. */
  'payment.succeeded': ['orders.payment-outcome'],
  'payment.failed': ['orders.payment-outcome'],
  'payment.cancelled': ['orders.payment-outcome'],
  'payment.refunded': ['orders.payment-outcome'],
  'payment.disputed': ['orders.payment-outcome'],
  /** An order that cannot stand was paid for: payments refunds whatever it took, in full. */
  'order.refund-requested': ['payments.refund-order'],
  /** Something staff did, or staff read a client's personal data: kept in the append-only audit log. */
  'audit.recorded': ['customers.audit-log'],
} as const satisfies Record<string, readonly string[]>;

export type EventName = keyof typeof EVENT_CATALOGUE;

/** Queues that take commands or scheduled work rather than events (one sender, one consumer). */
export const COMMAND_QUEUES = [
  'customers.send-mail',
  /** One job per reservation, due at its expiry. */
  'inventory.expire-reservation',
  /** Every minute: expires any reservation whose own job was lost or delayed. */
  'inventory.sweep-reservations',
  /** Mails stock control that a SKU at a location fell to its low-stock threshold. */
  'inventory.low-stock-mail',
  /** Order mail (confirmation, cancellation) to the order's contact address. */
  'orders.send-mail',
  /** Every hour: carts past their expiry are deleted (guest carts hold nothing personal; clients' are rebuilt on use). */
  'orders.purge-carts',
  /** Every minute: asks Stripe about payments still open after a while, so a lost webhook cannot leave an order stuck. */
  'payments.reconcile',
] as const;

export type QueueName = (typeof EVENT_CATALOGUE)[EventName][number] | (typeof COMMAND_QUEUES)[number];

/**
 * Queues whose consumers are woken when a job commits, because a checkout waits on them: the
 * payment's outcome, a refund, the order confirmation. The rest (the audit log, exports, account
 * mail) are fine at pg-boss's polling pace and gain from batching; account mail also keeps sign-up
 * answering in the same time whether or not the address has an account (nothing runs beside it).
 */
export const PROMPT_QUEUES: ReadonlySet<string> = new Set<QueueName>([
  'orders.payment-outcome',
  'orders.send-mail',
  'payments.refund-order',
]);

export const ALL_QUEUES: readonly QueueName[] = [...new Set([...Object.values(EVENT_CATALOGUE).flat(), ...COMMAND_QUEUES])];
