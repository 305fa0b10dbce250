import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { buildFederatedSchema, type ReferenceResolvers } from './graphql/federation';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ClassType = Function;

/** What a subgraph is, apart from how it is run: its resolvers and how entity references resolve. */
export interface SubgraphDefinition<Services> {
  /** Name in the supergraph (catalog, customers, ...). */
  name: string;
  /** Resolver classes; type-graphql instantiates each with the services (constructor argument). */
  resolvers: NonEmptyArray<ClassType>;
  /** Types no resolver returns but the schema must carry (result-union members, entity stubs). */
  orphanedTypes?: ClassType[];
  /** `__resolveReference` per entity type this subgraph owns or extends. */
  references?: (services: Services) => ReferenceResolvers;
}

/** Builds the subgraph schema; resolver classes are constructed once with `services`. */
export async function buildSubgraph<Services>(definition: SubgraphDefinition<Services>, services: Services): Promise<GraphQLSchema> {
  const instances = new Map<unknown, unknown>();
  return buildFederatedSchema(
    {
      resolvers: definition.resolvers,
      orphanedTypes: definition.orphanedTypes,
      container: {
        get: (someClass: new (services: Services) => unknown) => {
          if (!instances.has(someClass)) instances.set(someClass, new someClass(services));
          return instances.get(someClass);
        },
      },
    },
    definition.references?.(services),
  );
}

/** The SDL the subgraph serves to composition (`_service { sdl }`), without running anything. */
export async function printSubgraphSdl(definition: SubgraphDefinition<unknown>): Promise<string> {
  const { printSubgraphSchema } = await import('@apollo/subgraph');
  return printSubgraphSchema(await buildSubgraph(definition, {}));
}
