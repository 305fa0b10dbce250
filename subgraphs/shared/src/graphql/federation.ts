import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import {
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  Kind,
  visit,
  type DocumentNode,
  type EnumTypeDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type UnionTypeDefinitionNode,
} from 'graphql';
import gql from 'graphql-tag';
import { buildSchema, createResolversMap, type BuildSchemaOptions } from 'type-graphql';

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires", "@provides", "@inaccessible", "@tag"])`;

/** `__resolveReference` functions by type name, added to the type-graphql resolvers. */
export type ReferenceResolvers = Record<string, { __resolveReference: (reference: never, context: never) => unknown }>;

/**
 * Builds a Federation 2 subgraph schema from type-graphql classes: type-graphql prints the SDL with
 * its directives, @apollo/subgraph adds `_entities`/`_service`, and the reference resolvers are merged
 * into type-graphql's resolver map (type-graphql's own federation example does the same).
 */
export async function buildFederatedSchema(
  options: Omit<BuildSchemaOptions, 'skipCheck'>,
  referenceResolvers: ReferenceResolvers = {},
  internalTypes: readonly string[] = [],
): Promise<GraphQLSchema> {
  const schema = await buildSchema({ ...options, skipCheck: true, validate: { forbidUnknownValues: false } });
  const resolvers = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [typeName, extra] of Object.entries(referenceResolvers)) {
    resolvers[typeName] = { ...resolvers[typeName], ...extra };
  }
  const subgraph = buildSubgraphSchema([
    {
      typeDefs: markInaccessible(
        gql`
          ${FEDERATION_LINK}
          ${printSchemaWithDirectives(schema)}
        `,
        internalTypes,
      ),
      resolvers: resolvers as GraphQLResolverMap<unknown>,
    },
  ]);
  internaliseEnumDefaults(subgraph);
  return subgraph;
}

/**
 * Adds `@inaccessible` to the named unions and enums: type-graphql puts directives on object types
 * and fields only, and a type our services alone use must not reach the clients' API schema.
 */
function markInaccessible(document: DocumentNode, names: readonly string[]): DocumentNode {
  if (names.length === 0) return document;
  const wanted = new Set(names);
  const found = new Set<string>();
  const mark = <T extends UnionTypeDefinitionNode | EnumTypeDefinitionNode>(node: T): T => {
    if (!wanted.has(node.name.value)) return node;
    found.add(node.name.value);
    const inaccessible = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'inaccessible' }, arguments: [] } as const;
    return { ...node, directives: [...(node.directives ?? []), inaccessible] };
  };
  const marked = visit(document, { UnionTypeDefinition: mark, EnumTypeDefinition: mark });
  const missing = names.filter((name) => !found.has(name));
  if (missing.length) throw new Error(`internalTypes names no union or enum: ${missing.join(', ')}`);
  return marked;
}

/**
 * The SDL round trip coerces enum default values (`format: ImageFormat = WEBP`) while enums still map
 * names to themselves; the resolver map then gives enums their internal values ('webp'). Re-coerce
 * every enum default so a defaulted argument reaches resolvers exactly as an explicit one does.
 */
function internaliseEnumDefaults(schema: GraphQLSchema): void {
  const remap = (holder: { type: GraphQLInputType; defaultValue?: unknown }) => {
    const type = getNamedType(holder.type);
    if (!(type instanceof GraphQLEnumType) || holder.defaultValue === undefined) return;
    const internal = (name: unknown) => (typeof name === 'string' ? (type.getValue(name)?.value ?? name) : name);
    holder.defaultValue = Array.isArray(holder.defaultValue) ? holder.defaultValue.map(internal) : internal(holder.defaultValue);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
      for (const field of Object.values(type.getFields())) field.args.forEach(remap);
    } else if (type instanceof GraphQLInputObjectType) {
      Object.values(type.getFields()).forEach(remap);
    }
  }
}
