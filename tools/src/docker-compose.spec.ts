import { readFileSync } from 'node:fs';
import path from 'node:path';
import { STRIPE_WEBHOOK_EVENTS, SUBGRAPH_REGISTRY, subgraphUrlVariable } from '@elysium/subgraph-kit/core';

/** docker-compose.yml is YAML the registry cannot generate; this keeps it in step with the registry. */
describe('docker-compose.yml', () => {
  const compose = readFileSync(path.join(__dirname, '..', '..', 'docker-compose.yml'), 'utf8');
  const service = (name: string) => {
    const match = new RegExp(`\\n  ${name}:\\n([\\s\\S]*?)(?=\\n  [\\w-]+:\\n|\\nvolumes:)`).exec(compose);
    return match?.[1] ?? '';
  };

  it.each(SUBGRAPH_REGISTRY.map((s) => [s.name, s.port] as const))(
    'runs %s on its registry port, and the gateway finds it there',
    (name, port) => {
      expect(service(name)).toContain(`dist/subgraphs/${name}/src/main.js`);
      expect(service(name)).toContain(`PORT: ${port}`);
      expect(service('gateway')).toContain(`${subgraphUrlVariable(name)}: http://${name}:${port}/graphql`);
    },
  );

  it('has the Stripe double send payments the events it acts on, as npm start does', () => {
    expect(service('stripe-double')).toContain(`WEBHOOK_EVENTS: ${STRIPE_WEBHOOK_EVENTS.join(',')}`);
  });

  it('runs every app compiled (npm run build), none through a transpiler', () => {
    expect(compose).not.toContain('register.js');
    expect([...compose.matchAll(/command: \['node', '(dist\/[\w/-]+\.js)'\]/g)].length).toBe(9);
  });

  it('lists no subgraph the registry does not know', () => {
    const mains = [...compose.matchAll(/dist\/subgraphs\/(\w+)\/src\/main\.js/g)].map((m) => m[1]);
    expect(mains.sort()).toEqual(SUBGRAPH_REGISTRY.map((s) => s.name).sort());
  });
});
