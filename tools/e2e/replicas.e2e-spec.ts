import { randomBytes } from 'node:crypto';
import { createClient } from '@sanity/client';
import Redis from 'ioredis';
import { devSecret, SANITY_SIGNATURE_HEADER, signedCall, signWebhook } from '@elysium/subgraph-kit/core';
import { eventually, graphqlRequest } from '@elysium/subgraph-kit/testing';
import { launchTestGraph, type TestGraph } from '../src/launch-test-graph';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const IP_POINTS = 40;

/** Whether Redis answers at REDIS_URL (this machine and CI run one; a fresh laptop may not). */
async function redisAnswers(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 1000, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

/**
 * Two gateways and two replicas of every subgraph, each pair behind a round-robin balancer, on one
 * Postgres and one Redis: what the replicas share, shown under concurrent load.
 */
describe('replicas sharing one Redis and one Postgres', () => {
  let graph: TestGraph | undefined;
  let skipped = false;
  const unique = randomBytes(4).toString('hex');

  beforeAll(async () => {
    if (!(await redisAnswers())) {
      if (process.env.CI) throw new Error(`CI=true and no Redis at ${REDIS_URL}: the replicas test needs one`);
      skipped = true;
      console.warn(`\n*** The replicas test did not run: no Redis at ${REDIS_URL}. Start one or set REDIS_URL. ***\n`);
      return;
    }
    graph = await launchTestGraph('replicas', {
      replicas: 2,
      env: { REDIS_URL },
      serviceEnv: { gateway: { TRUST_PROXY: 'loopback', RATE_LIMIT_IP_POINTS: String(IP_POINTS) } },
    });
  }, 240_000);

  afterAll(async () => {
    await graph?.stop();
  });

  /** POSTs an operation as a client behind `forwardedFor` would, to `url` (a gateway, or the balancer). */
  const post = (url: string, query: string, forwardedFor: string) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query }),
    });
  const gatewayReplicas = () => graph!.replicaUrls.gateway.map((base) => `${base}/graphql`);

  it('shares rate limits: two gateways together let one address spend its points once', async () => {
    if (skipped) return;
    const cheap = '{ products(first: 1) { totalCount } }';
    // How many cheap requests one address gets from one gateway alone.
    const alone = `198.51.100.${(Number.parseInt(unique.slice(0, 2), 16) % 250) + 1}`;
    let allowedAlone = 0;
    while ((await post(gatewayReplicas()[0], cheap, alone)).status === 200) allowedAlone++;
    expect(allowedAlone).toBeGreaterThan(1);

    // The same number from both gateways at once, 100 requests in flight through the balancer.
    const together = `198.51.100.${(Number.parseInt(unique.slice(2, 4), 16) % 250) + 1}`;
    const before = graph!.replicaCounts().gateway;
    const statuses = await Promise.all(Array.from({ length: 100 }, () => post(graph!.gatewayUrl, cheap, together).then((r) => r.status)));
    const after = graph!.replicaCounts().gateway;
    expect(after.map((count, i) => count - before[i])).toEqual([50, 50]);
    expect(statuses.filter((status) => status === 200)).toHaveLength(allowedAlone);
    expect(statuses.filter((status) => status !== 200 && status !== 429)).toEqual([]);
  });

  it('shares the response cache: one gateway answers from what the other cached, and one webhook empties it for both', async () => {
    if (skipped) return;
    // An operation of this run's own (the alias is part of the cache key).
    const listing = `{ run_${unique}: products(first: 3) { nodes { id title } } }`;
    const [first, second] = gatewayReplicas();
    const viaFirst = await post(first, listing, '192.0.2.10');
    expect(viaFirst.status).toBe(200);
    expect(viaFirst.headers.get('age')).toBeNull(); // computed, and cached

    // Under load, through the balancer: every answer comes from the shared cache, from either gateway.
    // (Each from an address of its own: the rate limit counts cached answers too.)
    const ages = await Promise.all(
      Array.from({ length: 60 }, (_, i) => post(graph!.gatewayUrl, listing, `192.0.2.${20 + i}`).then((r) => r.headers.get('age'))),
    );
    expect(ages.filter((age) => age === null)).toEqual([]);
    expect((await post(second, listing, '192.0.2.12')).headers.get('age')).not.toBeNull();

    // A content change reaches one gateway; neither answers from the cache afterwards.
    const body = JSON.stringify({ _id: 'product-any', _type: 'product' });
    const webhook = await fetch(new URL('/webhooks/sanity', first), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [SANITY_SIGNATURE_HEADER]: signWebhook(body, devSecret('sanity-webhook')) },
      body,
    });
    expect(webhook.status).toBe(200);
    const afterChange = await post(second, listing, '192.0.2.13');
    expect(afterChange.headers.get('age')).toBeNull();
  });

  it("clears every catalog replica's cache when Sanity's webhook reaches one of them", async () => {
    if (skipped) return;
    const lake = createClient({
      projectId: 'local',
      dataset: 'production',
      apiHost: graph!.contentLakeUrl,
      useProjectHostname: false,
      useCdn: false,
      apiVersion: '2025-02-19',
      token: devSecret('sanity-token'),
    });
    const slug = `replicas-${unique}`;
    const webhooksToCatalog = () => graph!.replicaCounts().catalog.reduce((a, b) => a + b, 0);
    const webhooksBefore = webhooksToCatalog();
    await lake.createOrReplace({
      _id: `product-${slug}`,
      _type: 'product',
      title: 'Before',
      slug: { _type: 'slug', current: slug },
      category: 'ring',
      metal: 'platinum',
      price: { _type: 'money', amount: 120_000, currency: 'GBP' },
    });
    // The lake's webhooks leave after the write, as Sanity's do: let this one land before reading.
    await eventually(
      async () => webhooksToCatalog(),
      (n) => n > webhooksBefore,
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const query = `{ product(slug: "${slug}") { title } }`;
    const titleAt = async (replica: string) => {
      const url = `${replica}/graphql`;
      const answer = await graphqlRequest<{ product: { title: string } | null }>(url, query, {
        headers: signedCall('catalog', devSecret('identity')),
      });
      return answer.data?.product?.title ?? null;
    };
    const replicas = graph!.replicaUrls.catalog;
    // Both replicas have read (and cached) it.
    expect(
      await eventually(
        () => Promise.all(replicas.map(titleAt)),
        (titles) => titles.every((t) => t === 'Before'),
      ),
    ).toEqual(['Before', 'Before']);

    // An editor changes it while both replicas serve a steady load; the lake's webhook reaches one of them.
    let loading = true;
    const load = (async () => {
      while (loading) await Promise.all(replicas.map(titleAt));
    })();
    await lake.patch(`product-${slug}`).set({ title: 'After' }).commit();
    // The catalog cache lives 60 s: only the broadcast can make both replicas see the change this soon.
    const seen = await eventually(
      () => Promise.all(replicas.map(titleAt)),
      (titles) => titles.every((t) => t === 'After'),
      5000,
    );
    loading = false;
    await load;
    expect(seen).toEqual(['After', 'After']);
  });

  it('sends each outbox mail exactly once with two replicas of customers taking jobs', async () => {
    if (skipped) return;
    const emails = Array.from({ length: 16 }, (_, i) => `replica-${unique}-${i}@example.com`);
    const register = (email: string, i: number) =>
      graphqlRequest<{ register: { __typename: string } }>(
        graph!.gatewayUrl,
        `mutation ($input: RegisterInput!) { register(input: $input) { __typename } }`,
        {
          variables: {
            input: { email, password: `a long walk on Hampstead Heath ${unique}`, givenName: 'Replica', familyName: `Test${i}` },
          },
          headers: { 'x-forwarded-for': `192.0.2.${100 + i}` },
        },
      ).then((answer) => answer.data?.register.__typename ?? JSON.stringify(answer.errors));
    // Four at a time: each hashes a password (argon2id, 64 MiB), and this shows the queue, not the hashing.
    const outcomes: string[] = [];
    for (let i = 0; i < emails.length; i += 4) {
      outcomes.push(...(await Promise.all(emails.slice(i, i + 4).map((email, j) => register(email, i + j)))));
    }
    expect(outcomes).toEqual(emails.map(() => 'RegistrationReceived'));
    expect(graph!.replicaCounts().customers.every((count) => count > 0)).toBe(true);

    const mailsTo = async (email: string) =>
      ((await (await fetch(`${graph!.mailSinkUrl}/api/messages?to=${encodeURIComponent(email)}`)).json()) as unknown[]).length;
    const counts = await eventually(
      () => Promise.all(emails.map(mailsTo)),
      (all) => all.every((n) => n >= 1),
      30_000,
    );
    expect(counts).toEqual(emails.map(() => 1));
    // Longer than a redelivery would take (a job's retry, a second replica picking it up).
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(await Promise.all(emails.map(mailsTo))).toEqual(emails.map(() => 1));
  });
});
