import { printSubgraphSchema } from '@apollo/subgraph';
import type { Express } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { NonEmptyArray } from 'type-graphql';
import { buildFederatedSchema, type ReferenceResolvers } from './graphql/federation';
import { startGraphQLServer, type RunningServer } from './http/server';
import type { SubgraphContext } from './context';
import type { Logger } from './logger';
import type { Metrics } from './metrics';

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
  /**
   * Unions and enums only our own services use, marked `@inaccessible` (object types and fields take
   * `@Directive('@inaccessible')` directly; type-graphql has no directives for these two).
   */
  internalTypes?: readonly string[];
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
    definition.internalTypes,
  );
}

/** The SDL the subgraph serves to composition (`_service { sdl }`), without running anything. */
export async function printSubgraphSdl(definition: SubgraphDefinition<unknown>): Promise<string> {
  return printSubgraphSchema(await buildSubgraph(definition, {}));
}

/** The settings every subgraph's env carries for serving HTTP. */
export interface ServeEnv {
  NODE_ENV: 'development' | 'test' | 'production';
  HOST: string;
  PORT: number;
  IDENTITY_SECRET: string;
  METRICS_TOKEN?: string;
}

/** Builds the schema with `services` and serves it; Postgres-backed and Sanity-backed subgraphs alike. */
export async function serveSubgraph<Services>(
  definition: SubgraphDefinition<Services>,
  services: Services,
  env: ServeEnv,
  runtime: {
    log: Logger;
    metrics: Metrics;
    checkReady: () => Promise<void>;
    routes?: (app: Express) => void;
    publicMaxAgeSeconds?: number;
    extendContext?: (context: SubgraphContext) => SubgraphContext;
  },
): Promise<RunningServer> {
  return startGraphQLServer({
    name: definition.name,
    schema: await buildSubgraph(definition, services),
    host: env.HOST,
    port: env.PORT,
    identitySecret: env.IDENTITY_SECRET,
    metricsToken: env.METRICS_TOKEN,
    exposeInternalMessages: env.NODE_ENV === 'development',
    ...runtime,
  });
}
