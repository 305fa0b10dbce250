import { upstreamUnavailable, type CurrencyCode, type SubgraphClient } from '@elysium/subgraph-kit';

/** A line to hold in inventory, as its reserveStock takes it. */
export type HoldLine = { sku: string; quantity: number } | { productId: string } | { stoneId: string };

export type HoldOutcome = { held: true; reservationId: string } | { held: false; shortLines: number[] };

/**
 * Checkout's calls to inventory and payments, signed as the orders service. Each is idempotent by
 * a key derived from the order, so a retried step never holds or charges twice.
 */
export class StockAndPayments {
  constructor(
    private readonly inventory: SubgraphClient,
    private readonly payments: SubgraphClient,
  ) {}

  async hold(key: string, lines: HoldLine[], ttlSeconds: number, reference: string): Promise<HoldOutcome> {
    const data = await this.inventory.query<{
      reserveStock: { __typename: string; id?: string; shortLines?: Array<{ line: number }>; message?: string };
    }>(
      `mutation ($input: ReserveStockInput!) { reserveStock(input: $input) {
         __typename ... on Reservation { id } ... on OutOfStockError { shortLines { line } } ... on ErrorResult { message } } }`,
      { input: { idempotencyKey: key, lines, ttlSeconds, reference } },
    );
    const answer = data.reserveStock;
    if (answer.__typename === 'Reservation') return { held: true, reservationId: answer.id! };
    if (answer.__typename === 'OutOfStockError') return { held: false, shortLines: answer.shortLines!.map((s) => s.line) };
    throw upstreamUnavailable('inventory', new Error(`reserveStock answered ${answer.__typename}: ${answer.message}`));
  }

  /** Commits a hold: the serial numbers sold, by the hold's line index; or why not ('expired', 'ended'). */
  async commit(
    reservationId: string,
  ): Promise<{ committed: true; serials: Map<number, string> } | { committed: false; why: 'expired' | 'ended' }> {
    const data = await this.inventory.query<{
      commitReservation: { __typename: string; lines?: Array<{ line: number; serialNumber: string | null }> };
    }>(`mutation ($id: ID!) { commitReservation(id: $id) { __typename ... on Reservation { lines { line serialNumber } } } }`, {
      id: reservationId,
    });
    const answer = data.commitReservation;
    if (answer.__typename === 'Reservation') {
      return {
        committed: true,
        serials: new Map(answer.lines!.flatMap((l) => (l.serialNumber ? [[l.line, l.serialNumber] as const] : []))),
      };
    }
    return { committed: false, why: answer.__typename === 'ReservationExpiredError' ? 'expired' : 'ended' };
  }

  async release(reservationId: string): Promise<void> {
    await this.inventory.query(`mutation ($id: ID!) { releaseReservation(id: $id) { __typename } }`, { id: reservationId });
  }

  async startPayment(request: {
    orderId: string;
    customerId: string | null;
    amount: number;
    currency: CurrencyCode;
    idempotencyKey: string;
    purpose: 'FULL' | 'DEPOSIT' | 'BALANCE';
  }): Promise<{ paymentId: string; clientSecret: string }> {
    const data = await this.payments.query<{ startPayment: { clientSecret: string; payment: { id: string } } }>(
      `mutation ($input: StartPaymentInput!) { startPayment(input: $input) { clientSecret payment { id } } }`,
      { input: request },
    );
    return { paymentId: data.startPayment.payment.id, clientSecret: data.startPayment.clientSecret };
  }
}
