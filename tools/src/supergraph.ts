import { readFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { printSubgraphSdl } from '@elysium/subgraph-kit';
import { printSchema } from 'graphql';
import gql from 'graphql-tag';
import { SUBGRAPH_DEFINITIONS } from './subgraph-definitions';
import { SUBGRAPHS } from './subgraphs';

export const SCHEMA_DIR = path.join(__dirname, '..', '..', 'schema');

export interface ComposedSchemas {
  /** File name → contents, for every file schema/ should hold. */
  files: Map<string, string>;
}

/**
 * Prints every subgraph's SDL and composes the supergraph with the URLs a local `npm start` uses
 * (the gateway overrides them per environment). Throws with every composition error.
 */
export async function composeSupergraph(): Promise<ComposedSchemas> {
  const files = new Map<string, string>();
  const services = [];
  for (const subgraph of SUBGRAPHS) {
    const sdl = await printSubgraphSdl(SUBGRAPH_DEFINITIONS[subgraph.name] as never);
    files.set(`${subgraph.name}.graphql`, `${sdl.trim()}\n`);
    services.push({ name: subgraph.name, url: `http://127.0.0.1:${subgraph.port}/graphql`, typeDefs: gql(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  files.set('supergraph.graphql', `${result.supergraphSdl.trim()}\n`);
  // What clients see (no federation machinery): codegen and schema reviews read this one.
  files.set('api.graphql', `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`);
  return { files };
}

/** The files under schema/ that differ from what composition produces now. */
export function staleSchemaFiles(composed: ComposedSchemas): string[] {
  return [...composed.files]
    .filter(([name, contents]) => {
      try {
        return readFileSync(path.join(SCHEMA_DIR, name), 'utf8') !== contents;
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
}
