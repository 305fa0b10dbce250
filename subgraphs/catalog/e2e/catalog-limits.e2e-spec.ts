import pino from 'pino';
import { CATALOG_NDJSON } from '@elysium/demo';
import { startContentLake } from '@elysium/content-lake';
import { ARGUMENT_LIMITS, devSecret, freePort, parseEnv, signedCall } from '@elysium/subgraph-kit';
import { graphqlRequest, readMetric } from '@elysium/subgraph-kit/testing';
import { ContentLake } from '../src/sanity/content-lake';
import { catalogEnv, startCatalog } from '../src/subgraph';

const LAKE_TOKEN = 'catalog-limits-e2e-lake-token';
/** Small enough that a few hundred lookups overflow it. */
const CACHE_MAX_BYTES = 128 * 1024;
/** What a refusal may weigh: a code, a field and a sentence, never the caller's 200 kB. */
const SMALL_RESPONSE = 2_000;

const HUGE = 'a'.repeat(200_000);
const atLength = (prefix: string, length: number) => prefix.padEnd(length, 'x');

/** The catalog under hostile input: oversized arguments, forged references, and a cache flood. */
describe('catalog subgraph under attack', () => {
  let lake: Awaited<ReturnType<typeof startContentLake>>;
  let catalog: Awaited<ReturnType<typeof startCatalog>>;

  const groqRequests = () => readMetric(catalog.url, 'elysium_groq_requests_total');
  /** The raw body too, to weigh what a caller gets back. */
  async function post(query: string, variables: Record<string, unknown>) {
    const response = await fetch(catalog.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const text = await response.text();
    return {
      text,
      body: JSON.parse(text) as { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> },
    };
  }

  beforeAll(async () => {
    lake = await startContentLake({
      host: '127.0.0.1',
      port: 0,
      dataset: 'production',
      token: LAKE_TOKEN,
      seedFile: CATALOG_NDJSON,
      log: pino({ level: 'silent' }),
    });
    catalog = await startCatalog(
      parseEnv(catalogEnv, {
        NODE_ENV: 'test',
        LOG_LEVEL: 'silent',
        PORT: String(await freePort()),
        CONTENT_LAKE_URL: lake.apiHost,
        SANITY_API_TOKEN: LAKE_TOKEN,
        CATALOG_CACHE_TTL_SECONDS: '300',
        CATALOG_CACHE_MAX_BYTES: String(CACHE_MAX_BYTES),
      }),
    );
  });

  afterAll(async () => {
    await catalog?.stop();
    await lake?.stop();
  });

  const CHOICE = { productId: 'product-aurelia-solitaire', settingCode: 'four-claw', metal: 'PLATINUM', stoneId: 'stone-1', ringSize: 'K' };
  const PRICE = `query ($input: ConfigurationInput!) { priceConfiguration(input: $input) { __typename } }`;
  const LIST = `query ($after: String, $filter: ProductFilter) { products(first: 5, after: $after, filter: $filter) { totalCount } }`;

  /** Every string argument a caller controls, as [where, field named in the error, operation, variables]. */
  const OVERSIZED: Array<[where: string, field: string, query: string, variables: Record<string, unknown>]> = [
    ['product(id)', 'id', 'query ($v: ID) { product(id: $v) { id } }', { v: HUGE }],
    ['product(slug)', 'slug', 'query ($v: String) { product(slug: $v) { id } }', { v: HUGE }],
    ['product(sku)', 'sku', 'query ($v: String) { product(sku: $v) { id } }', { v: HUGE }],
    ['products(after)', 'after', LIST, { after: HUGE }],
    ['ProductFilter.collection', 'filter.collection', LIST, { filter: { collection: HUGE } }],
    ['ProductFilter.search', 'filter.search', LIST, { filter: { search: HUGE } }],
    ['collection(slug)', 'slug', 'query ($v: String!) { collection(slug: $v) { id } }', { v: HUGE }],
    ['stone(id)', 'id', 'query ($v: ID!) { stone(id: $v) { id } }', { v: HUGE }],
    ['article(slug)', 'slug', 'query ($v: String!) { article(slug: $v) { id } }', { v: HUGE }],
    ['page(slug)', 'slug', 'query ($v: String!) { page(slug: $v) { id } }', { v: HUGE }],
    ['configurator(productId)', 'productId', 'query ($v: ID!) { configurator(productId: $v) { title } }', { v: HUGE }],
    ...(['productId', 'settingCode', 'stoneId', 'ringSize', 'engraving'] as const).map(
      (name): [string, string, string, Record<string, unknown>] => [
        `ConfigurationInput.${name}`,
        `input.${name}`,
        PRICE,
        { input: { ...CHOICE, [name]: HUGE } },
      ],
    ),
  ];

  it.each(OVERSIZED)(
    'refuses a 200 kB %s as BAD_USER_INPUT naming %s, in a small answer, before any GROQ',
    async (_where, field, query, variables) => {
      const before = await groqRequests();
      const { text, body } = await post(query, variables);
      expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(body.errors?.[0].message).toContain(field);
      expect(text.length).toBeLessThan(SMALL_RESPONSE);
      expect((await groqRequests()) - before).toBe(0);
    },
  );

  it('takes a slug, id, SKU and cursor at exactly their limits, and refuses one character more', async () => {
    const cases: Array<[field: string, query: string, name: string, limit: number]> = [
      ['slug', 'query ($v: String) { product(slug: $v) { id } }', 'v', ARGUMENT_LIMITS.slug],
      ['id', 'query ($v: ID) { product(id: $v) { id } }', 'v', ARGUMENT_LIMITS.id],
      ['sku', 'query ($v: String) { product(sku: $v) { id } }', 'v', ARGUMENT_LIMITS.sku],
      ['slug', 'query ($v: String!) { collection(slug: $v) { id } }', 'v', ARGUMENT_LIMITS.slug],
    ];
    for (const [field, query, name, limit] of cases) {
      const fits = await post(query, { [name]: atLength('limit-', limit) });
      expect(fits.body.errors).toBeUndefined();
      const over = await post(query, { [name]: atLength('limit-', limit + 1) });
      expect(over.body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
    }
    // A cursor of the right length that this list never gave out is still refused, without being echoed.
    const forged = atLength('Zm9yZ2Vk', ARGUMENT_LIMITS.cursor);
    const { body } = await post(LIST, { after: forged });
    expect(body.errors?.[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'after' });
    expect(body.errors?.[0].message).not.toContain(forged);
  });

  it('states each string argument and input field limit in the schema', async () => {
    type Arg = { name: string; description: string | null; type: { name: string | null; ofType: { name: string | null } | null } };
    const { data } = await graphqlRequest<{
      __schema: { types: Array<{ name: string; fields: Array<{ name: string; args: Arg[] }> | null; inputFields: Arg[] | null }> };
    }>(
      catalog.url,
      `{ __schema { types { name
          fields { name args { name description type { name ofType { name } } } }
          inputFields { name description type { name ofType { name } } } } } }`,
      // A subgraph's schema is for our own tools: the call is signed (the development secret).
      { headers: signedCall('catalog', devSecret('identity')) },
    );
    const stringy = (arg: Arg) => ['String', 'ID'].includes(arg.type.name ?? arg.type.ofType?.name ?? '');
    const inputs = data!.__schema.types
      .filter((type) => !type.name.startsWith('__'))
      .flatMap((type) => [
        ...(type.fields ?? []).flatMap((field) => field.args.map((arg) => ({ where: `${type.name}.${field.name}(${arg.name})`, arg }))),
        ...(type.inputFields ?? []).map((arg) => ({ where: `${type.name}.${arg.name}`, arg })),
      ])
      .filter(({ arg }) => stringy(arg));
    expect(inputs.map(({ where }) => where)).toEqual(expect.arrayContaining(['Query.product(slug)', 'ProductFilter.search']));
    expect(inputs.filter(({ arg }) => !/\(.*at most \d+ characters/.test(arg.description ?? '')).map(({ where }) => where)).toEqual([]);
    const described = Object.fromEntries(inputs.map(({ where, arg }) => [where, arg.description]));
    expect(described['Query.product(slug)']).toBe(`The product slug (at most ${ARGUMENT_LIMITS.slug} characters).`);
    expect(described['Query.products(after)']).toContain(`(at most ${ARGUMENT_LIMITS.cursor} characters)`);
  });

  it('resolves a too-long or malformed entity reference to null, without asking Sanity', async () => {
    const ENTITIES = `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id } } }`;
    const before = await groqRequests();
    const forged = await post(ENTITIES, {
      r: [HUGE, atLength('product-', ARGUMENT_LIMITS.id + 1), 'product aurelia', '*', 42, { _ref: 'x' }, null].map((id) => ({
        __typename: 'Product',
        id,
      })),
    });
    expect(forged.body.errors).toBeUndefined();
    expect(forged.body.data).toEqual({ _entities: [null, null, null, null, null, null, null] });
    expect(forged.text.length).toBeLessThan(SMALL_RESPONSE);
    expect((await groqRequests()) - before).toBe(0);

    const real = await post(ENTITIES, { r: [{ __typename: 'Product', id: 'product-aurelia-solitaire' }] });
    expect(real.body.data).toEqual({ _entities: [{ id: 'product-aurelia-solitaire' }] });
  });

  it('keeps the GROQ cache within its byte bound under a flood of unique legal slugs', async () => {
    // A request's lookups are one batched GROQ request, so each request is one cache entry.
    const SLUGS = 2000;
    const BATCH = 100;
    for (let start = 0; start < SLUGS; start += BATCH) {
      const fields = Array.from({ length: BATCH }, (_, i) => `s${i}: product(slug: $s${i}) { id }`).join(' ');
      const declared = Array.from({ length: BATCH }, (_, i) => `$s${i}: String!`).join(', ');
      const variables = Object.fromEntries(
        Array.from({ length: BATCH }, (_, i) => [`s${i}`, atLength(`flood-${start + i}-`, ARGUMENT_LIMITS.slug)]),
      );
      const { body } = await post(`query (${declared}) { ${fields} }`, variables);
      expect(body.errors).toBeUndefined();
      expect(catalog.cacheStats().bytes).toBeLessThanOrEqual(CACHE_MAX_BYTES);
    }
    const stats = catalog.cacheStats();
    // Filled to the bound, with the oldest lookups evicted: the bound held, not an empty cache.
    expect(stats.bytes).toBeLessThanOrEqual(CACHE_MAX_BYTES);
    expect(stats.bytes).toBeGreaterThan(CACHE_MAX_BYTES / 2);
    expect(stats.entries).toBeLessThan(SLUGS / BATCH);
  });

  describe('ContentLake with large answers', () => {
    const open = (cacheMaxBytes: number, onRequest: () => void = () => undefined) =>
      new ContentLake(
        {
          dataset: 'production',
          apiVersion: '2025-02-19',
          localApiHost: lake.apiHost,
          token: LAKE_TOKEN,
          cacheTtlMs: 60_000,
          cacheMaxBytes,
        },
        pino({ level: 'silent' }),
        onRequest,
      );

    it('stays within its byte bound when flooded with unique large keys and values', async () => {
      const cache = open(CACHE_MAX_BYTES);
      const QUERY = '{ "tag": $tag, "rows": *[_type == "product"] | order(_id asc) [0...20] }';
      const sizes: number[] = [];
      for (let i = 0; i < 40; i++) {
        const answer = await cache.fetch<{ rows: unknown[] }>(QUERY, { tag: atLength(`tag-${i}-`, 2_000) });
        expect(answer.rows).toHaveLength(20);
        sizes.push(JSON.stringify(answer).length);
        expect(cache.cacheStats().bytes).toBeLessThanOrEqual(CACHE_MAX_BYTES);
      }
      // The flood really was larger than the bound, several times over.
      expect(sizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(3 * CACHE_MAX_BYTES);
      const stats = cache.cacheStats();
      expect(stats.bytes).toBeGreaterThan(CACHE_MAX_BYTES / 2);
      expect(stats.entries).toBeLessThan(40);
    });

    it('returns an answer larger than the whole bound without keeping it', async () => {
      let requests = 0;
      const cache = open(4_096, () => requests++);
      const QUERY = '*[_type == "product"] | order(_id asc) [0...20]';
      expect(await cache.fetch<unknown[]>(QUERY)).toHaveLength(20);
      expect(cache.cacheStats()).toEqual({ entries: 0, bytes: 0 });
      expect(await cache.fetch<unknown[]>(QUERY)).toHaveLength(20);
      expect(requests).toBe(2);
    });

    it('still reuses a small answer within its TTL', async () => {
      let requests = 0;
      const cache = open(4_096, () => requests++);
      const count = await cache.fetch<number>('count(*[_type == "stone"])');
      expect(await cache.fetch<number>('count(*[_type == "stone"])')).toBe(count);
      expect(requests).toBe(1);
      expect(cache.cacheStats().entries).toBe(1);
    });
  });
});
