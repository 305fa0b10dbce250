import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { analyseOperation } from './operation-analysis';

const schema = buildSchema(readFileSync(path.join(__dirname, '..', '..', '..', 'schema', 'api.graphql'), 'utf8'));
const settings = { assumedListSize: 10 };

function analyse(source: string, variables: Record<string, unknown> = {}) {
  const document = parse(source);
  return analyseOperation(schema, document, getOperationAST(document)!, variables, settings);
}

describe('operation analysis', () => {
  it('costs a connection by its page size: each product, and each object under it, counts once per item', () => {
    // 1 connection + 20 × (product + price + image + availability)
    expect(analyse('{ products(first: 20) { nodes { title price { amount } image { url } availability { status } } } }').cost).toBe(81);
    expect(analyse('query ($n: Int!) { products(first: $n) { nodes { title } } }', { n: 100 }).cost).toBe(101);
  });

  it("counts a page size given by a variable's default, or by the argument's own default when the variable is absent", () => {
    expect(analyse('query ($n: Int = 100) { products(first: $n) { nodes { title } } }').cost).toBe(101);
    expect(analyse('query ($n: Int) { products(first: $n) { nodes { title } } }').cost).toBe(25);
  });

  it('counts aliases inside introspection, which multiply its answer like anywhere else', () => {
    const aliased = (prefix: string, field: string, fragment: string) =>
      Array.from({ length: 8 }, (_, i) => `${prefix}${i}: ${field} { ...${fragment} }`).join(' ');
    const attack = `{ __schema { types { ...A } } }
      fragment A on __Type { name ${aliased('f', 'fields', 'B')} }
      fragment B on __Field { name ${aliased('t', 'type', 'C')} }
      fragment C on __Type { name ${aliased('o', 'ofType', 'D')} }
      fragment D on __Type { name kind }`;
    expect(analyse(attack).aliases).toBe(8 + 8 * (8 + 8 * 8));
  });

  it('uses the argument default when the operation gives none, and the assumed size for unbounded lists', () => {
    // products' default page size is 24; images is an unbounded list (assumed 10 per product).
    expect(analyse('{ products { nodes { images { url } } } }').cost).toBe(1 + 24 * (1 + 10));
  });

  it('grows with aliases, so renaming copies of a heavy field cannot hide its cost', () => {
    const one = analyse('{ products(first: 100) { nodes { availability { status } } } }').cost;
    const aliased = analyse(
      `{ ${Array.from({ length: 20 }, (_, i) => `p${i}: products(first: 100) { nodes { availability { status } } }`).join(' ')} }`,
    );
    expect(aliased.cost).toBe(20 * one);
    expect(aliased.aliases).toBe(20);
  });

  it('measures depth through fragments and ignores introspection', () => {
    const nested = analyse(`
      query { me { ...Orders } }
      fragment Orders on Customer { orders { customer { orders { lines { product { title } } } } } }
    `);
    expect(nested.depth).toBe(7);
    expect(analyse('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }')).toMatchObject({ depth: 0, cost: 100 });
    expect(analyse(`{ ${Array.from({ length: 30 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`).cost).toBe(3000);
  });

  it('measures a fragment spread many times once, and counts its cost every time', () => {
    const fragments = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n');
    const started = performance.now();
    const result = analyse(`query { ...F0 }\n${fragments}\nfragment F12 on Query { siteSettings { title } }`);
    expect(performance.now() - started).toBeLessThan(200);
    expect(result.cost).toBe(2 ** 12);
  });

  it('counts directives in the operation and its fragments', () => {
    expect(
      analyse(
        'query ($a: Boolean!) { siteSettings @include(if: $a) { title @skip(if: $a) } ...F } fragment F on Query { pages @include(if: $a) { title } }',
        { a: true },
      ).directives,
    ).toBe(3);
  });
});
