import {
  getNamedType,
  getVariableValues,
  SchemaMetaFieldDef,
  TypeMetaFieldDef,
  isCompositeType,
  isListType,
  isNonNullType,
  isUnionType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What an operation asks of the graph, measured before anything runs. */
export interface OperationAnalysis {
  /** Deepest nesting of fields (introspection excluded). */
  depth: number;
  /** Aliased fields, counted as often as fragments repeat them. */
  aliases: number;
  /** Directives written in the operation and its fragments. */
  directives: number;
  /**
   * Shopify-style cost: 1 per object (or list element) the operation asks for, scalars free, a list
   * counted at the size its `first`/`last`/`limit` argument allows, or at `assumedListSize` otherwise.
   */
  cost: number;
}

export interface CostSettings {
  /** Size counted for a list whose length no argument bounds (a client's orders, a product's images). */
  assumedListSize: number;
}

/**
 * Introspection is answered by the gateway from the schema it holds, so its depth is the schema's and
 * not counted; its size is, so thirty aliased copies of the whole schema cost what they weigh.
 */
const INTROSPECTION_COST: Record<string, number> = { __schema: 100, __type: 5 };

/** Arguments that bound how many items a list field (or a connection's lists) returns. */
const SLICING_ARGUMENTS = ['first', 'last', 'limit'];

interface Measure {
  depth: number;
  aliases: number;
  cost: number;
}

/**
 * Measures an operation over the API schema with the request's variables. Every fragment is measured
 * once and reused, so a document that spreads fragments exponentially costs linear time to measure
 * (and is then refused for its exponential cost).
 */
export function analyseOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  settings: CostSettings,
): OperationAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const root = schema.getRootType(operation.operation);
  if (!root) return { depth: 0, aliases: 0, directives: 0, cost: 0 };
  // The values the operation will really run with: variable defaults included.
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  const values = 'coerced' in coerced && coerced.coerced ? coerced.coerced : variables;

  const fragmentMeasures = new Map<string, Measure>();
  // Measured per unit of the enclosing slice (a connection's `first` multiplies its lists).
  const measureFragment = (name: string, slice: number | null, introspecting: boolean): Measure => {
    const key = `${name}\u0000${slice}\u0000${introspecting}`;
    const known = fragmentMeasures.get(key);
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    // Placeholder while measuring guards against cycles (validation refuses them; this never loops).
    fragmentMeasures.set(key, { depth: 0, aliases: 0, cost: 0 });
    const measure =
      fragment && type && isCompositeType(type)
        ? measureSelections(fragment.selectionSet, type, slice, introspecting)
        : { depth: 0, aliases: 0, cost: 0 };
    fragmentMeasures.set(key, measure);
    return measure;
  };

  const argumentValue = (field: FieldNode, definition: GraphQLField<unknown, unknown>, name: string): number | null => {
    const given = field.arguments?.find((a) => a.name.value === name);
    const fromOperation = given ? valueFromASTUntyped(given.value, values) : undefined;
    // An absent variable leaves the argument to its own default, as execution does.
    const value = fromOperation ?? definition.args.find((a) => a.name === name)?.defaultValue;
    return typeof value === 'number' && Number.isFinite(value) ? Math.max(0, Math.floor(value)) : null;
  };

  const measureSelections = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType,
    slice: number | null,
    introspecting = false,
  ): Measure => {
    const total: Measure = { depth: 0, aliases: 0, cost: 0 };
    const add = (m: Measure) => {
      total.depth = Math.max(total.depth, m.depth);
      total.aliases += m.aliases;
      total.cost += m.cost;
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) add(measureFragment(selection.name.value, slice, introspecting));
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) add(measureSelections(selection.selectionSet, type, slice, introspecting));
      } else add(measureField(selection, parent, slice, introspecting));
    }
    return total;
  };

  const measureField = (field: FieldNode, parent: GraphQLCompositeType, slice: number | null, introspecting: boolean): Measure => {
    const aliases = field.alias ? 1 : 0;
    const name = field.name.value;
    if (name === '__typename') return { depth: 0, aliases, cost: 0 };
    // A union has no fields of its own (only __typename); interfaces and objects do.
    const definition =
      name === '__schema'
        ? SchemaMetaFieldDef
        : name === '__type'
          ? TypeMetaFieldDef
          : isUnionType(parent)
            ? undefined
            : parent.getFields()[name];
    if (introspecting || name === '__schema' || name === '__type') {
      // Introspection is answered from the schema in memory: its depth is the schema's and its price
      // fixed, but aliases inside it multiply the answer like anywhere else, so they are counted.
      const named = definition && getNamedType(definition.type);
      const children =
        named && isCompositeType(named) && field.selectionSet ? measureSelections(field.selectionSet, named, null, true) : { aliases: 0 };
      return { depth: 0, aliases: aliases + children.aliases, cost: INTROSPECTION_COST[name] ?? 0 };
    }
    if (!definition) return { depth: 1, aliases, cost: 0 };
    const named = getNamedType(definition.type);
    if (!isCompositeType(named) || !field.selectionSet) return { depth: 1, aliases, cost: 0 };

    const sliceArgument = SLICING_ARGUMENTS.map((name) => argumentValue(field, definition, name)).find((v) => v !== null) ?? null;
    const list = isList(definition.type);
    // A list is as long as its own slicing argument, the enclosing connection's, or the assumption.
    const size = list ? (sliceArgument ?? slice ?? settings.assumedListSize) : 1;
    // A sliced connection object passes its slice to the lists inside it (edges, nodes).
    const childSlice = !list && sliceArgument !== null ? sliceArgument : null;
    const children = measureSelections(field.selectionSet, named, childSlice);
    return { depth: 1 + children.depth, aliases: aliases + children.aliases, cost: size * (1 + children.cost) };
  };

  const measure = measureSelections(operation.selectionSet, root, null);
  return { ...measure, directives: countDirectives(operation, fragments) };
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

function countDirectives(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): number {
  let count = 0;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if ((node as { kind?: string }).kind === Kind.DIRECTIVE) count += 1;
    for (const value of Object.values(node as Record<string, unknown>)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object' && 'kind' in value) visit(value);
    }
  };
  visit(operation);
  fragments.forEach(visit);
  return count;
}
