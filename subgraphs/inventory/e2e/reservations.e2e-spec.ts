import { eventually } from '@elysium/subgraph-kit/testing';
import { randomUUID } from 'node:crypto';
import { startInventoryHarness, type InventoryHarness } from './inventory-harness';

/** Reservations on a real Postgres, through the real operations, raced the way checkout will race them. */
describe('inventory reservations', () => {
  let h: InventoryHarness;

  beforeAll(async () => {
    h = await startInventoryHarness('reservations', { poolSize: 10 });
  });

  afterAll(async () => {
    await h?.stop();
  });

  // Every scenario ends with the books right: counts and units equal their ledger's sums.
  afterEach(async () => {
    expect(await h.ledgerCheck()).toEqual([]);
  });

  const typenames = (results: Array<{ __typename: string }>) =>
    results.reduce<Record<string, number>>((counts, r) => ({ ...counts, [r.__typename]: (counts[r.__typename] ?? 0) + 1 }), {});

  it('lets exactly one of 200 concurrent buyers reserve the last unit of a SKU; the other 199 get OUT_OF_STOCK', async () => {
    // Given a SKU with one unit on hand
    const { skus } = await h.newProduct(1);
    await h.receive(skus[0], 1);
    // When 200 buyers reserve it at once
    const results = await Promise.all(Array.from({ length: 200 }, () => h.reserve([{ sku: skus[0], quantity: 1 }])));
    // Then one holds it and 199 are told, naming the line
    expect(typenames(results)).toEqual({ Reservation: 1, OutOfStockError: 199 });
    const refused = results.find((r) => r.__typename === 'OutOfStockError')!;
    expect(refused.code).toBe('OUT_OF_STOCK');
    expect(refused.shortLines).toEqual([{ line: 0, sku: skus[0], productId: null, unitId: null, requested: 1, available: 0 }]);
  });

  it('lets exactly one of 200 concurrent buyers reserve a one-of-one piece, reserved by unit', async () => {
    // Given a one-of-one piece as a serialised unit
    const { id } = await h.newProduct(1);
    const unit = await h.receivePiece(id);
    // When 200 buyers reserve the piece at once
    const results = await Promise.all(Array.from({ length: 200 }, () => h.reserve([{ productId: id }])));
    // Then exactly one holds that very unit
    expect(typenames(results)).toEqual({ Reservation: 1, OutOfStockError: 199 });
    const won = results.find((r) => r.__typename === 'Reservation')!;
    expect(won.lines).toEqual([expect.objectContaining({ unitId: unit.id, productId: id, quantity: 1 })]);
    // And the storefront shows it held for another client, not sold out
    expect(await h.availability([id])).toEqual([expect.objectContaining({ status: 'RESERVED', quantityAvailable: 0 })]);
  });

  it('never deadlocks a caller nor oversells when 50 multi-line reservations overlap in random order', async () => {
    // Given five SKUs with 6 units each and four one-of-one pieces
    const counted = await h.newProduct(5);
    for (const sku of counted.skus) await h.receive(sku, 6);
    const pieces = await Promise.all(Array.from({ length: 4 }, () => h.newProduct(1)));
    const units = await Promise.all(pieces.map((p) => h.receivePiece(p.id)));
    const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];
    // When 50 checkouts each reserve three or four overlapping lines, in random order
    const requests = Array.from({ length: 50 }, () => {
      const lines: Array<Record<string, unknown>> = [];
      const used = new Set<string>();
      while (lines.length < 3 + Math.floor(Math.random() * 2)) {
        const choice = Math.random();
        const line =
          choice < 0.6
            ? { sku: pick(counted.skus), quantity: 1 + Math.floor(Math.random() * 2) }
            : choice < 0.8
              ? { unitId: pick(units).id }
              : { productId: pick(pieces).id };
        const key = JSON.stringify(line.sku ?? line.unitId ?? line.productId);
        if (used.has(key)) continue;
        used.add(key);
        lines.push(line);
      }
      return lines;
    });
    const results = await Promise.all(requests.map((lines) => h.reserve(lines)));
    // Then every caller got an answer from the domain (no deadlock or other error reached one)
    expect(results.every((r) => r.__typename === 'Reservation' || r.__typename === 'OutOfStockError')).toBe(true);
    const won = results.filter((r) => r.__typename === 'Reservation');
    expect(won.length).toBeGreaterThan(0);
    // And no SKU gave more than it had, and no unit went to two checkouts
    for (const sku of counted.skus) {
      const taken = won
        .flatMap((r) => r.lines!)
        .filter((l) => l.sku === sku)
        .reduce((sum, l) => sum + l.quantity, 0);
      expect(taken).toBeLessThanOrEqual(6);
    }
    const unitHolds = won.flatMap((r) => r.lines!).flatMap((l) => (l.unitId ? [l.unitId] : []));
    expect(new Set(unitHolds).size).toBe(unitHolds.length);
    const [{ negative }] = await h.inventory.dataSource.query(
      `SELECT count(*)::int AS negative FROM stock_level WHERE on_hand < 0 OR reserved < 0 OR reserved > on_hand`,
    );
    expect(negative).toBe(0);
  });

  it('gives one reservation for one idempotency key sent ten times at once, and refuses the key for another request', async () => {
    // Given a SKU with stock
    const { skus } = await h.newProduct(1);
    await h.receive(skus[0], 5);
    const key = `checkout-${randomUUID()}`;
    // When the same request is sent ten times at once
    const results = await Promise.all(Array.from({ length: 10 }, () => h.reserve([{ sku: skus[0], quantity: 2 }], { key })));
    // Then all ten are the same reservation, and only two units are held
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.every((r) => r.__typename === 'Reservation')).toBe(true);
    const [{ reserved }] = await h.inventory.dataSource.query(`SELECT sum(reserved)::int AS reserved FROM stock_level WHERE sku = $1`, [
      skus[0],
    ]);
    expect(reserved).toBe(2);
    // And the key sent with other lines is refused, not silently answered with the first reservation
    const reused = await h.reserve([{ sku: skus[0], quantity: 1 }], { key });
    expect(reused).toEqual(expect.objectContaining({ __typename: 'IdempotencyKeyReusedError', code: 'IDEMPOTENCY_KEY_REUSED' }));
  });

  it('never both expires and commits a reservation when expiry races commit (60 rounds)', async () => {
    const { skus } = await h.newProduct(1);
    await h.receive(skus[0], 60);
    let committed = 0;
    let expired = 0;
    for (let round = 0; round < 60; round++) {
      // Given a reservation that falls due within the next few milliseconds
      const reservation = await h.reserve([{ sku: skus[0], quantity: 1 }]);
      await h.inventory.dataSource.query(
        `UPDATE reservation SET expires_at = clock_timestamp() + make_interval(secs => $2) WHERE id = $1`,
        [reservation.id!, Math.random() * 0.01],
      );
      // When checkout commits while the expiry job runs
      const [commit, expiredByJob] = await Promise.all([
        h.commit(reservation.id!),
        h.inventory.services.reservations.expireOverdue({ actor: 'inventory', role: 'system', requestId: `race-${round}` }),
      ]);
      // Then exactly one of them happened
      const [{ status }] = await h.inventory.dataSource.query(`SELECT status FROM reservation WHERE id = $1`, [reservation.id!]);
      if (commit.__typename === 'Reservation') {
        expect(status).toBe('COMMITTED');
        committed++;
      } else {
        expect(commit.code).toBe('RESERVATION_EXPIRED');
        expect(status).toBe('EXPIRED');
        expired++;
      }
      expect(expiredByJob).toBeLessThanOrEqual(1);
    }
    // And the stock tells the same story: sold exactly what was committed, nothing still held
    const [level] = await h.inventory.dataSource.query(`SELECT on_hand, reserved FROM stock_level WHERE sku = $1`, [skus[0]]);
    expect(level).toEqual({ on_hand: 60 - committed, reserved: 0 });
    expect(committed + expired).toBe(60);
  });

  it('expires a reservation by itself through its scheduled job, and it can never be committed after', async () => {
    // Given a reservation whose scheduled expiry has come round
    const { id: productId, skus } = await h.newProduct(1);
    await h.receive(skus[0], 1);
    const reservation = await h.reserve([{ sku: skus[0], quantity: 1 }], { ttlSeconds: 60 });
    const jobs = await h.inventory.dataSource.query(
      `SELECT j.id, abs(extract(epoch FROM j.start_after - r.expires_at)) AS drift
         FROM pgboss.job j JOIN inventory.reservation r ON r.id = $1::uuid
        WHERE j.name = 'inventory.expire-reservation' AND j.data->'data'->>'reservationId' = $1::text`,
      [reservation.id!],
    );
    // (the job is due when the reservation is: its start differs by at most the clocks' rounding)
    expect(jobs).toHaveLength(1);
    expect(Number(jobs[0].drift)).toBeLessThan(1);
    await h.inventory.dataSource.query(`UPDATE reservation SET expires_at = clock_timestamp() WHERE id = $1`, [reservation.id!]);
    await h.inventory.dataSource.query(`UPDATE pgboss.job SET start_after = now() WHERE id = $1`, [jobs[0].id]);
    // When the queue's worker picks it up
    const status = await eventually(
      async () =>
        (
          (await h.inventory.dataSource.query(`SELECT status FROM reservation WHERE id = $1`, [reservation.id!])) as Array<{
            status: string;
          }>
        )[0].status,
      (now) => now !== 'ACTIVE',
    );
    // Then it is expired, the unit is free again, and a late commit is refused
    expect(status).toBe('EXPIRED');
    expect(await h.availability([productId])).toEqual([expect.objectContaining({ status: 'LOW_STOCK', quantityAvailable: 1 })]);
    expect(await h.commit(reservation.id!)).toEqual(
      expect.objectContaining({ __typename: 'ReservationExpiredError', code: 'RESERVATION_EXPIRED' }),
    );
  });

  it('commits once, releases once, and refuses to release a sale', async () => {
    const { id: productId, skus } = await h.newProduct(2);
    await h.receive(skus[0], 2);
    await h.receive(skus[1], 1, 'showroom');
    const sale = await h.reserve([
      { sku: skus[0], quantity: 2 },
      { sku: skus[1], quantity: 1 },
    ]);
    // Committing twice is one sale
    expect(await h.commit(sale.id!)).toEqual(expect.objectContaining({ __typename: 'Reservation', status: 'COMMITTED' }));
    expect(await h.commit(sale.id!)).toEqual(expect.objectContaining({ __typename: 'Reservation', status: 'COMMITTED' }));
    expect(await h.release(sale.id!)).toEqual(expect.objectContaining({ __typename: 'ReservationEndedError', code: 'RESERVATION_ENDED' }));
    const sold = await h.inventory.dataSource.query(
      `SELECT count(*)::int AS n FROM stock_movement WHERE reservation_id = $1 AND kind = 'SALE'`,
      [sale.id!],
    );
    expect(sold[0].n).toBe(2);
    expect(await h.availability([productId])).toEqual([expect.objectContaining({ status: 'SOLD_OUT', quantityAvailable: 0 })]);

    // Releasing twice is one release; a released hold cannot be committed
    await h.receive(skus[0], 1);
    const held = await h.reserve([{ sku: skus[0], quantity: 1 }]);
    expect(await h.release(held.id!)).toEqual(expect.objectContaining({ status: 'RELEASED' }));
    expect(await h.release(held.id!)).toEqual(expect.objectContaining({ status: 'RELEASED' }));
    expect(await h.commit(held.id!)).toEqual(expect.objectContaining({ __typename: 'ReservationEndedError' }));
    expect(await h.availability([productId])).toEqual([expect.objectContaining({ status: 'LOW_STOCK', quantityAvailable: 1 })]);
  });

  it('answers ids that are malformed or unknown as not found, and bad lines field by field', async () => {
    expect(await h.commit('not-a-uuid')).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(await h.release(randomUUID())).toEqual(expect.objectContaining({ code: 'NOT_FOUND' }));
    const response = await h.call<{ reserveStock: { __typename: string; fieldErrors: Array<{ field: string }> } }>(
      h.signer.orders,
      `mutation ($input: ReserveStockInput!) { reserveStock(input: $input) { __typename ... on InputValidationError { fieldErrors { field } } } }`,
      {
        input: {
          idempotencyKey: 'short',
          ttlSeconds: 5,
          lines: [{ sku: 'A', productId: 'b' }, { unitId: 'nope' }, { sku: 'ELY-X', quantity: 0 }, { unitId: randomUUID(), quantity: 2 }],
        },
      },
    );
    expect(response.data!.reserveStock.__typename).toBe('InputValidationError');
    expect(response.data!.reserveStock.fieldErrors.map((e) => e.field)).toEqual([
      'input.idempotencyKey',
      'input.ttlSeconds',
      'input.lines.0.sku',
      'input.lines.1.unitId',
      'input.lines.2.quantity',
      'input.lines.3.quantity',
    ]);
  });

  it('refuses every caller but our services: clients, staff, the gateway itself and unsigned calls', async () => {
    const reserve = `mutation { reserveStock(input: { idempotencyKey: "forbidden-${randomUUID()}", lines: [{ sku: "X-1" }] }) { __typename } }`;
    for (const headers of [h.signer.customer, h.signer.staff, h.signer.gatewayAs(null)]) {
      const response = await h.call(headers, reserve);
      expect(response.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    const unsigned = await fetch(h.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: reserve }),
    });
    const body = (await unsigned.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
    expect(body.data ?? null).toBeNull();
    expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(body.errors?.[0]?.extensions?.code);
  });
});
