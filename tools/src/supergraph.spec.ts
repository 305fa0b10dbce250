import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { composeSupergraph, staleSchemaFiles } from './supergraph';

/** Every type, field, argument, input field and enum value of `sdl` that has no description. */
function undocumented(sdl: string): string[] {
  const schema = buildSchema(sdl);
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || ['Query', 'Mutation', 'String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) {
      if (type.name.startsWith('__')) continue;
    } else if (!type.description) {
      missing.push(type.name);
    }
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
  }
  return missing;
}

describe('schema/', () => {
  it('holds the SDL every subgraph serves and the supergraph composed from them (run `npm run compose`)', async () => {
    const composed = await composeSupergraph();
    expect(composed.files.size).toBe(7);
    expect(staleSchemaFiles(composed)).toEqual([]);
  });

  it("documents every type, field, argument and enum value of the clients' API schema", () => {
    const api = readFileSync(path.join(__dirname, '..', '..', 'schema', 'api.graphql'), 'utf8');
    expect(undocumented(api)).toEqual([]);
  });
});
