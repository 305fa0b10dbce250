import { createClient, type SanityClient } from '@sanity/client';
import pino from 'pino';
import { CATALOG_NDJSON } from '@elysium/demo';
import { startContentLake } from '@elysium/content-lake';
import { freePort, parseEnv, SANITY_SIGNATURE_HEADER, signWebhook, verifyConfigurationToken } from '@elysium/subgraph-kit';
import { graphqlRequest, readMetric } from '@elysium/subgraph-kit/testing';
import { CONFIGURATOR_VIEW_SELECTION, firstOfferedChoice, type ConfiguratorView } from '../src/configurator/offered-choice';
import { Metal } from '../src/product/product.enums';
import { ContentLake } from '../src/sanity/content-lake';
import { catalogEnv, startCatalog } from '../src/subgraph';

const LAKE_TOKEN = 'catalog-e2e-lake-token';
const WEBHOOK_SECRET = 'catalog-e2e-webhook-secret';
const TOKEN_SECRET = 'catalog-e2e-configuration-secret';

/** The catalog subgraph over HTTP, reading the demo catalogue from the local content lake. */
describe('catalog subgraph', () => {
  let lake: Awaited<ReturnType<typeof startContentLake>>;
  let catalog: Awaited<ReturnType<typeof startCatalog>>;
  let editor: SanityClient;
  let catalogPort: number;

  const query = <T = Record<string, unknown>>(document: string, variables?: Record<string, unknown>) =>
    graphqlRequest<T>(catalog.url, document, { variables });
  const groqRequests = () => readMetric(catalog.url, 'elysium_groq_requests_total');

  async function startLake(port = 0) {
    return startContentLake({
      host: '127.0.0.1',
      port,
      dataset: 'production',
      token: LAKE_TOKEN,
      seedFile: CATALOG_NDJSON,
      log: pino({ level: 'silent' }),
      webhook: { urls: [`http://127.0.0.1:${catalogPort}/webhooks/sanity`], secret: WEBHOOK_SECRET },
    });
  }

  beforeAll(async () => {
    catalogPort = await freePort();
    lake = await startLake();
    catalog = await startCatalog(
      parseEnv(catalogEnv, {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: String(catalogPort),
        CONTENT_LAKE_URL: lake.apiHost,
        SANITY_API_TOKEN: LAKE_TOKEN,
        SANITY_WEBHOOK_SECRET: WEBHOOK_SECRET,
        CONFIGURATION_TOKEN_SECRET: TOKEN_SECRET,
        CATALOG_CACHE_TTL_SECONDS: '300',
      }),
    );
    editor = createClient({
      projectId: 'local',
      dataset: 'production',
      apiHost: lake.apiHost,
      useProjectHostname: false,
      useCdn: false,
      apiVersion: '2025-02-19',
      token: LAKE_TOKEN,
    });
  });

  afterAll(async () => {
    await catalog?.stop();
    await lake?.stop();
  });

  const LISTING = `query ($first: Int!, $after: String, $filter: ProductFilter, $sort: ProductSort) {
    products(first: $first, after: $after, filter: $filter, sort: $sort) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id title category metal price { amount } image { url(width: 600) alt width height } collections { slug } stones { shape carat price { amount } } }
    }
  }`;
  type Listing = {
    products: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{
        id: string;
        title: string;
        category: string;
        metal: string | null;
        price: { amount: number };
        image: { url: string } | null;
        collections: Array<{ slug: string }>;
        stones: Array<{ shape: string; carat: number; price: { amount: number } | null }>;
      }>;
    };
  };

  it('lists 24 products with images, collections and priced stones in at most 2 GROQ requests, then none from cache', async () => {
    const before = await groqRequests();
    const first = await query<Listing>(LISTING, { first: 24, sort: 'NEWEST' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.products.nodes).toHaveLength(24);
    expect(first.data!.products.totalCount).toBeGreaterThanOrEqual(60);
    expect(first.data!.products.nodes.every((p) => p.image?.url.startsWith(`${lake.apiHost}/images/local/production/`))).toBe(true);
    const afterFirst = await groqRequests();
    expect(afterFirst - before).toBeLessThanOrEqual(2);
    await query<Listing>(LISTING, { first: 24, sort: 'NEWEST' });
    expect(await groqRequests()).toBe(afterFirst);
  });

  it('serves the image the URL names, at the asked width', async () => {
    const { data } = await query<Listing>(LISTING, { first: 1 });
    expect(data!.products.nodes[0].image!.url).toMatch(/[?&]fm=webp(&|$)/);
    const response = await fetch(data!.products.nodes[0].image!.url);
    expect(response.headers.get('content-type')).toContain('image/svg+xml');
    expect(await response.text()).toContain('width="600"');
  });

  it('resolves references from other subgraphs in one GROQ request', async () => {
    const { data: all } = await query<Listing>(LISTING, { first: 40, sort: 'PRICE_DESC' });
    const before = await groqRequests();
    const entities = await graphqlRequest<{ _entities: Array<{ id: string; title: string } | null> }>(
      catalog.url,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id title } } }`,
      {
        variables: {
          r: all!.products.nodes
            .map((p) => ({ __typename: 'Product', id: p.id }))
            .concat({ __typename: 'Product', id: 'drafts.product-aurelia-solitaire' }),
        },
      },
    );
    expect(entities.data!._entities).toHaveLength(41);
    expect(entities.data!._entities.at(-1)).toBeNull();
    expect((await groqRequests()) - before).toBe(1);
  });

  it('filters by category, collection, metal, stone shape, carat, price and words', async () => {
    const run = async (filter: Record<string, unknown>) => (await query<Listing>(LISTING, { first: 100, filter })).data!.products.nodes;
    expect((await run({ category: 'NECKLACE' })).every((p) => p.category === 'NECKLACE')).toBe(true);
    expect((await run({ collection: 'bridal' })).every((p) => p.collections.some((c) => c.slug === 'bridal'))).toBe(true);
    const priced = await run({ priceMin: 500_000, priceMax: 1_500_000 });
    expect(priced.length).toBeGreaterThan(0);
    expect(priced.every((p) => p.price.amount >= 500_000 && p.price.amount <= 1_500_000)).toBe(true);
    const rounds = await run({ stoneShape: 'ROUND', caratMin: 1, caratMax: 2 });
    expect(rounds.length).toBeGreaterThan(0);
    expect(rounds.every((p) => p.stones.some((s) => s.shape === 'ROUND') && p.stones.some((s) => s.carat >= 1 && s.carat <= 2))).toBe(true);
    expect((await run({ search: 'sapph' })).some((p) => p.title === 'Belgravia Sapphire Pendant')).toBe(true);
    expect(await run({ search: 'nothing-matches-this' })).toEqual([]);
    const platinum = await run({ metal: 'PLATINUM' });
    expect(platinum.map((p) => p.title)).toContain('Aurelia Solitaire Engagement Ring');
  });

  it('pages to the end with cursors, and refuses a malformed cursor or contradictory range', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let page = 0; page < 20; page++) {
      const response: Awaited<ReturnType<typeof query<Listing>>> = await query<Listing>(LISTING, { first: 25, after });
      total = response.data!.products.totalCount;
      seen.push(...response.data!.products.nodes.map((n) => n.id));
      if (!response.data!.products.pageInfo.hasNextPage) break;
      after = response.data!.products.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    const bad = await query(LISTING, { first: 5, after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    const contradictory = await query(LISTING, { first: 5, filter: { priceMin: 10, priceMax: 5 } });
    expect(contradictory.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.priceMin' });
  });

  it('never shows drafts', async () => {
    const byId = await query<{ product: null }>(`{ product(id: "drafts.product-aurelia-solitaire") { title } }`);
    expect(byId.data!.product).toBeNull();
    const bySlug = await query<{ product: { title: string; price: { amount: number } } }>(
      `{ product(slug: "aurelia-solitaire") { title price { amount } } }`,
    );
    expect(bySlug.data!.product).toEqual({ title: 'Aurelia Solitaire Engagement Ring', price: { amount: 1_450_000 } });
    const all = await query<Listing>(LISTING, { first: 100, filter: { search: 'DRAFT' } });
    expect(all.data!.products.nodes).toEqual([]);
  });

  it('serves editorial content and site settings', async () => {
    const response = await query<{
      articles: Array<{ kind: string; bodyText: string }>;
      page: { title: string } | null;
      pages: Array<{ slug: string }>;
      siteSettings: { title: string };
      collections: unknown[];
    }>(
      `{ articles(kind: GUIDE, first: 50) { kind bodyText } page(slug: "bespoke") { title } pages { slug } siteSettings { title } collections { slug } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.articles.length).toBeGreaterThan(0);
    expect(response.data!.articles.every((a) => a.kind === 'GUIDE' && a.bodyText.length > 100)).toBe(true);
    expect(response.data!.page?.title).toBeTruthy();
    expect(response.data!.pages.map((p) => p.slug)).toEqual(
      expect.arrayContaining(['about', 'bespoke', 'delivery-and-returns', 'care-and-repairs']),
    );
    expect(response.data!.collections.length).toBeGreaterThanOrEqual(6);
  });

  describe('bespoke configurator', () => {
    let configurator: ConfiguratorView;
    const PRICE = `query ($input: ConfigurationInput!) { priceConfiguration(input: $input) {
      __typename
      ... on ConfigurationQuote { token expiresAt breakdown { metal { amount } stone { amount } labour { amount } engraving { amount } net { amount } vat { amount } total { amount } } }
      ... on ErrorResult { code message }
      ... on InputValidationError { fieldErrors { field message } }
      ... on IncompatibleOptionsError { fields }
    } }`;

    const validChoice = () => firstOfferedChoice('product-aurelia-solitaire', configurator);

    beforeAll(async () => {
      const response = await query<{ configurator: ConfiguratorView }>(
        `{ configurator(productId: "product-aurelia-solitaire") ${CONFIGURATOR_VIEW_SELECTION} }`,
      );
      expect(response.errors).toBeUndefined();
      configurator = response.data!.configurator;
    });

    it("is a field of the product too, the same as the root field, and a whole listing's costs one GROQ request", async () => {
      const one = await query<{ product: { configurator: ConfiguratorView } }>(
        `{ product(id: "product-aurelia-solitaire") { configurator ${CONFIGURATOR_VIEW_SELECTION} } }`,
      );
      expect(one.errors).toBeUndefined();
      expect(one.data!.product.configurator).toEqual(configurator);
      // A fresh page size, so the page itself is not served from the cache: its GROQ, then one for every configurator.
      const before = await groqRequests();
      const listing = await query<{ products: { nodes: Array<{ configurable: boolean; configurator: { productId: string } | null }> } }>(
        `{ products(first: 99) { nodes { id configurable configurator { productId settings { code } } } } }`,
      );
      expect(listing.errors).toBeUndefined();
      const nodes = listing.data!.products.nodes;
      expect(nodes.filter((p) => p.configurable).length).toBeGreaterThan(1);
      expect(nodes.every((p) => (p.configurator !== null) === p.configurable)).toBe(true);
      expect((await groqRequests()) - before).toBe(2);
    });

    it('prices a valid choice on the server and signs it', async () => {
      const input = { ...validChoice(), engraving: 'C & J' };
      const response = await query<{
        priceConfiguration: { __typename: string; token: string; breakdown: Record<string, { amount: number }> };
      }>(PRICE, { input });
      const quote = response.data!.priceConfiguration;
      expect(quote.__typename).toBe('ConfigurationQuote');
      const b = quote.breakdown;
      expect(b.net.amount).toBe(b.metal.amount + b.stone.amount + b.labour.amount + b.engraving.amount);
      expect(b.total.amount).toBe(b.net.amount + b.vat.amount);
      expect(b.engraving.amount).toBeGreaterThan(0);
      const check = verifyConfigurationToken(quote.token, TOKEN_SECRET);
      expect(check).toEqual({
        valid: true,
        configuration: expect.objectContaining({
          ...input,
          metal: Metal[input.metal as keyof typeof Metal],
          total: b.total.amount,
          currency: 'GBP',
        }),
      });
    });

    it('names every bad field, and explains an incompatible combination', async () => {
      const bad = await query<{ priceConfiguration: { code: string; fieldErrors: Array<{ field: string }> } }>(PRICE, {
        input: { ...validChoice(), settingCode: 'nope', stoneId: 'stone-nope', ringSize: 'A1' },
      });
      expect(bad.data!.priceConfiguration.code).toBe('INPUT_VALIDATION_ERROR');
      expect(bad.data!.priceConfiguration.fieldErrors.map((e) => e.field)).toEqual([
        'input.settingCode',
        'input.stoneId',
        'input.ringSize',
      ]);

      const rule = configurator.rules.find((r) => r.metal);
      expect(rule).toBeDefined();
      const setting = configurator.settings.find((s) => s.code === rule!.settingCode)!;
      const stone = configurator.stones.find((s) => setting.stoneShapes.includes(s.shape))!;
      const incompatible = await query<{ priceConfiguration: { code: string; fields: string[] } }>(PRICE, {
        input: { ...validChoice(), settingCode: setting.code, metal: rule!.metal, stoneId: stone.id },
      });
      expect(incompatible.data!.priceConfiguration).toMatchObject({
        code: 'INCOMPATIBLE_OPTIONS',
        fields: ['input.settingCode', 'input.metal'],
      });
    });
  });

  it('refuses a webhook with a bad signature, and drops the cache on a good one', async () => {
    const refused = await fetch(`${catalog.url.replace('/graphql', '')}/webhooks/sanity`, {
      method: 'POST',
      headers: { [SANITY_SIGNATURE_HEADER]: signWebhook('{}', 'wrong-secret') },
      body: '{}',
    });
    expect(refused.status).toBe(401);

    const TITLE = `{ product(slug: "soho-signet-ring") { title } }`;
    expect((await query<{ product: { title: string } }>(TITLE)).data!.product.title).toBe('Soho Signet Ring');
    await editor.patch('product-soho-signet-ring').set({ title: 'Soho Signet Ring in 18k Gold' }).commit();
    // The lake posts its signed webhook after the commit; reads after it must miss the cache.
    let title = '';
    for (let i = 0; i < 50 && title !== 'Soho Signet Ring in 18k Gold'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      title = (await query<{ product: { title: string } }>(TITLE)).data!.product.title;
    }
    expect(title).toBe('Soho Signet Ring in 18k Gold');
  });

  it('serves cached answers while Sanity is down, even stale ones, and UPSTREAM_UNAVAILABLE for anything not cached', async () => {
    const CACHED = `{ product(slug: "aurelia-solitaire") { title } }`;
    await query(CACHED);
    // A second client whose answers are stale at once (TTL 0), to show stale answers still beat an error.
    const staleFirst = new ContentLake(
      { dataset: 'production', apiVersion: '2025-02-19', localApiHost: lake.apiHost, token: LAKE_TOKEN, cacheTtlMs: 0 },
      pino({ level: 'silent' }),
      () => undefined,
    );
    const count = await staleFirst.fetch<number>('count(*[_type == "stone"])');
    const port = Number(new URL(lake.apiHost).port);
    await lake.stop();
    try {
      expect(await staleFirst.fetch<number>('count(*[_type == "stone"])')).toBe(count);
      expect((await query<{ product: { title: string } }>(CACHED)).data!.product.title).toBe('Aurelia Solitaire Engagement Ring');
      const uncached = await query(`{ product(slug: "never-asked-for") { title } }`);
      expect(uncached.errors?.[0].extensions?.code).toBe('UPSTREAM_UNAVAILABLE');
      expect(JSON.stringify(uncached)).not.toContain('stacktrace');
    } finally {
      lake = await startLake(port);
    }
  });
});
