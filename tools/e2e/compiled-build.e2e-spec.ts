import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS } from '@elysium/demo';
import { createTestDatabase, graphqlRequest, type TestDatabase } from '@elysium/subgraph-kit/testing';
import { build } from '../src/build';
import type { LaunchedGraph } from '../src/launch-graph';
import { launchTestGraph, type TestGraph } from '../src/launch-test-graph';
import { ROOT } from '../src/root';

/**
 * `npm run build`'s output runs the whole graph as production does: `node dist/<app>/src/main.js`,
 * with no transpiler in any process, reading and writing through every subgraph.
 */
beforeAll(() => {
  build();
});

/** A listing across the catalog and inventory, and a client signed in (argon2, a session row). */
async function expectListingAndSignIn(gatewayUrl: string): Promise<void> {
  const listing = await graphqlRequest<{ products: { nodes: Array<{ title: string; availability: { status: string } | null }> } }>(
    gatewayUrl,
    '{ products(first: 3) { nodes { title availability { status } } } }',
  );
  expect(listing.errors).toBeUndefined();
  expect(listing.data!.products.nodes).toHaveLength(3);
  expect(listing.data!.products.nodes.every((p) => p.availability !== null)).toBe(true);
  const [client] = DEMO_ACCOUNTS.filter((a) => a.role === 'customer');
  const signIn = await graphqlRequest<{ signIn: { __typename: string } }>(
    gatewayUrl,
    'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
    { variables: { e: client.email, p: DEMO_ACCOUNT_PASSWORD } },
  );
  expect(signIn.data?.signIn.__typename).toBe('SessionTokens');
}

describe('the compiled build', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await launchTestGraph('compiled', { runtime: 'compiled', seedDemoData: true });
  }, 180_000);

  afterAll(async () => {
    await graph?.stop();
  });

  it('runs every process from dist/ with no TypeScript transpiler loaded', () => {
    for (const [name, child] of Object.entries(graph.processes)) {
      const commandLine = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').split('\0');
      expect({ name, entry: commandLine.find((arg) => arg.endsWith('.js') || arg.endsWith('.ts')) }).toEqual({
        name,
        entry: expect.stringMatching(/\/dist\/.+\/src\/main\.js$/),
      });
      expect({ name, register: commandLine.includes('-r') }).toEqual({ name, register: false });
      // SWC is a native module: once loaded, its shared object is mapped into the process.
      expect({ name, swc: readFileSync(`/proc/${child.pid}/maps`, 'utf8').includes('swc') }).toEqual({ name, swc: false });
    }
  });

  it('answers a listing across the catalog and inventory, and signs a client in (argon2, a session row)', async () => {
    await expectListingAndSignIn(graph.gatewayUrl);
  });
});

describe("npm start's graph: the compiled apps in worker threads of one process, by the compiled launcher", () => {
  let graph: LaunchedGraph;
  let database: TestDatabase;

  beforeAll(async () => {
    // What `node dist/tools/src/start.js` loads: the launcher compiled with the apps, so a module
    // the build left out fails here, not at a developer's `npm start`.
    const compiled = (await import(path.join(ROOT, 'dist', 'tools', 'src', 'launch-graph.js'))) as typeof import('../src/launch-graph');
    database = await createTestDatabase('threads');
    const output: string[] = [];
    graph = await compiled
      .launchGraph({
        databaseUrl: database.url,
        ports: 'ephemeral',
        seedDemoData: true,
        logLevel: 'warn',
        nodeEnv: 'test',
        runtime: 'compiled',
        isolation: 'thread',
        onOutput: (name, line) => output.push(`${name}: ${line}`),
      })
      .catch((error: Error) => {
        console.error(output.join('\n'));
        throw error;
      });
  }, 180_000);

  afterAll(async () => {
    await graph?.stop();
    await database?.drop();
  });

  it('starts no process: every app is a thread of this one', () => {
    expect(graph.processes).toEqual({});
  });

  it('answers through the gateway over HTTP as the processes do', async () => {
    await expectListingAndSignIn(graph.gatewayUrl);
  });

  it('stops every app cleanly: their ports close', async () => {
    const urls = [graph.gatewayUrl, ...Object.values(graph.subgraphUrls), graph.contentLakeUrl, graph.stripeUrl, graph.mailSinkUrl];
    await graph.stop();
    for (const url of urls) {
      const answered = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
        () => true,
        () => false,
      );
      expect({ url, answered }).toEqual({ url, answered: false });
    }
  });
});
