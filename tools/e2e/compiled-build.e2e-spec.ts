import { readFileSync } from 'node:fs';
import { DEMO_ACCOUNT_PASSWORD, DEMO_ACCOUNTS } from '@elysium/customers';
import { graphqlRequest } from '@elysium/subgraph-kit/testing';
import { build } from '../src/build';
import { launchTestGraph, type TestGraph } from '../src/launch-test-graph';

/**
 * `npm run build`'s output runs the whole graph as production does: `node dist/<app>/src/main.js`,
 * with no transpiler in any process, reading and writing through every subgraph.
 */
describe('the compiled build', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    build();
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
    const listing = await graphqlRequest<{ products: { nodes: Array<{ title: string; availability: { status: string } | null }> } }>(
      graph.gatewayUrl,
      '{ products(first: 3) { nodes { title availability { status } } } }',
    );
    expect(listing.errors).toBeUndefined();
    expect(listing.data!.products.nodes).toHaveLength(3);
    expect(listing.data!.products.nodes.every((p) => p.availability !== null)).toBe(true);
    const [client] = DEMO_ACCOUNTS.filter((a) => a.role === 'customer');
    const signIn = await graphqlRequest<{ signIn: { __typename: string } }>(
      graph.gatewayUrl,
      'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { __typename } }',
      { variables: { e: client.email, p: DEMO_ACCOUNT_PASSWORD } },
    );
    expect(signIn.data?.signIn.__typename).toBe('SessionTokens');
  });
});
