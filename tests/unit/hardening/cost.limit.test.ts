import { Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationCost } from '../../../src/api/plugins/cost.variables.js';

const OPTIONS = { maxCost: 250_000, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5 };

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));
  return operationCost(operation.selectionSet, fragments, variables, OPTIONS);
}

describe('operation cost with variables', () => {
  it('counts `first` the same whether it is a literal or a variable', () => {
    const literal = cost('{ articles(first: 100) { nodes { stances(first: 100) { id } } } }');
    const variable = cost('query($n: Int) { articles(first: $n) { nodes { stances(first: $n) { id } } } }', { n: 100 });
    expect(variable).toBe(literal);
    expect(variable).toBeGreaterThan(10_000);
  });

  it('counts a missing or non-numeric variable as one', () => {
    expect(cost('query($n: Int) { articles(first: $n) { nodes { id } } }')).toBe(cost('{ articles { nodes { id } } }'));
    expect(cost('query($n: Int) { articles(first: $n) { nodes { id } } }', { n: 'many' })).toBe(cost('{ articles { nodes { id } } }'));
  });

  it('expands fragments and inline fragments, and never loops on a self-referencing fragment', () => {
    const viaFragment = cost('query($n: Int) { articles(first: $n) { ...A } } fragment A on ArticleConnection { nodes { id title } }', { n: 10 });
    expect(viaFragment).toBe(cost('{ articles(first: 10) { nodes { id title } } }'));
    expect(Number.isFinite(cost('{ articles { ...A } } fragment A on ArticleConnection { nodes { id } ...A }'))).toBe(true);
  });
});
