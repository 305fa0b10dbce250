import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { Client } from 'pg';
import { stripeSignature } from '@elysium/stripe-double';
import { devSecret, mintBearerToken, signedCall } from '@elysium/subgraph-kit/core';
import { eventually, graphqlRequest } from '@elysium/subgraph-kit/testing';
import { CONFIGURATOR_VIEW_SELECTION, firstOfferedChoice, type ConfiguratorView } from '@elysium/catalog';
import { launchTestGraph, type TestGraph } from '@elysium/tools';

const JWT_SECRET = 'dev-only-jwt-change-me';

/** The money path through the gateway: cart, checkout, Stripe (the double), webhooks, stock and mail. */
describe('checkout through the gateway', () => {
  let graph: TestGraph;
  let staffToken: string;
  let stripe: Stripe;
  let sql: Client;
  /** Made-to-order pieces with variants, found from the graph; each test takes its own. */
  let pieces: Array<{ id: string; sku: string; price: number }>;
  let spareSkus: Array<{ id: string; sku: string; price: number }>;

  beforeAll(async () => {
    graph = await launchTestGraph('checkout');
    staffToken = await mintBearerToken({ subject: 'staff-checkout', role: 'staff' }, JWT_SECRET);
    const url = new URL(graph.stripeUrl);
    stripe = new Stripe('sk_test_checkout_e2e', { host: url.hostname, port: Number(url.port), protocol: 'http' });
    sql = new Client({ connectionString: graph.databaseUrl });
    await sql.connect();
    const listing = await graphqlRequest<{
      products: { nodes: Array<{ id: string; leadTimeWeeks: number | null; variants: Array<{ sku: string; price: { amount: number } }> }> };
    }>(graph.gatewayUrl, '{ products(first: 100) { nodes { id leadTimeWeeks variants { sku price { amount } } } } }', {
      token: staffToken,
    });
    const stocked = listing.data!.products.nodes.filter((p) => p.leadTimeWeeks === null && p.variants.length > 1);
    // Five pieces whose availability is one test's alone; the variants of the others, for tests that only follow their order.
    pieces = stocked.slice(0, 5).map((p) => ({ id: p.id, sku: p.variants[0].sku, price: p.variants[0].price.amount }));
    spareSkus = stocked.slice(5).flatMap((p) => p.variants.map((v) => ({ id: p.id, sku: v.sku, price: v.price.amount })));
  }, 120_000);

  afterAll(async () => {
    await sql?.end();
    await graph?.stop();
  });

  const newClient = async () => ({
    id: randomUUID(),
    token: await mintBearerToken({ subject: randomUUID(), role: 'customer' }, JWT_SECRET),
  });
  /** A piece (product) of the test's own: its availability is this test's alone. */
  const take = () => pieces.shift()!;
  /** A SKU of the test's own (another variant of some piece): for tests that only follow their order. */
  const takeSku = () => spareSkus.shift()!;

  async function stock(sku: string, quantity: number): Promise<void> {
    const response = await graphqlRequest<{ receiveStock: { __typename: string } }>(
      graph.gatewayUrl,
      'mutation ($sku: String!, $q: Int!) { receiveStock(input: { sku: $sku, locationId: "vault", quantity: $q }) { __typename } }',
      { token: staffToken, variables: { sku, q: quantity } },
    );
    expect(response.data!.receiveStock.__typename).toBe('LocationStock');
  }

  async function addToCart(sku: string, token?: string, guestCartToken?: string) {
    const response = await graphqlRequest<{
      addToCart: { __typename: string; guestCartToken: string | null; cart: { itemCount: number; subtotal: { amount: number } } };
    }>(
      graph.gatewayUrl,
      'mutation ($sku: String!, $g: String) { addToCart(input: { sku: $sku }, guestCartToken: $g) { __typename ... on CartUpdate { guestCartToken cart { itemCount subtotal { amount } } } } }',
      { token, variables: { sku, g: guestCartToken ?? null } },
    );
    if (response.data?.addToCart.__typename !== 'CartUpdate') throw new Error(`addToCart: ${JSON.stringify(response)}`);
    return response.data.addToCart;
  }

  const PLACE = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) {
    __typename
    ... on PlacedOrder { paymentClientSecret amountDue { amount } order { id number status total { amount } vat { amount } } }
    ... on ErrorResult { code message }
  } }`;

  async function placeOrder(options: { token?: string; guestCartToken?: string; email: string; key?: string }) {
    const response = await graphqlRequest<{
      placeOrder: {
        __typename: string;
        paymentClientSecret?: string;
        order?: { id: string; number: string; status: string; total: { amount: number }; vat: { amount: number } };
        code?: string;
      };
    }>(graph.gatewayUrl, PLACE, {
      token: options.token,
      variables: {
        input: {
          idempotencyKey: options.key ?? `checkout-${randomUUID()}`,
          guestCartToken: options.guestCartToken ?? null,
          contactEmail: options.email,
          delivery: {
            method: 'UK_NEXT_DAY_INSURED',
            address: { recipientName: 'A Client', line1: '1 Mount Street', city: 'London', postcode: 'W1K 2RN', countryCode: 'GB' },
          },
        },
      },
    });
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.placeOrder;
  }

  /**
   * The client's browser completing the payment with Stripe.js: here, the SDK against the double.
   * Above THREE_D_SECURE_FROM (£5,000) the bank asks for 3-D Secure: the client completes it.
   */
  async function pay(clientSecret: string, card = 'pm_card_visa'): Promise<void> {
    const intent = await stripe.paymentIntents.confirm(clientSecret.split('_secret_')[0], {
      payment_method: card,
      return_url: 'https://elysium.example/checkout/done',
    });
    if (intent.status !== 'requires_action') return;
    const answer = await fetch(intent.next_action!.redirect_to_url!.url!, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=complete',
      redirect: 'manual',
    });
    // Back to the shop's return_url, as Stripe sends the client after the bank's challenge.
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toContain('redirect_status=succeeded');
  }

  async function orderRow(id: string) {
    const { rows } = await sql.query(`SELECT status, refunded_amount, cancel_reason, total_amount FROM orders."order" WHERE id = $1`, [id]);
    return rows[0] as { status: string; refunded_amount: number; cancel_reason: string | null; total_amount: number };
  }

  /** The order's status once the payment's outcome has been acted on. */
  const settledStatus = async (orderId: string) =>
    (
      await eventually(
        () => orderRow(orderId),
        (o) => o.status !== 'PENDING_PAYMENT',
      )
    ).status;

  const mailsTo = async (email: string) =>
    (await (await fetch(`${graph.mailSinkUrl}/api/messages?to=${encodeURIComponent(email)}`)).json()) as Array<{ subject: string }>;

  it('takes a client from cart to a paid order, charges the server’s price once, commits the stock and mails once', async () => {
    const piece = take();
    await stock(piece.sku, 1);
    const client = await newClient();
    const added = await addToCart(piece.sku, client.token);
    expect(added.cart).toEqual({ itemCount: 1, subtotal: { amount: piece.price } });
    const email = `client-${randomUUID()}@example.com`;
    const placed = await placeOrder({ token: client.token, email });
    expect(placed.__typename).toBe('PlacedOrder');
    expect(placed.order).toEqual(expect.objectContaining({ status: 'PENDING_PAYMENT', total: { amount: piece.price } }));
    expect(placed.order!.vat.amount).toBe(Math.round(piece.price / 6));
    expect(placed.order!.number).toMatch(/^EL+Y?-\d{6}$/);
    // The piece is held for this client while they pay
    const held = await graphqlRequest<{ product: { availability: { status: string } } }>(
      graph.gatewayUrl,
      'query ($id: ID!) { product(id: $id) { availability { status } } }',
      {
        token: client.token,
        variables: { id: piece.id },
      },
    );
    expect(held.data!.product.availability.status).toBe('RESERVED');
    await pay(placed.paymentClientSecret!);
    expect(await settledStatus(placed.order!.id)).toBe('PAID');
    const mails = await eventually(
      () => mailsTo(email),
      (m) => m.length > 0,
    );
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect((await mailsTo(email)).map((m) => m.subject)).toEqual([`Your ELYSIUM order ${placed.order!.number}`]);
    expect(mails).toHaveLength(1);
    const ledger = await graphqlRequest<{ stockLedgerCheck: unknown[] }>(graph.gatewayUrl, '{ stockLedgerCheck { id } }', {
      token: staffToken,
    });
    expect(ledger.data!.stockLedgerCheck).toEqual([]);
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM inventory.stock_movement WHERE sku = $1 AND kind = 'SALE'`, [
      piece.sku,
    ]);
    expect(rows[0].n).toBe(1);
  });

  it('never charges the loser of a race for the last piece: refused before payment, or refunded with the order cancelled', async () => {
    for (let round = 0; round < 4; round++) {
      const piece = takeSku();
      await stock(piece.sku, 1);
      const [a, b] = await Promise.all([newClient(), newClient()]);
      await addToCart(piece.sku, a.token);
      await addToCart(piece.sku, b.token);
      const [first, second] = await Promise.all([
        placeOrder({ token: a.token, email: `a-${randomUUID()}@example.com` }),
        placeOrder({ token: b.token, email: `b-${randomUUID()}@example.com` }),
      ]);
      const outcomes = [first.__typename, second.__typename].sort();
      expect(outcomes).toEqual(['PiecesUnavailableError', 'PlacedOrder']);
      const winner = first.__typename === 'PlacedOrder' ? first : second;
      await pay(winner.paymentClientSecret!);
      expect(await settledStatus(winner.order!.id)).toBe('PAID');
    }
  });

  it('refunds in full and cancels an order paid after its hold lapsed and the piece went to someone else', async () => {
    const piece = takeSku();
    await stock(piece.sku, 1);
    const [late, prompt] = await Promise.all([newClient(), newClient()]);
    await addToCart(piece.sku, late.token);
    const slow = await placeOrder({ token: late.token, email: `late-${randomUUID()}@example.com` });
    // The slow client's hold lapses (as after 30 minutes, here at once: its hold is expired the way the sweep ends it), and another client buys the piece
    const { rows } = await sql.query(`SELECT reservation_id FROM orders."order" WHERE id = $1`, [slow.order!.id]);
    const release = `mutation ($id: ID!) { releaseReservation(id: $id) { __typename } }`;
    const released = await graphqlRequest<{ releaseReservation: { __typename: string } }>(graph.subgraphUrls.inventory, release, {
      headers: signedCall('inventory', devSecret('identity'), null, 'tools'),
      variables: { id: rows[0].reservation_id },
    });
    expect(released.data!.releaseReservation.__typename).toBe('Reservation');
    await addToCart(piece.sku, prompt.token);
    const quick = await placeOrder({ token: prompt.token, email: `prompt-${randomUUID()}@example.com` });
    expect(quick.__typename).toBe('PlacedOrder');
    await pay(quick.paymentClientSecret!);
    expect(await settledStatus(quick.order!.id)).toBe('PAID');
    // When the slow client pays after all
    await pay(slow.paymentClientSecret!);
    // Then their order is cancelled with its reason and every penny refunded
    const cancelled = await eventually(
      () => orderRow(slow.order!.id),
      (o) => o.status === 'CANCELLED' && o.refunded_amount > 0,
    );
    expect(cancelled).toEqual(expect.objectContaining({ status: 'CANCELLED', refunded_amount: cancelled.total_amount }));
    expect(cancelled.cancel_reason).toMatch(/no longer available/);
  });

  it('lets a guest check out with a cart token, and ignores a client-sent amount', async () => {
    const piece = takeSku();
    await stock(piece.sku, 2);
    const first = await addToCart(piece.sku);
    expect(first.guestCartToken).toEqual(expect.any(String));
    await addToCart(piece.sku, undefined, first.guestCartToken!);
    const email = `guest-${randomUUID()}@example.com`;
    const tampered = await graphqlRequest(
      graph.gatewayUrl,
      PLACE.replace('placeOrder(input: $input)', 'placeOrder(input: $input, amount: 1)'),
      {
        variables: {
          input: {
            idempotencyKey: `k-${randomUUID()}`,
            guestCartToken: first.guestCartToken,
            contactEmail: email,
            delivery: { method: 'COLLECTION' },
          },
        },
      },
    );
    expect(tampered.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const placed = await placeOrder({ guestCartToken: first.guestCartToken!, email });
    expect(placed.__typename).toBe('PlacedOrder');
    expect(placed.order!.total.amount).toBe(piece.price * 2);
    await pay(placed.paymentClientSecret!);
    expect(await settledStatus(placed.order!.id)).toBe('PAID');
    expect(
      await eventually(
        () => mailsTo(email),
        (m) => m.length > 0,
      ),
    ).toHaveLength(1);
  });

  it('gives one order for one idempotency key sent twice at once, and again after the first checkout died mid-way', async () => {
    const piece = takeSku();
    await stock(piece.sku, 3);
    const client = await newClient();
    await addToCart(piece.sku, client.token);
    const key = `same-${randomUUID()}`;
    const email = `twice-${randomUUID()}@example.com`;
    const [one, two] = await Promise.all([
      placeOrder({ token: client.token, email, key }),
      placeOrder({ token: client.token, email, key }),
    ]);
    expect(one.__typename).toBe('PlacedOrder');
    expect(two.order!.id).toBe(one.order!.id);
    expect(two.paymentClientSecret).toBe(one.paymentClientSecret);
    // A checkout whose process died after creating the order (its claim left IN_PROGRESS) is taken over by the repeat
    await sql.query(
      `UPDATE orders.checkout SET state = 'IN_PROGRESS', updated_at = now() - interval '2 minutes' WHERE idempotency_key = $1`,
      [key],
    );
    const resumed = await placeOrder({ token: client.token, email, key });
    expect(resumed.order!.id).toBe(one.order!.id);
    expect(resumed.paymentClientSecret).toBe(one.paymentClientSecret);
    const { rows } = await sql.query(`SELECT state FROM orders.checkout WHERE idempotency_key = $1`, [key]);
    expect(rows).toEqual([{ state: 'PLACED' }]);
  });

  it('changes an order once when Stripe’s events are replayed five times and out of order; a bad signature changes nothing', async () => {
    const piece = takeSku();
    await stock(piece.sku, 1);
    const client = await newClient();
    await addToCart(piece.sku, client.token);
    const email = `replay-${randomUUID()}@example.com`;
    const placed = await placeOrder({ token: client.token, email });
    const intentId = placed.paymentClientSecret!.split('_secret_')[0];
    await pay(placed.paymentClientSecret!);
    await eventually(
      () => orderRow(placed.order!.id),
      (o) => o.status === 'PAID',
    );
    const events = (await stripe.events.list({ limit: 100 })).data
      .filter((e) => JSON.stringify(e.data.object).includes(intentId))
      .reverse();
    const webhook = new URL('/webhooks/stripe', graph.subgraphUrls.payments);
    for (let i = 0; i < 5; i++) {
      for (const event of [...events].reverse()) {
        const payload = JSON.stringify(event);
        const response = await fetch(webhook, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'stripe-signature': stripeSignature(payload, devSecret('stripe-webhook')) },
          body: payload,
        });
        expect(response.status).toBe(200);
      }
    }
    const forged = JSON.stringify({ ...events[0], id: `evt_${randomUUID()}` });
    const refused = await fetch(webhook, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'stripe-signature': stripeSignature(forged, 'whsec_wrong') },
      body: forged,
    });
    expect(refused.status).toBe(400);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const { rows } = await sql.query(
      `SELECT to_status FROM orders.order_history WHERE order_id = $1 AND to_status IS NOT NULL ORDER BY id`,
      [placed.order!.id],
    );
    expect(rows.map((r) => r.to_status)).toEqual(['PENDING_PAYMENT', 'PAID']);
    expect(await mailsTo(email)).toHaveLength(1);
  });

  it('gives staff an order desk: search, moves the life cycle allows, notes, a partial refund and the mail again, each in the history', async () => {
    const piece = takeSku();
    await stock(piece.sku, 1);
    const client = await newClient();
    await addToCart(piece.sku, client.token);
    const email = `desk-${randomUUID()}@example.com`;
    const placed = await placeOrder({ token: client.token, email });
    await pay(placed.paymentClientSecret!);
    await eventually(
      () => orderRow(placed.order!.id),
      (o) => o.status === 'PAID',
    );
    const staff = <T>(query: string, variables: Record<string, unknown>) =>
      graphqlRequest<T>(graph.gatewayUrl, query, { token: staffToken, variables });
    const found = await staff<{ orders: { nodes: Array<{ id: string }> } }>(
      'query ($n: String!) { orders(filter: { number: $n }) { nodes { id } } }',
      {
        n: placed.order!.number,
      },
    );
    expect(found.data!.orders.nodes).toEqual([{ id: placed.order!.id }]);
    const MOVE =
      'mutation ($id: ID!, $to: OrderStatus!) { transitionOrder(id: $id, to: $to, note: "desk") { __typename ... on Order { status } ... on ErrorResult { code } } }';
    expect((await staff<{ transitionOrder: unknown }>(MOVE, { id: placed.order!.id, to: 'READY' })).data!.transitionOrder).toEqual({
      __typename: 'Order',
      status: 'READY',
    });
    expect((await staff<{ transitionOrder: unknown }>(MOVE, { id: placed.order!.id, to: 'PAID' })).data!.transitionOrder).toEqual(
      expect.objectContaining({ __typename: 'IllegalTransitionError' }),
    );
    await staff('mutation ($id: ID!) { addOrderNote(id: $id, note: "Client asked for gift wrap") { __typename } }', {
      id: placed.order!.id,
    });
    const refund = await staff<{ refundOrder: { __typename: string } }>(
      'mutation ($id: ID!) { refundOrder(id: $id, amount: 10000, reason: "Goodwill") { __typename } }',
      { id: placed.order!.id },
    );
    expect(refund.data!.refundOrder.__typename).toBe('Order');
    const refunded = await eventually(
      () => orderRow(placed.order!.id),
      (o) => o.refunded_amount > 0,
    );
    expect(refunded).toEqual(expect.objectContaining({ status: 'PARTIALLY_REFUNDED', refunded_amount: 10000 }));
    await staff('mutation ($id: ID!) { resendOrderConfirmation(id: $id) { __typename } }', { id: placed.order!.id });
    expect(
      await eventually(
        () => mailsTo(email),
        (m) => m.length >= 2,
      ),
    ).toHaveLength(2);
    // The history is staff's: the client sees none of it, nor may they use the desk
    const HISTORY = 'query ($id: ID!) { order(id: $id) { history { toStatus note } } }';
    const history = await staff<{ order: { history: Array<{ toStatus: string | null; note: string | null }> } }>(HISTORY, {
      id: placed.order!.id,
    });
    expect(history.data!.order.history.map((h) => h.toStatus ?? h.note)).toEqual(
      expect.arrayContaining(['PENDING_PAYMENT', 'PAID', 'READY', 'Client asked for gift wrap', 'PARTIALLY_REFUNDED']),
    );
    const asClient = await graphqlRequest<{ order: { history: unknown } }>(graph.gatewayUrl, HISTORY, {
      token: client.token,
      variables: { id: placed.order!.id },
    });
    expect(asClient.data!.order.history).toBeNull();
    const forbidden = await graphqlRequest(graph.gatewayUrl, MOVE, {
      token: client.token,
      variables: { id: placed.order!.id, to: 'SHIPPED' },
    });
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  /** Books a certified stone in as a unit, its certificate as the catalogue has it. */
  async function stockStone(stoneId: string): Promise<void> {
    const stone = await graphqlRequest<{ stone: { lab: string; certificateNumber: string } }>(
      graph.gatewayUrl,
      'query ($id: ID!) { stone(id: $id) { lab certificateNumber } }',
      {
        variables: { id: stoneId },
      },
    );
    const received = await graphqlRequest<{ receiveUnit: { __typename: string } }>(
      graph.gatewayUrl,
      'mutation ($input: ReceiveUnitInput!) { receiveUnit(input: $input) { __typename } }',
      {
        token: staffToken,
        variables: {
          input: {
            serialNumber: `E2E-${randomUUID().slice(0, 8)}`,
            stoneId,
            certificateLab: stone.data!.stone.lab,
            certificateNumber: stone.data!.stone.certificateNumber,
            locationId: 'vault',
          },
        },
      },
    );
    expect(received.data!.receiveUnit.__typename).toBe('StockUnit');
  }

  it('sells a loose certified stone, held by its unit', async () => {
    const stones = await graphqlRequest<{ stones: Array<{ id: string; price: { amount: number } | null }> }>(
      graph.gatewayUrl,
      '{ stones(first: 100) { id price { amount } } }',
      {
        token: staffToken,
      },
    );
    const stone = stones.data!.stones.filter((s) => s.price).at(-1)!;
    await stockStone(stone.id);
    const client = await newClient();
    const added = await graphqlRequest<{ addToCart: { __typename: string } }>(
      graph.gatewayUrl,
      'mutation ($id: ID!) { addToCart(input: { stoneId: $id }) { __typename } }',
      {
        token: client.token,
        variables: { id: stone.id },
      },
    );
    expect(added.data!.addToCart.__typename).toBe('CartUpdate');
    const placed = await placeOrder({ token: client.token, email: `stone-${randomUUID()}@example.com` });
    expect(placed.order!.total.amount).toBe(stone.price!.amount);
    await pay(placed.paymentClientSecret!);
    expect(await settledStatus(placed.order!.id)).toBe('PAID');
    const { rows } = await sql.query(`SELECT status, serial_number FROM inventory.stock_unit WHERE stone_id = $1`, [stone.id]);
    expect(rows).toEqual([{ status: 'SOLD', serial_number: expect.any(String) }]);
    // The order line names the very unit sold
    const line = await sql.query(`SELECT serial_number FROM orders.order_line WHERE order_id = $1`, [placed.order!.id]);
    expect(line.rows).toEqual([{ serial_number: rows[0].serial_number }]);
  });

  it('takes a deposit for a bespoke ring at checkout and the balance before dispatch, each its own payment', async () => {
    // Given a quote for a bespoke ring whose centre stone is in the vault
    const view = await graphqlRequest<{ configurator: ConfiguratorView }>(
      graph.gatewayUrl,
      `{ configurator(productId: "product-aurelia-solitaire") ${CONFIGURATOR_VIEW_SELECTION} }`,
    );
    const choice = firstOfferedChoice('product-aurelia-solitaire', view.data!.configurator);
    await stockStone(choice.stoneId);
    const quote = await graphqlRequest<{ priceConfiguration: { token: string; breakdown: { total: { amount: number } } } }>(
      graph.gatewayUrl,
      'query ($input: ConfigurationInput!) { priceConfiguration(input: $input) { ... on ConfigurationQuote { token breakdown { total { amount } } } } }',
      { variables: { input: choice } },
    );
    const { token, breakdown } = quote.data!.priceConfiguration;
    const client = await newClient();
    await graphqlRequest(graph.gatewayUrl, 'mutation ($t: String!) { addToCart(input: { quoteToken: $t }) { __typename } }', {
      token: client.token,
      variables: { t: token },
    });
    // When the client checks out: the deposit (30%) now
    const placed = await placeOrder({ token: client.token, email: `bespoke-${randomUUID()}@example.com` });
    expect(placed.__typename).toBe('PlacedOrder');
    const total = breakdown.total.amount;
    const deposit = Math.round(total * 0.3);
    const paidNow = await stripe.paymentIntents.retrieve(placed.paymentClientSecret!.split('_secret_')[0]);
    expect(paidNow.amount).toBe(deposit);
    await pay(placed.paymentClientSecret!);
    expect(await settledStatus(placed.order!.id)).toBe('IN_ATELIER');
    // The atelier finishes; it cannot leave before the balance is paid
    const MOVE =
      'mutation ($id: ID!, $to: OrderStatus!) { transitionOrder(id: $id, to: $to) { __typename ... on ErrorResult { message } } }';
    const move = (to: string) =>
      graphqlRequest<{ transitionOrder: { __typename: string; message?: string } }>(graph.gatewayUrl, MOVE, {
        token: staffToken,
        variables: { id: placed.order!.id, to },
      });
    expect((await move('READY')).data!.transitionOrder.__typename).toBe('Order');
    expect((await move('SHIPPED')).data!.transitionOrder).toEqual(
      expect.objectContaining({ __typename: 'IllegalTransitionError', message: expect.stringMatching(/balance/) }),
    );
    // The client pays the balance, as a payment of its own
    const balance = await graphqlRequest<{
      payBalance: { __typename: string; paymentClientSecret: string; amountDue: { amount: number } };
    }>(
      graph.gatewayUrl,
      'mutation ($id: ID!) { payBalance(orderId: $id) { __typename ... on BalancePayment { paymentClientSecret amountDue { amount } } } }',
      { token: client.token, variables: { id: placed.order!.id } },
    );
    expect(balance.data!.payBalance.amountDue.amount).toBe(total - deposit);
    expect(balance.data!.payBalance.paymentClientSecret).not.toBe(placed.paymentClientSecret);
    await pay(balance.data!.payBalance.paymentClientSecret);
    await eventually(
      async () => (await sql.query(`SELECT balance_paid_at FROM orders."order" WHERE id = $1`, [placed.order!.id])).rows[0].balance_paid_at,
      (paidAt) => paidAt !== null,
    );
    expect((await move('SHIPPED')).data!.transitionOrder.__typename).toBe('Order');
  });

  it("delivers to an address from the client's own address book, never another client's, and zero-rates an export", async () => {
    const piece = takeSku();
    await stock(piece.sku, 2);
    // Given a client with a Paris address in their book
    const client = { id: randomUUID(), token: '' };
    client.token = await mintBearerToken({ subject: client.id, role: 'customer' }, JWT_SECRET);
    await sql.query(`INSERT INTO customers.customer (id, email, given_name, family_name) VALUES ($1, $2, 'Élise', 'Moreau')`, [
      client.id,
      `elise-${client.id}@example.com`,
    ]);
    const added = await graphqlRequest<{ addAddress: { __typename: string; id: string } }>(
      graph.gatewayUrl,
      'mutation { addAddress(input: { recipientName: "Élise Moreau", line1: "3 Rue de Rivoli", city: "Paris", postcode: "75004", countryCode: "FR" }) { __typename ... on Address { id } } }',
      { token: client.token },
    );
    expect(added.data!.addAddress.__typename).toBe('Address');
    await addToCart(piece.sku, client.token);
    const checkout = (addressId: string, token: string) =>
      graphqlRequest<{
        placeOrder: {
          __typename: string;
          order?: { total: { amount: number }; vat: { amount: number }; deliveryAddress: { city: string } };
        };
      }>(
        graph.gatewayUrl,
        'mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on PlacedOrder { order { total { amount } vat { amount } deliveryAddress { city } } } } }',
        {
          token,
          variables: {
            input: {
              idempotencyKey: `book-${randomUUID()}`,
              contactEmail: 'elise@example.com',
              delivery: { method: 'INTERNATIONAL_INSURED', addressId },
            },
          },
        },
      );
    // Another client cannot ship to it
    const stranger = await newClient();
    await addToCart(piece.sku, stranger.token);
    expect((await checkout(added.data!.addAddress.id, stranger.token)).data!.placeOrder.__typename).toBe('InputValidationError');
    // The client can, and an export carries no UK VAT: the price is the net, and delivery too
    const placed = await checkout(added.data!.addAddress.id, client.token);
    expect(placed.data!.placeOrder.__typename).toBe('PlacedOrder');
    const net = piece.price - Math.round(piece.price / 6);
    const shippingNet = 9_500 - Math.round(9_500 / 6);
    expect(placed.data!.placeOrder.order).toEqual({
      total: { amount: net + shippingNet },
      vat: { amount: 0 },
      deliveryAddress: { city: 'Paris' },
    });
  });

  it('releases the hold when a card is declined, holds again when another card pays, cancels on a cancelled payment, and flags a dispute', async () => {
    const availability = async (productId: string) =>
      (
        await graphqlRequest<{ product: { availability: { status: string } } }>(
          graph.gatewayUrl,
          'query ($id: ID!) { product(id: $id) { availability { status } } }',
          {
            token: staffToken,
            variables: { id: productId },
          },
        )
      ).data!.product.availability.status;
    // A declined card: the piece is free again, the order still awaits payment
    const piece = take();
    await stock(piece.sku, 1);
    const client = await newClient();
    await addToCart(piece.sku, client.token);
    const placed = await placeOrder({ token: client.token, email: `declined-${randomUUID()}@example.com` });
    await expect(pay(placed.paymentClientSecret!, 'pm_card_chargeDeclinedInsufficientFunds')).rejects.toMatchObject({
      code: 'card_declined',
    });
    expect(
      await eventually(
        () => availability(piece.id),
        (status) => status === 'LOW_STOCK',
      ),
    ).toBe('LOW_STOCK');
    expect((await orderRow(placed.order!.id)).status).toBe('PENDING_PAYMENT');
    // Another card pays: the piece is held again and sold
    await pay(placed.paymentClientSecret!);
    expect(await settledStatus(placed.order!.id)).toBe('PAID');
    expect(await availability(piece.id)).toBe('SOLD_OUT');

    // A payment cancelled at Stripe: the order is cancelled and the piece freed
    const second = take();
    await stock(second.sku, 1);
    await addToCart(second.sku, client.token);
    const abandoned = await placeOrder({ token: client.token, email: `cancelled-${randomUUID()}@example.com` });
    await stripe.paymentIntents.cancel(abandoned.paymentClientSecret!.split('_secret_')[0]);
    expect(
      (
        await eventually(
          () => orderRow(abandoned.order!.id),
          (o) => o.status === 'CANCELLED',
        )
      ).status,
    ).toBe('CANCELLED');
    expect(await availability(second.id)).toBe('LOW_STOCK');

    // A disputed payment: the order stays paid and is flagged for staff
    const third = take();
    await stock(third.sku, 1);
    await addToCart(third.sku, client.token);
    const disputed = await placeOrder({ token: client.token, email: `disputed-${randomUUID()}@example.com` });
    await pay(disputed.paymentClientSecret!, 'pm_card_createDispute');
    // (Stripe's events may arrive in either order: the dispute can be recorded before the payment.)
    const flagged = await eventually(
      async () => (await sql.query(`SELECT status, disputed_at FROM orders."order" WHERE id = $1`, [disputed.order!.id])).rows[0],
      (o) => o.disputed_at !== null && o.status === 'PAID',
    );
    expect(flagged.status).toBe('PAID');
    expect(flagged.disputed_at).not.toBeNull();
  });
});
