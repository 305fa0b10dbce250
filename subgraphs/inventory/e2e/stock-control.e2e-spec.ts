import { eventually } from '@elysium/subgraph-kit/testing';
import { randomUUID } from 'node:crypto';
import { startInventoryHarness, type InventoryHarness } from './inventory-harness';

type Result = { __typename: string; code?: string; message?: string; field?: string; fieldErrors?: Array<{ field: string }> } & Record<
  string,
  unknown
>;

/** Stock control by hand: receiving against the catalogue, adjustments, transfers, cycle counts, metal, alerts, the ledger. */
describe('inventory stock control', () => {
  let h: InventoryHarness;

  beforeAll(async () => {
    h = await startInventoryHarness('stock_control');
  });

  afterAll(async () => {
    await h?.stop();
  });

  afterEach(async () => {
    expect(await h.ledgerCheck()).toEqual([]);
  });

  const STOCK = `__typename ... on LocationStock { id sku productId locationId onHand reserved available lowStockThreshold } ... on ErrorResult { code message } ... on InputValidationError { fieldErrors { field } } ... on NotInCatalogueError { field }`;
  const UNIT = `__typename ... on StockUnit { id serialNumber status locationId certificateLab certificateNumber } ... on ErrorResult { code message } ... on InputValidationError { fieldErrors { field } } ... on NotInCatalogueError { field }`;

  async function staff(
    field: string,
    args: string,
    selection: string,
    variables: Record<string, unknown>,
    signer = h.signer.staff,
  ): Promise<Result> {
    const response = await h.call<Record<string, Result>>(signer, `mutation (${args}) { ${field} ${selection} }`, variables);
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data[field.split('(')[0]];
  }
  const receiveStock = (input: Record<string, unknown>) =>
    staff('receiveStock(input: $input)', '$input: ReceiveStockInput!', `{ ${STOCK} }`, { input });
  const receiveUnit = (input: Record<string, unknown>) =>
    staff('receiveUnit(input: $input)', '$input: ReceiveUnitInput!', `{ ${UNIT} }`, { input });
  const adjust = (input: Record<string, unknown>) =>
    staff('adjustStock(input: $input)', '$input: AdjustStockInput!', `{ ${STOCK} }`, { input });

  it('receives only what the catalogue knows, and refuses bad input field by field', async () => {
    const { skus } = await h.newProduct(1);
    expect(await receiveStock({ sku: 'NO-SUCH-SKU-1', locationId: 'vault', quantity: 1 })).toEqual(
      expect.objectContaining({ __typename: 'NotInCatalogueError', code: 'NOT_IN_CATALOGUE', field: 'input.sku' }),
    );
    const bad = await receiveStock({ sku: skus[0], productId: 'product-x', locationId: 'the-moon', quantity: 0 });
    expect(bad.fieldErrors!.map((e) => e.field)).toEqual(['input.sku', 'input.locationId', 'input.quantity']);
    expect(await receiveStock({ sku: skus[0], locationId: 'vault', quantity: 3, note: 'Delivery 4411' })).toEqual(
      expect.objectContaining({ __typename: 'LocationStock', sku: skus[0], onHand: 3, reserved: 0, available: 3 }),
    );
  });

  it("receives a certified stone only when the certificate in hand matches the catalogue's report", async () => {
    const stone = await h.newStone();
    const serialNumber = `S-${randomUUID().slice(0, 8)}`;
    expect(
      await receiveUnit({ serialNumber, stoneId: stone.id, certificateLab: 'GIA', certificateNumber: '0000000001', locationId: 'vault' }),
    ).toEqual(expect.objectContaining({ code: 'NOT_IN_CATALOGUE', field: 'input.certificateNumber' }));
    expect(await receiveUnit({ serialNumber, stoneId: stone.id, locationId: 'vault' })).toEqual(
      expect.objectContaining({
        __typename: 'InputValidationError',
        fieldErrors: [{ field: 'input.certificateLab' }, { field: 'input.certificateNumber' }],
      }),
    );
    const received = await receiveUnit({
      serialNumber,
      stoneId: stone.id,
      certificateLab: 'gia',
      certificateNumber: stone.certificateNumber,
      locationId: 'consignment',
    });
    expect(received).toEqual(
      expect.objectContaining({
        __typename: 'StockUnit',
        status: 'ON_CONSIGNMENT',
        certificateLab: 'GIA',
        certificateNumber: stone.certificateNumber,
      }),
    );
    // The same stone (or serial) cannot come in twice
    expect(
      (
        await receiveUnit({
          serialNumber: `${serialNumber}-2`,
          stoneId: stone.id,
          certificateLab: 'GIA',
          certificateNumber: stone.certificateNumber,
          locationId: 'vault',
        })
      ).__typename,
    ).toBe('InputValidationError');
    // And the configurator sees the stone as available
    const availability = await h.call<{ _entities: Array<{ availability: { status: string; quantityAvailable: number } }> }>(
      h.signer.gatewayAs(null),
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Stone { availability { status quantityAvailable } } } }`,
      { r: [{ __typename: 'Stone', id: stone.id }] },
    );
    expect(availability.data!._entities).toEqual([{ availability: { status: 'LOW_STOCK', quantityAvailable: 1 } }]);
  });

  it('adjusts with a reason, never below what checkouts hold, and records who did it', async () => {
    const { skus } = await h.newProduct(1);
    const count = await h.receive(skus[0], 3);
    await h.reserve([{ sku: skus[0], quantity: 2 }]);
    expect((await adjust({ sku: skus[0], locationId: 'vault', change: -1, reason: '' })).fieldErrors).toEqual([{ field: 'input.reason' }]);
    expect(await adjust({ sku: skus[0], locationId: 'vault', change: -2, reason: 'Damaged in setting' })).toEqual(
      expect.objectContaining({ __typename: 'InsufficientStockError', code: 'INSUFFICIENT_STOCK' }),
    );
    expect(await adjust({ sku: skus[0], locationId: 'showroom', change: 1, reason: 'Found' })).toEqual(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(await adjust({ sku: skus[0], locationId: 'vault', change: -1, reason: 'Damaged in setting' })).toEqual(
      expect.objectContaining({ onHand: 2, reserved: 2, available: 0 }),
    );
    const [movement] = await h.inventory.dataSource.query(
      `SELECT kind, reason, actor, actor_role FROM stock_movement WHERE level_id = $1 ORDER BY id DESC LIMIT 1`,
      [count.id],
    );
    expect(movement).toEqual({ kind: 'ADJUSTMENT', reason: 'Damaged in setting', actor: 'staff-inventory-e2e', actor_role: 'staff' });
    // Audited in the same transaction: the audit event waits on the queue for the customers subgraph
    const audits = await h.inventory.dataSource.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'customers.audit-log' AND data->'data'->>'action' = 'stock.adjusted' AND data->'data'->>'targetId' = $1`,
      [count.id],
    );
    expect(audits[0].n).toBe(1);
  });

  it('transfers free stock through an in-transit state, once, and shows where to see it', async () => {
    const { id: productId, skus } = await h.newProduct(1);
    await h.receive(skus[0], 4);
    const sent = await staff(
      'transferStock(input: $input)',
      '$input: TransferStockInput!',
      `{ __typename ... on StockTransfer { id status quantity } ... on ErrorResult { code } }`,
      { input: { sku: skus[0], fromLocationId: 'vault', toLocationId: 'showroom', quantity: 3, note: 'For the window' } },
    );
    expect(sent).toEqual(expect.objectContaining({ __typename: 'StockTransfer', status: 'IN_TRANSIT', quantity: 3 }));
    // In transit it is sellable nowhere
    expect(await h.availability([productId])).toEqual([expect.objectContaining({ status: 'LOW_STOCK', quantityAvailable: 1 })]);
    expect(
      await staff('transferStock(input: $input)', '$input: TransferStockInput!', `{ __typename ... on ErrorResult { code } }`, {
        input: { sku: skus[0], fromLocationId: 'vault', toLocationId: 'showroom', quantity: 2 },
      }),
    ).toEqual({ __typename: 'InsufficientStockError', code: 'INSUFFICIENT_STOCK' });
    const receive = () =>
      staff('receiveTransfer(id: $id)', '$id: ID!', `{ __typename ... on StockTransfer { status } ... on ErrorResult { code } }`, {
        id: sent.id,
      });
    expect(await receive()).toEqual({ __typename: 'StockTransfer', status: 'RECEIVED' });
    expect(await receive()).toEqual({ __typename: 'TransferAlreadyReceivedError', code: 'TRANSFER_ALREADY_RECEIVED' });
    const [available] = await h.availability([productId]);
    expect(available).toEqual(expect.objectContaining({ status: 'IN_STOCK', quantityAvailable: 4 }));
    expect(available.viewingLocations.map((l) => l.id).sort()).toEqual(['showroom', 'vault']);
  });

  it('sends a unit to the atelier, where it is not for sale, and back', async () => {
    const { id: productId } = await h.newProduct(1);
    const unit = await h.receivePiece(productId);
    const transfer = (to: string, from: string) =>
      staff(
        'transferStock(input: $input)',
        '$input: TransferStockInput!',
        `{ __typename ... on StockTransfer { id } ... on ErrorResult { code } }`,
        {
          input: { serialNumber: unit.serialNumber, fromLocationId: from, toLocationId: to },
        },
      );
    const toAtelier = await transfer('atelier', 'vault');
    await staff('receiveTransfer(id: $id)', '$id: ID!', `{ __typename }`, { id: toAtelier.id });
    const [{ status }] = await h.inventory.dataSource.query(`SELECT status FROM stock_unit WHERE id = $1`, [unit.id]);
    expect(status).toBe('IN_ATELIER');
    expect(await h.availability([productId])).toEqual([expect.objectContaining({ status: 'SOLD_OUT' })]);
    expect(await h.reserve([{ productId }])).toEqual(expect.objectContaining({ __typename: 'OutOfStockError' }));
    expect((await transfer('showroom', 'vault')).code).toBe('UNIT_UNAVAILABLE');
    await staff('receiveTransfer(id: $id)', '$id: ID!', `{ __typename }`, { id: (await transfer('showroom', 'atelier')).id });
    expect(await h.availability([productId])).toEqual([
      expect.objectContaining({ status: 'LOW_STOCK', viewingLocations: [{ id: 'showroom' }] }),
    ]);
  });

  it('reconciles a cycle count: adjusts what differs, reports missing and unexpected units, refuses a count below holds', async () => {
    const a = await h.newProduct(2);
    await h.receive(a.skus[0], 5, 'showroom');
    await h.receive(a.skus[1], 2, 'showroom');
    const pieceOnShelf = await h.receivePiece((await h.newProduct(1)).id, 'showroom');
    const pieceMissing = await h.receivePiece((await h.newProduct(1)).id, 'showroom');
    const count = (input: Record<string, unknown>) =>
      staff(
        'reconcileCycleCount(input: $input)',
        '$input: CycleCountInput!',
        `{ __typename ... on CycleCountResult { adjustments { sku onHandDelta reason } missingUnits { serialNumber } unexpectedSerialNumbers } ... on ErrorResult { code } ... on InputValidationError { fieldErrors { field } } }`,
        { input },
      );
    const result = await count({
      locationId: 'showroom',
      lines: [
        { sku: a.skus[0], counted: 4 },
        { sku: a.skus[1], counted: 2 },
      ],
      serialNumbersSeen: [pieceOnShelf.serialNumber, 'STRAY-001'],
      note: 'Window A',
    });
    // (other tests keep units in the showroom too: this one looks only at its own)
    const missing = (result.missingUnits as Array<{ serialNumber: string }>).map((u) => u.serialNumber);
    expect(result.adjustments).toEqual([{ sku: a.skus[0], onHandDelta: -1, reason: 'Cycle count: Window A' }]);
    expect(missing).toContain(pieceMissing.serialNumber);
    expect(missing).not.toContain(pieceOnShelf.serialNumber);
    expect(result.unexpectedSerialNumbers).toEqual(['STRAY-001']);
    await h.reserve([{ sku: a.skus[1], quantity: 2 }]);
    expect(
      await count({
        locationId: 'showroom',
        lines: [
          { sku: a.skus[0], counted: 9 },
          { sku: a.skus[1], counted: 1 },
        ],
      }),
    ).toEqual(expect.objectContaining({ __typename: 'InsufficientStockError' }));
    // All or nothing: the first line's difference was not written either
    const [level] = await h.inventory.dataSource.query(`SELECT on_hand FROM stock_level WHERE sku = $1`, [a.skus[0]]);
    expect(level.on_hand).toBe(4);
    expect(
      (
        await count({
          locationId: 'showroom',
          lines: [
            { sku: a.skus[0], counted: 1 },
            { sku: a.skus[0], counted: 2 },
          ],
        })
      ).fieldErrors,
    ).toEqual([{ field: 'input.lines.1' }]);
  });

  it('books metal in and out of the atelier by weight, to the milligram, never below zero', async () => {
    const book = (input: Record<string, unknown>, signer = h.signer.atelier) =>
      staff(
        'bookMetal(input: $input)',
        '$input: BookMetalInput!',
        `{ __typename ... on MetalBalance { alloy grams } ... on ErrorResult { code } ... on InputValidationError { fieldErrors { field } } }`,
        { input },
        signer,
      );
    const before = await h.call<{ metalStock: Array<{ alloy: string; grams: number }> }>(
      h.signer.atelier,
      `{ metalStock { alloy grams } }`,
    );
    const rose = before.data!.metalStock.find((m) => m.alloy === 'ROSE_GOLD_18K')!.grams;
    expect(await book({ alloy: 'ROSE_GOLD_18K', grams: 12.345, direction: 'IN', reason: 'Cookson invoice 88' })).toEqual({
      __typename: 'MetalBalance',
      alloy: 'ROSE_GOLD_18K',
      grams: Math.round((rose + 12.345) * 1000) / 1000,
    });
    expect(await book({ alloy: 'ROSE_GOLD_18K', grams: rose + 13, direction: 'OUT', reason: 'Casting job 17' })).toEqual(
      expect.objectContaining({ __typename: 'InsufficientStockError' }),
    );
    expect((await book({ alloy: 'ROSE_GOLD_18K', grams: 1.2345, direction: 'OUT', reason: 'x' })).fieldErrors).toEqual([
      { field: 'input.reason' },
      { field: 'input.grams' },
    ]);
    expect(await book({ alloy: 'ROSE_GOLD_18K', grams: 2.005, direction: 'OUT', reason: 'Casting job 17' })).toEqual(
      expect.objectContaining({ grams: Math.round((rose + 10.34) * 1000) / 1000 }),
    );
    // A client cannot book metal
    const refused = await h.call(
      h.signer.customer,
      `mutation { bookMetal(input: { alloy: PLATINUM, grams: 1, direction: IN, reason: "mine" }) { __typename } }`,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('raises one low-stock alert per crossing, mails stock control once, and clears it on restock', async () => {
    const { skus } = await h.newProduct(1);
    await h.receive(skus[0], 5);
    const threshold = await staff('setLowStockThreshold(input: $input)', '$input: SetLowStockThresholdInput!', `{ ${STOCK} }`, {
      input: { sku: skus[0], locationId: 'vault', threshold: 2 },
    });
    expect(threshold).toEqual(expect.objectContaining({ lowStockThreshold: 2 }));
    const alerts = async () =>
      (await h.inventory.dataSource.query(`SELECT cleared_at FROM low_stock_alert WHERE level_id = $1 ORDER BY raised_at`, [
        threshold.id,
      ])) as Array<{
        cleared_at: Date | null;
      }>;
    // Selling down past the threshold, one piece at a time, raises one alert
    const holds = [];
    for (let i = 0; i < 4; i++) holds.push(await h.reserve([{ sku: skus[0], quantity: 1 }]));
    expect(await alerts()).toEqual([{ cleared_at: null }]);
    // Holds that lapse do not clear it (no flapping); a restock does
    for (const hold of holds) await h.release(hold.id!);
    expect(await alerts()).toEqual([{ cleared_at: null }]);
    await h.receive(skus[0], 2);
    expect((await alerts())[0].cleared_at).not.toBeNull();
    // The next crossing is a new alert
    await h.reserve([{ sku: skus[0], quantity: 5 }]);
    expect(await alerts()).toHaveLength(2);
    // Stock control got one mail per alert, through the outbox
    const mails = await eventually(
      async () =>
        (
          (await (await fetch(`${h.mailSinkUrl}/api/messages?to=stock.control@elysium.example`)).json()) as Array<{ subject: string }>
        ).filter((m) => m.subject.includes(skus[0])),
      (found) => found.length >= 2,
    );
    expect(mails.map((m) => m.subject)).toEqual([`Low stock: ${skus[0]} at The Vault`, `Low stock: ${skus[0]} at The Vault`]);
  });

  it('takes a sold unit back as RETURNED, and on sale again only after inspection', async () => {
    const { id: productId } = await h.newProduct(1);
    const unit = await h.receivePiece(productId);
    const sale = await h.reserve([{ unitId: unit.id }]);
    await h.commit(sale.id!);
    const back = await staff('recordReturn(input: $input)', '$input: RecordReturnInput!', `{ ${UNIT} }`, {
      input: { serialNumber: unit.serialNumber, locationId: 'vault', reason: 'Order 1042: resize declined' },
    });
    expect(back).toEqual(expect.objectContaining({ __typename: 'StockUnit', status: 'RETURNED' }));
    expect(await h.availability([productId])).toEqual([expect.objectContaining({ status: 'SOLD_OUT' })]);
    const restocked = await staff('restockReturnedUnit(serialNumber: $serial)', '$serial: String!', `{ ${UNIT} }`, {
      serial: unit.serialNumber,
    });
    expect(restocked).toEqual(expect.objectContaining({ status: 'AVAILABLE' }));
    expect(await h.availability([productId])).toEqual([expect.objectContaining({ status: 'LOW_STOCK' })]);
  });

  it('pages the ledger by cursor with filters, and refuses cursors it did not give out', async () => {
    const { skus } = await h.newProduct(1);
    for (let i = 0; i < 5; i++) await h.receive(skus[0], 1);
    const held = await h.reserve([{ sku: skus[0], quantity: 2 }]);
    const page = (after: string | null, kinds: string[] | null = null) =>
      h.call<{ stockMovements: { nodes: Array<{ id: string; kind: string; sku: string }>; endCursor: string | null } }>(
        h.signer.staff,
        `query ($filter: StockMovementFilter, $after: String) { stockMovements(filter: $filter, first: 2, after: $after) { nodes { id kind sku } endCursor } }`,
        { filter: { sku: skus[0], kinds }, after },
      );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await page(cursor);
      seen.push(...response.data!.stockMovements.nodes.map((n) => n.id));
      cursor = response.data!.stockMovements.endCursor;
    } while (cursor);
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);
    expect(seen.map(Number)).toEqual([...seen.map(Number)].sort((x, y) => y - x));
    const reservations = await page(null, ['RESERVATION']);
    expect(reservations.data!.stockMovements.nodes).toEqual([expect.objectContaining({ kind: 'RESERVATION', sku: skus[0] })]);
    const byReservation = await h.call<{ stockMovements: { nodes: unknown[] } }>(
      h.signer.staff,
      `query ($id: ID!) { stockMovements(filter: { reservationId: $id }) { nodes { id } } }`,
      {
        id: held.id,
      },
    );
    expect(byReservation.data!.stockMovements.nodes).toHaveLength(1);
    const forged = await page(Buffer.from('movement:1 OR 1=1').toString('base64url'));
    expect(forged.errors?.[0]?.extensions).toEqual(expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }));
    const check = await h.call<{ stockLedgerCheck: unknown[] }>(h.signer.staff, `{ stockLedgerCheck { record id detail } }`);
    expect(check.data!.stockLedgerCheck).toEqual([]);
  });

  it('keeps stock control to staff: clients are forbidden, anonymous callers must sign in', async () => {
    const query = `{ locationStock(first: 1) { id } }`;
    expect((await h.call(h.signer.customer, query)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.call(h.signer.gatewayAs(null), query)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await h.call(h.signer.staff, query)).errors).toBeUndefined();
  });

  it('refuses to change or delete a ledger row, even for the database owner', async () => {
    await expect(h.inventory.dataSource.query(`UPDATE stock_movement SET on_hand_delta = 100`)).rejects.toThrow(/append-only/);
    await expect(h.inventory.dataSource.query(`DELETE FROM stock_movement`)).rejects.toThrow(/append-only/);
  });
});
