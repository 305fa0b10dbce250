import { createHash, randomUUID } from 'node:crypto';
import {
  signedCall,
  signConfiguration,
  transactionRunner,
  type Identity,
  type PricedConfiguration,
  type RunningSubgraph,
} from '@elysium/subgraph-kit';
import { createTestDatabase, graphqlRequest, type TestDatabase } from '@elysium/subgraph-kit/testing';
import { seedCustomers } from '../src/seed';
import { startCustomers } from './start-customers';
import type { CustomersServices } from '../src/services';

const SECRET = 'customers-wishlist-e2e-identity-secret';
// Not the development default: proves the slice checks quotes with the secret it is given.
const TOKEN_SECRET = 'customers-wishlist-e2e-configuration-secret';

const as = (identity: Identity | null) => signedCall('customers', SECRET, identity);
const client = (id: string): Identity => ({ subject: id, role: 'customer' });
const staff: Identity = { subject: 'staff-wishlist', role: 'staff' };
const anonymous = null;

const ADD = `mutation ($input: AddToWishlistInput!, $customerId: ID, $guestToken: String) {
  addToWishlist(input: $input, customerId: $customerId, guestToken: $guestToken) {
    __typename
    ... on ErrorResult { code message }
    ... on InputValidationError { fieldErrors { field } }
    ... on WishlistFullError { limit }
    ... on AddedToWishlist {
      alreadyOnList guestToken
      item { id kind variantSku product { id }
        configuration { settingCode metal stoneId ringSize engraving quotedPrice { amount currency } quoteExpiresAt needsNewQuote quoteToken } }
    }
  }
}`;
const REMOVE = `mutation ($itemId: ID!, $customerId: ID, $guestToken: String) {
  removeFromWishlist(itemId: $itemId, customerId: $customerId, guestToken: $guestToken) {
    __typename ... on ErrorResult { code } ... on RemovedFromWishlist { itemId }
  }
}`;
const VIEW = `mutation ($productId: ID!, $customerId: ID, $guestToken: String) {
  recordProductView(productId: $productId, customerId: $customerId, guestToken: $guestToken) {
    __typename ... on ErrorResult { code } ... on ProductViewRecorded { guestToken view { product { id } } }
  }
}`;
const LISTS = `query ($id: ID!) { customer(id: $id) { wishlist { id kind variantSku product { id } configuration { quoteExpiresAt quotedPrice { amount } } } recentlyViewed(first: 50) { product { id } } } }`;
const GUEST = `query ($t: String!) { guestSession(guestToken: $t) { wishlist { product { id } } recentlyViewed(first: 50) { product { id } } } }`;

type Added = {
  __typename: string;
  code?: string;
  fieldErrors?: Array<{ field: string }>;
  limit?: number;
  alreadyOnList?: boolean;
  guestToken?: string | null;
  item?: {
    id: string;
    kind: string;
    variantSku: string | null;
    product: { id: string };
    configuration: null | {
      settingCode: string;
      metal: string;
      stoneId: string;
      ringSize: string;
      engraving: string | null;
      quotedPrice: { amount: number; currency: string };
      quoteExpiresAt: string;
      needsNewQuote: boolean;
      quoteToken: string | null;
    };
  };
};
type Lists = {
  customer: null | {
    wishlist: Array<{
      id: string;
      kind: string;
      variantSku: string | null;
      product: { id: string };
      configuration: { quotedPrice: { amount: number } } | null;
    }>;
    recentlyViewed: Array<{ product: { id: string } }>;
  };
};

/** Wishlists and recently viewed pieces, for clients and guests, over HTTP on a fresh database. */
describe('wishlist and recently viewed', () => {
  let database: TestDatabase;
  let customers: RunningSubgraph<CustomersServices>;

  const newClient = async () => {
    const id = randomUUID();
    await seedCustomers(customers.dataSource, [
      { id, email: `wish-${id}@example.com`, givenName: 'Wren', familyName: 'Wishart', phone: null },
    ]);
    return id;
  };
  const add = async (
    identity: Identity | null,
    input: Record<string, unknown>,
    args: { customerId?: string; guestToken?: string } = {},
  ) => {
    const response = await graphqlRequest<{ addToWishlist: Added }>(customers.url, ADD, {
      headers: as(identity),
      variables: { input, ...args },
    });
    expect(response.errors).toBeUndefined();
    return response.data!.addToWishlist;
  };
  const view = async (identity: Identity | null, productId: string, args: { customerId?: string; guestToken?: string } = {}) => {
    const response = await graphqlRequest<{ recordProductView: { __typename: string; code?: string; guestToken?: string | null } }>(
      customers.url,
      VIEW,
      { headers: as(identity), variables: { productId, ...args } },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.recordProductView;
  };
  const lists = async (id: string, identity: Identity = client(id)) =>
    (await graphqlRequest<Lists>(customers.url, LISTS, { headers: as(identity), variables: { id } })).data!.customer;
  const quote = (overrides: Partial<PricedConfiguration> = {}): PricedConfiguration => ({
    productId: 'solitaire-ring',
    settingCode: 'four-claw',
    metal: 'yellow-gold-18k',
    stoneId: 'stone-gia-1234',
    ringSize: 'L',
    engraving: 'Always',
    total: 1_254_000,
    currency: 'GBP',
    expiresAt: Math.floor(Date.now() / 1000) + 3600,
    ...overrides,
  });
  /** Fills a client's wishlist directly in the table (fast), with pieces product-fill-1 … product-fill-n. */
  const fillWishlist = (customerId: string, n: number) =>
    customers.dataSource.query(
      `INSERT INTO wishlist_item (customer_id, item_key, kind, product_id, added_at)
       SELECT $1, 'product:product-fill-' || g || ':', 'PRODUCT', 'product-fill-' || g, now() - make_interval(secs => 1000 - g)
         FROM generate_series(1, $2::int) g`,
      [customerId, n],
    );
  const auditActions = (customerId: string) =>
    customers.dataSource
      .query(`SELECT action, actor_id FROM audit_log WHERE target_id = $1 AND action <> 'customer.read' ORDER BY occurred_at`, [customerId])
      .then((rows: Array<{ action: string; actor_id: string }>) => rows);

  beforeAll(async () => {
    database = await createTestDatabase('customers_wishlist');
    customers = await startCustomers(database.url, SECRET, { CONFIGURATION_TOKEN_SECRET: TOKEN_SECRET });
  }, 60_000);

  afterAll(async () => {
    await customers?.stop();
    await database?.drop();
  });

  describe("a client's wishlist", () => {
    it('adds a piece once: a repeat adds nothing, a variant is its own wish, and removing takes it off', async () => {
      const me = await newClient();
      const first = await add(client(me), { productId: 'aurelia-ring' });
      expect(first).toMatchObject({ __typename: 'AddedToWishlist', alreadyOnList: false, guestToken: null });
      expect(first.item).toMatchObject({ kind: 'PRODUCT', variantSku: null, product: { id: 'aurelia-ring' }, configuration: null });

      const again = await add(client(me), { productId: 'aurelia-ring' });
      expect(again).toMatchObject({ __typename: 'AddedToWishlist', alreadyOnList: true });
      expect(again.item!.id).toBe(first.item!.id);
      const variant = await add(client(me), { productId: 'aurelia-ring', variantSku: 'AUR-PT-L' });
      expect(variant).toMatchObject({ alreadyOnList: false, item: { variantSku: 'AUR-PT-L' } });
      expect((await lists(me))!.wishlist.map((w) => [w.product.id, w.variantSku])).toEqual([
        ['aurelia-ring', 'AUR-PT-L'],
        ['aurelia-ring', null],
      ]);

      const removed = await graphqlRequest<{ removeFromWishlist: { __typename: string; itemId?: string } }>(customers.url, REMOVE, {
        headers: as(client(me)),
        variables: { itemId: first.item!.id },
      });
      expect(removed.data!.removeFromWishlist).toEqual({ __typename: 'RemovedFromWishlist', itemId: first.item!.id });
      const twice = await graphqlRequest<{ removeFromWishlist: { __typename: string; code: string } }>(customers.url, REMOVE, {
        headers: as(client(me)),
        variables: { itemId: first.item!.id },
      });
      expect(twice.data!.removeFromWishlist).toEqual({ __typename: 'WishlistItemNotFoundError', code: 'NOT_FOUND' });
      expect((await lists(me))!.wishlist.map((w) => w.variantSku)).toEqual(['AUR-PT-L']);
    });

    it('keeps duplicates out at the database too (unique index per owner and item)', async () => {
      const me = await newClient();
      await add(client(me), { productId: 'duo-ring' });
      await expect(
        customers.dataSource.query(
          `INSERT INTO wishlist_item (customer_id, item_key, kind, product_id) VALUES ($1, 'product:duo-ring:', 'PRODUCT', 'duo-ring')`,
          [me],
        ),
      ).rejects.toMatchObject({ driverError: { code: '23505' } });
    });

    it('names every bad field at once, and refuses oversized ids before any query', async () => {
      const me = await newClient();
      expect(await add(client(me), {})).toMatchObject({
        __typename: 'InputValidationError',
        code: 'INPUT_VALIDATION_ERROR',
        fieldErrors: [{ field: 'input.productId' }, { field: 'input.quoteToken' }],
      });
      expect(await add(client(me), { productId: 'drafts.aurelia', variantSku: 'bad sku!' })).toMatchObject({
        fieldErrors: [{ field: 'input.productId' }, { field: 'input.variantSku' }],
      });
      const huge = await graphqlRequest(customers.url, ADD, {
        headers: as(client(me)),
        variables: { input: { productId: 'x'.repeat(65) } },
      });
      expect(huge.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.productId' });
    });

    it(`holds at most 200 items: the 201st is refused and nothing is added`, async () => {
      const me = await newClient();
      await fillWishlist(me, 199);
      expect(await add(client(me), { productId: 'the-200th' })).toMatchObject({ __typename: 'AddedToWishlist', alreadyOnList: false });
      const refused = await add(client(me), { productId: 'the-201st' });
      expect(refused).toMatchObject({ __typename: 'WishlistFullError', code: 'WISHLIST_FULL', limit: 200 });
      // A wish already on a full list is still found, not refused.
      expect(await add(client(me), { productId: 'the-200th' })).toMatchObject({ __typename: 'AddedToWishlist', alreadyOnList: true });
      const [{ n }] = await customers.dataSource.query(`SELECT count(*)::int AS n FROM wishlist_item WHERE customer_id = $1`, [me]);
      expect(n).toBe(200);
    });
  });

  describe('bespoke designs by quote token', () => {
    it("stores the design and the price from the catalog's signed token, never from the caller", async () => {
      const me = await newClient();
      const configuration = quote();
      const saved = await add(client(me), { quoteToken: signConfiguration(configuration, TOKEN_SECRET) });
      expect(saved).toMatchObject({
        __typename: 'AddedToWishlist',
        item: {
          kind: 'CONFIGURATION',
          product: { id: 'solitaire-ring' },
          configuration: {
            settingCode: 'four-claw',
            metal: 'YELLOW_GOLD_18K',
            stoneId: 'stone-gia-1234',
            ringSize: 'L',
            engraving: 'Always',
            quotedPrice: { amount: 1_254_000, currency: 'GBP' },
            quoteExpiresAt: new Date(configuration.expiresAt * 1000).toISOString(),
            needsNewQuote: false,
          },
        },
      });
      expect(saved.item!.configuration!.quoteToken).toBe(signConfiguration(configuration, TOKEN_SECRET));
      const [row] = await customers.dataSource.query(`SELECT quote_total_amount, quote_currency FROM wishlist_item WHERE id = $1`, [
        saved.item!.id,
      ]);
      expect(row).toEqual({ quote_total_amount: 1_254_000, quote_currency: 'GBP' });
      // The input has nowhere to put a price.
      const withPrice = await graphqlRequest(customers.url, ADD, {
        headers: as(client(me)),
        variables: { input: { quoteToken: signConfiguration(quote({ ringSize: 'M' }), TOKEN_SECRET), total: 1 } },
      });
      expect(withPrice.errors?.[0].message).toMatch(/total/);
    });

    it('refuses a tampered token, one signed with another secret, and garbage, and stores nothing', async () => {
      const me = await newClient();
      const genuine = signConfiguration(quote(), TOKEN_SECRET);
      const [, signature] = genuine.split('.');
      const cheaper = Buffer.from(JSON.stringify({ ...quote(), total: 100 })).toString('base64url');
      for (const quoteToken of [
        `${cheaper}.${signature}`,
        signConfiguration(quote({ total: 100 }), 'someone-elses-secret'),
        'not-a-token',
      ]) {
        const refused = await add(client(me), { quoteToken });
        expect(refused).toMatchObject({ __typename: 'InputValidationError', fieldErrors: [{ field: 'input.quoteToken' }] });
      }
      expect((await lists(me))!.wishlist).toEqual([]);
    });

    it('saves an expired quote as a wish needing a new quote, and a fresh quote for the same design refreshes it', async () => {
      const me = await newClient();
      const expired = quote({ expiresAt: Math.floor(Date.now() / 1000) - 60, total: 1_000_000 });
      const saved = await add(client(me), { quoteToken: signConfiguration(expired, TOKEN_SECRET) });
      expect(saved.item!.configuration).toMatchObject({ needsNewQuote: true, quoteToken: null, quotedPrice: { amount: 1_000_000 } });

      const fresh = quote({ total: 1_100_000 });
      const again = await add(client(me), { quoteToken: signConfiguration(fresh, TOKEN_SECRET) });
      expect(again).toMatchObject({ alreadyOnList: true, item: { id: saved.item!.id } });
      expect(again.item!.configuration).toMatchObject({ needsNewQuote: false, quotedPrice: { amount: 1_100_000 } });
      // A different design (another ring size) is another wish.
      expect(await add(client(me), { quoteToken: signConfiguration(quote({ ringSize: 'N' }), TOKEN_SECRET) })).toMatchObject({
        alreadyOnList: false,
      });
      expect((await lists(me))!.wishlist).toHaveLength(2);
    });
  });

  describe('recently viewed', () => {
    it('moves a repeat view to the top instead of adding it twice', async () => {
      const me = await newClient();
      for (const productId of ['a-piece', 'b-piece', 'a-piece'])
        expect(await view(client(me), productId)).toMatchObject({ __typename: 'ProductViewRecorded' });
      expect((await lists(me))!.recentlyViewed.map((v) => v.product.id)).toEqual(['a-piece', 'b-piece']);
    });

    it('keeps the newest 50 per client, trimmed as each view is recorded', async () => {
      const me = await newClient();
      for (let i = 1; i <= 53; i++) await view(client(me), `viewed-${i}`);
      const viewed = (await lists(me))!.recentlyViewed.map((v) => v.product.id);
      expect(viewed).toHaveLength(50);
      expect(viewed[0]).toBe('viewed-53');
      expect(viewed.at(-1)).toBe('viewed-4');
      const [{ n }] = await customers.dataSource.query(`SELECT count(*)::int AS n FROM recently_viewed WHERE customer_id = $1`, [me]);
      expect(n).toBe(50);
      const page = await graphqlRequest<Lists>(
        customers.url,
        `query ($id: ID!) { customer(id: $id) { recentlyViewed(first: 3) { product { id } } } }`,
        {
          headers: as(client(me)),
          variables: { id: me },
        },
      );
      expect(page.data!.customer!.recentlyViewed.map((v) => v.product.id)).toEqual(['viewed-53', 'viewed-52', 'viewed-51']);
      const tooMany = await graphqlRequest(
        customers.url,
        `query ($id: ID!) { customer(id: $id) { recentlyViewed(first: 51) { viewedAt } } }`,
        {
          headers: as(client(me)),
          variables: { id: me },
        },
      );
      expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });
  });

  describe('guests', () => {
    it("keeps a guest's lists on the server under a token whose hash alone is stored", async () => {
      const started = await graphqlRequest<{ startGuestSession: { guestToken: string; session: { wishlist: unknown[] } } }>(
        customers.url,
        `mutation { startGuestSession { guestToken session { wishlist { product { id } } } } }`,
        { headers: as(anonymous) },
      );
      const token = started.data!.startGuestSession.guestToken;
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(started.data!.startGuestSession.session.wishlist).toEqual([]);
      expect(await add(anonymous, { productId: 'guest-ring' }, { guestToken: token })).toMatchObject({
        alreadyOnList: false,
        guestToken: null,
      });
      expect(await view(anonymous, 'guest-ring', { guestToken: token })).toMatchObject({
        __typename: 'ProductViewRecorded',
        guestToken: null,
      });

      const guest = await graphqlRequest(customers.url, GUEST, { headers: as(anonymous), variables: { t: token } });
      expect(guest.data).toEqual({
        guestSession: { wishlist: [{ product: { id: 'guest-ring' } }], recentlyViewed: [{ product: { id: 'guest-ring' } }] },
      });
      const hash = createHash('sha256').update(token).digest('hex');
      const stored = await customers.dataSource.query(`SELECT token_hash FROM guest_session WHERE token_hash IN ($1, $2)`, [hash, token]);
      expect(stored).toEqual([{ token_hash: hash }]);
    });

    it('starts a guest session implicitly, and refuses unknown tokens, guest tokens from signed-in clients and client ids from guests', async () => {
      const implicit = await add(anonymous, { productId: 'first-wish' });
      expect(implicit.guestToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const guest = await graphqlRequest(customers.url, GUEST, { headers: as(anonymous), variables: { t: implicit.guestToken } });
      expect(guest.data).toMatchObject({ guestSession: { wishlist: [{ product: { id: 'first-wish' } }] } });

      const unknown = 'A'.repeat(43);
      expect(await add(anonymous, { productId: 'x-ring' }, { guestToken: unknown })).toMatchObject({ __typename: 'ShopperNotFoundError' });
      expect((await graphqlRequest(customers.url, GUEST, { headers: as(anonymous), variables: { t: unknown } })).data).toEqual({
        guestSession: null,
      });

      const me = await newClient();
      const mixed = await graphqlRequest(customers.url, ADD, {
        headers: as(client(me)),
        variables: { input: { productId: 'x-ring' }, guestToken: implicit.guestToken },
      });
      expect(mixed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'guestToken' });
      const noOne = await graphqlRequest(customers.url, ADD, {
        headers: as(anonymous),
        variables: { input: { productId: 'x-ring' }, customerId: me },
      });
      expect(noOne.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await lists(me))!.wishlist).toEqual([]);
    });
  });

  describe('mergeGuestInto (the sign-in hook)', () => {
    const merge = (guestToken: string, customerId: string) =>
      transactionRunner(
        customers.dataSource,
        customers.bus,
      )((tx) => customers.services.wishlist.mergeGuestInto(tx, guestToken, customerId));
    const startGuest = async () => {
      const response = await graphqlRequest<{ startGuestSession: { guestToken: string } }>(
        customers.url,
        `mutation { startGuestSession { guestToken } }`,
        {
          headers: as(anonymous),
        },
      );
      return response.data!.startGuestSession.guestToken;
    };

    it("moves the guest's lists into the client's without duplicates, then deletes the guest session", async () => {
      const me = await newClient();
      await add(client(me), { productId: 'shared-ring' });
      const old = quote({ ringSize: 'P', total: 900_000, expiresAt: Math.floor(Date.now() / 1000) - 60 });
      await add(client(me), { quoteToken: signConfiguration(old, TOKEN_SECRET) });
      await view(client(me), 'viewed-by-both');
      await view(client(me), 'viewed-by-client');

      const token = await startGuest();
      await add(anonymous, { productId: 'shared-ring' }, { guestToken: token });
      await add(anonymous, { productId: 'guest-only-ring' }, { guestToken: token });
      await add(
        anonymous,
        { quoteToken: signConfiguration({ ...old, total: 950_000, expiresAt: Math.floor(Date.now() / 1000) + 3600 }, TOKEN_SECRET) },
        { guestToken: token },
      );
      await view(anonymous, 'viewed-by-guest', { guestToken: token });
      await view(anonymous, 'viewed-by-both', { guestToken: token });

      const summary = await merge(token, me);
      expect(summary).toEqual({
        merged: true,
        wishlistItemsMoved: 1,
        wishlistItemsAlreadyThere: 2,
        wishlistItemsDropped: 0,
        recentlyViewedMerged: 2,
      });
      const after = (await lists(me))!;
      expect(after.wishlist.map((w) => w.product.id).sort()).toEqual(['guest-only-ring', 'shared-ring', 'solitaire-ring']);
      // The saved design took the guest's longer-lasting quote.
      expect(after.wishlist.find((w) => w.kind === 'CONFIGURATION')!.configuration!.quotedPrice.amount).toBe(950_000);
      // The guest's latest views come first; each piece once.
      expect(after.recentlyViewed.map((v) => v.product.id)).toEqual(['viewed-by-both', 'viewed-by-guest', 'viewed-by-client']);

      expect((await graphqlRequest(customers.url, GUEST, { headers: as(anonymous), variables: { t: token } })).data).toEqual({
        guestSession: null,
      });
      const hash = createHash('sha256').update(token).digest('hex');
      const [left] = await customers.dataSource.query(
        `SELECT (SELECT count(*) FROM guest_session WHERE token_hash = $1)::int AS sessions,
                (SELECT count(*) FROM wishlist_item WHERE guest_token_hash = $1)::int AS wishes,
                (SELECT count(*) FROM recently_viewed WHERE guest_token_hash = $1)::int AS views`,
        [hash],
      );
      expect(left).toEqual({ sessions: 0, wishes: 0, views: 0 });
      // A replay (or a stale token) merges nothing and does not fail the sign-in.
      expect(await merge(token, me)).toMatchObject({ merged: false, wishlistItemsMoved: 0 });
      expect(await merge('not a token', me)).toMatchObject({ merged: false });
    });

    it("respects both caps: the guest's newest wishes fill the room left, and recently viewed keeps the newest 50", async () => {
      const me = await newClient();
      await fillWishlist(me, 198);
      for (let i = 1; i <= 48; i++) await view(client(me), `client-view-${i}`);
      const token = await startGuest();
      for (const productId of ['guest-oldest', 'guest-middle', 'guest-newest', 'product-fill-1'])
        await add(anonymous, { productId }, { guestToken: token });
      for (let i = 1; i <= 4; i++) await view(anonymous, `guest-view-${i}`, { guestToken: token });

      expect(await merge(token, me)).toEqual({
        merged: true,
        wishlistItemsMoved: 2,
        wishlistItemsAlreadyThere: 1,
        wishlistItemsDropped: 1,
        recentlyViewedMerged: 4,
      });
      const after = (await lists(me))!;
      expect(after.wishlist).toHaveLength(200);
      const ids = after.wishlist.map((w) => w.product.id);
      expect(ids).toEqual(expect.arrayContaining(['guest-newest', 'guest-middle']));
      expect(ids).not.toContain('guest-oldest');
      const viewed = after.recentlyViewed.map((v) => v.product.id);
      expect(viewed).toHaveLength(50);
      expect(viewed.slice(0, 4)).toEqual(['guest-view-4', 'guest-view-3', 'guest-view-2', 'guest-view-1']);
      expect(viewed).not.toContain('client-view-1');
      expect(viewed).not.toContain('client-view-2');
      expect(viewed).toContain('client-view-3');
      const [{ n }] = await customers.dataSource.query(`SELECT count(*)::int AS n FROM recently_viewed WHERE customer_id = $1`, [me]);
      expect(n).toBe(50);
    });

    it('rolls the caller back when the client does not exist', async () => {
      const token = await startGuest();
      await add(anonymous, { productId: 'kept' }, { guestToken: token });
      await expect(merge(token, randomUUID())).rejects.toThrow(/existing client/);
      expect((await graphqlRequest(customers.url, GUEST, { headers: as(anonymous), variables: { t: token } })).data).toMatchObject({
        guestSession: { wishlist: [{ product: { id: 'kept' } }] },
      });
    });
  });

  describe('access', () => {
    it("gives client A the same answer for client B's lists as for a client that does not exist, and changes nothing of B's", async () => {
      const a = await newClient();
      const b = await newClient();
      const bWish = await add(client(b), { productId: 'b-ring' });
      await view(client(b), 'b-ring');
      const missing = randomUUID();

      const readB = await graphqlRequest(customers.url, LISTS, { headers: as(client(a)), variables: { id: b } });
      const readMissing = await graphqlRequest(customers.url, LISTS, { headers: as(client(a)), variables: { id: missing } });
      expect(readB.data).toEqual({ customer: null });
      expect(readB).toEqual(readMissing);
      const entities = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { wishlist { id } } } }`;
      const viaEntities = await graphqlRequest(customers.url, entities, {
        headers: as(client(a)),
        variables: { r: [{ __typename: 'Customer', id: b }] },
      });
      expect(viaEntities.data).toEqual({ _entities: [null] });

      const addToB = await add(client(a), { productId: 'planted' }, { customerId: b });
      const addToMissing = await add(client(a), { productId: 'planted' }, { customerId: missing });
      expect(addToB).toEqual(addToMissing);
      expect(addToB.__typename).toBe('ShopperNotFoundError');
      expect(await view(client(a), 'planted', { customerId: b })).toEqual(await view(client(a), 'planted', { customerId: missing }));

      const removeB = await graphqlRequest(customers.url, REMOVE, { headers: as(client(a)), variables: { itemId: bWish.item!.id } });
      const removeMissing = await graphqlRequest(customers.url, REMOVE, { headers: as(client(a)), variables: { itemId: randomUUID() } });
      expect(removeB.data).toEqual({ removeFromWishlist: { __typename: 'WishlistItemNotFoundError', code: 'NOT_FOUND' } });
      expect(removeB).toEqual(removeMissing);

      const bAfter = (await lists(b))!;
      expect(bAfter.wishlist.map((w) => w.product.id)).toEqual(['b-ring']);
      expect(bAfter.recentlyViewed.map((v) => v.product.id)).toEqual(['b-ring']);
    });

    it("lets staff change any client's wishlist, audits it, and requires them to name the client", async () => {
      const c = await newClient();
      const added = await add(staff, { productId: 'advised-ring' }, { customerId: c });
      expect(added).toMatchObject({ __typename: 'AddedToWishlist', alreadyOnList: false });
      const removed = await graphqlRequest(customers.url, REMOVE, {
        headers: as(staff),
        variables: { itemId: added.item!.id, customerId: c },
      });
      expect(removed.data).toMatchObject({ removeFromWishlist: { __typename: 'RemovedFromWishlist' } });
      expect(await add(staff, { productId: 'advised-ring' }, { customerId: randomUUID() })).toMatchObject({
        __typename: 'ShopperNotFoundError',
      });
      const unnamed = await graphqlRequest(customers.url, ADD, { headers: as(staff), variables: { input: { productId: 'advised-ring' } } });
      expect(unnamed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'customerId' });

      const deadline = Date.now() + 15_000;
      while ((await auditActions(c)).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
      expect(await auditActions(c)).toEqual([
        { action: 'wishlist.item-added', actor_id: staff.subject },
        { action: 'wishlist.item-removed', actor_id: staff.subject },
      ]);
    });
  });

  it('costs the same SQL statements for the wishlists of 1 and 50 clients', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 50; i++) ids.push(await newClient());
    await customers.dataSource.query(
      `INSERT INTO wishlist_item (customer_id, item_key, kind, product_id)
       SELECT c, 'product:' || p || ':', 'PRODUCT', p FROM unnest($1::uuid[]) c, unnest(ARRAY['n-ring', 'n-band']) p`,
      [ids],
    );
    const query = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { wishlist { id product { id } configuration { needsNewQuote } } } } }`;
    const statementsFor = async (count: number) => {
      // The request's own statements (its header): the audit queue's work in the same process never counts.
      const response = await graphqlRequest<{ _entities: Array<{ wishlist: unknown[] }> }>(customers.url, query, {
        headers: as(staff),
        variables: { r: ids.slice(0, count).map((id) => ({ __typename: 'Customer', id })) },
      });
      expect(response.errors).toBeUndefined();
      return {
        statements: response.sqlStatements!,
        items: response.data!._entities.reduce((n, c) => n + c.wishlist.length, 0),
      };
    };
    const one = await statementsFor(1);
    const fifty = await statementsFor(50);
    expect(one.items).toBe(2);
    expect(fifty.items).toBe(100);
    expect(fifty.statements).toBe(one.statements);
    // Clients (1) and wishlists (1), plus the audit of the staff read (one transaction of three).
    expect(one.statements).toBeLessThanOrEqual(5);
  });
});
