import { Kind, parse, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationCost } from '../../../src/api/plugins/cost.limit.js';
import { createSchema } from '../../../src/api/schema.js';
import { DEFAULT_PAGE_SIZE } from '../../../src/graph/pagination.js';

const OPTIONS = { maxCost: 2_000_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 };

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return operationCost(schema, operation, fragments, variables, OPTIONS);
}

describe('operation cost', () => {
  it('counts `first` the same whether it is a literal or a variable', () => {
    const literal = cost('{ articles(first: 100) { nodes { stances(first: 100) { id } } } }');
    const variable = cost('query($n: Int) { articles(first: $n) { nodes { stances(first: $n) { id } } } }', { n: 100 });
    expect(variable).toBe(literal);
    expect(variable).toBeGreaterThan(10_000);
  });

  it('counts a paged list without `first` as the page the resolver returns, at every level', () => {
    expect(cost('{ articles { nodes { id } } }')).toBe(cost(`{ articles(first: ${DEFAULT_PAGE_SIZE}) { nodes { id } } }`));
    expect(cost('{ actors { nodes { stances { claim { stances { id } } } } } }')).toBe(
      cost(`{ actors(first: ${DEFAULT_PAGE_SIZE}) { nodes { stances(first: ${DEFAULT_PAGE_SIZE}) { claim { stances(first: ${DEFAULT_PAGE_SIZE}) { id } } } } } }`),
    );
  });

  it("uses the argument's own default where the schema declares one (whoSaid returns 10)", () => {
    expect(cost('{ whoSaid(query: "x") { claim { text } } }')).toBe(cost('{ whoSaid(query: "x", first: 10) { claim { text } } }'));
    expect(cost('query($n: Int = 3) { articles(first: $n) { nodes { id } } }')).toBe(cost('{ articles(first: 3) { nodes { id } } }'));
  });

  it('counts a missing or non-numeric variable as the default page size', () => {
    expect(cost('query($n: Int) { articles(first: $n) { nodes { id } } }')).toBe(cost('{ articles { nodes { id } } }'));
    expect(cost('query($n: Int) { articles(first: $n) { nodes { id } } }', { n: 'many' })).toBe(cost('{ articles { nodes { id } } }'));
  });

  it('counts a list without a page-size argument once', () => {
    expect(cost('{ stances(first: 1) { nodes { chain { id } } } }')).toBe(cost('{ stances(first: 1) { nodes { holder { id } } } }'));
  });

  it('expands fragments and inline fragments, and never loops on a self-referencing fragment', () => {
    const viaFragment = cost('query($n: Int) { articles(first: $n) { ...A } } fragment A on ArticleConnection { nodes { id title } }', { n: 10 });
    expect(viaFragment).toBe(cost('{ articles(first: 10) { nodes { id title } } }'));
    expect(cost('{ articles(first: 10) { ... on ArticleConnection { nodes { id title } } } }')).toBe(viaFragment);
    expect(Number.isFinite(cost('{ articles { ...A } } fragment A on ArticleConnection { nodes { id } ...A }'))).toBe(true);
  });

  it('computes each fragment once, so fragments spreading fragments twice do not take exponential time', () => {
    const levels = 60;
    const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : '__typename'} }`);
    const started = performance.now();
    expect(cost(`{ ...F0 } ${fragments.join(' ')}`)).toBe(2 ** (levels - 1));
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
