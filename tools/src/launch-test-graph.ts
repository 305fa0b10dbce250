import { createTestDatabase } from '@elysium/subgraph-kit/testing';
import { launchGraph, type LaunchedGraph, type LaunchOptions } from './launch-graph';

/** The whole graph for one test file, on a database of its own that `stop()` drops. */
export interface TestGraph extends LaunchedGraph {
  databaseUrl: string;
}

/**
 * Starts the graph (separate processes unless `isolation` says otherwise, real HTTP) on a fresh database and
 * ephemeral ports, quietly; the processes' output is printed only when the start fails.
 */
export async function launchTestGraph(
  label: string,
  options: Partial<
    Pick<LaunchOptions, 'seedDemoData' | 'serviceEnv' | 'storefrontUrl' | 'runtime' | 'isolation' | 'replicas' | 'env'>
  > = {},
): Promise<TestGraph> {
  const database = await createTestDatabase(label);
  const output: string[] = [];
  const graph = await launchGraph({
    databaseUrl: database.url,
    ports: 'ephemeral',
    seedDemoData: options.seedDemoData ?? false,
    logLevel: 'warn',
    nodeEnv: 'test',
    onOutput: (name, line) => {
      output.push(`${name}: ${line}`);
      if (process.env.GRAPH_OUTPUT) console.error(`${name}: ${line}`);
    },
    serviceEnv: options.serviceEnv,
    storefrontUrl: options.storefrontUrl,
    runtime: options.runtime,
    isolation: options.isolation,
    replicas: options.replicas,
    env: options.env,
  }).catch(async (error) => {
    console.error(output.join('\n'));
    await database.drop();
    throw error;
  });
  return {
    ...graph,
    databaseUrl: database.url,
    stop: async () => {
      await graph.stop();
      await database.drop();
    },
  };
}
