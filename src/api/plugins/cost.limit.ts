import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type FragmentDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';

export interface CostOptions {
  maxCost: number;
  objectCost: number;
  scalarCost: number;
  depthCostFactor: number;
}

/** The value of a `first` argument, whether written inline or passed as a variable. */
function intValue(node: ValueNode, variables: Record<string, unknown>): number | null {
  if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' && Number.isFinite(value) ? value : null;
  }
  return null;
}

/**
 * The cost graphql-armor computes, with one difference: `first` counts when it comes from a
 * variable too. Armor reads only literals, so `first: $n` with n = 100 at three levels costs it
 * ~30 instead of millions; this check runs once variables are known, after armor's.
 */
export function operationCost(selectionSet: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, variables: Record<string, unknown>, options: CostOptions): number {
  const seen = new Set<string>();
  const cost = (set: SelectionSetNode, depth: number): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__schema') continue;
        if (!selection.selectionSet) {
          total += options.scalarCost;
          continue;
        }
        let multiplier = 1;
        const first = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last');
        if (first) multiplier = Math.max(intValue(first.value, variables) ?? 1, 1);
        total += multiplier * (options.objectCost + options.depthCostFactor * cost(selection.selectionSet, depth + 1));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += cost(selection.selectionSet, depth);
      } else {
        const fragment = fragments[selection.name.value];
        // A fragment spread inside itself is invalid GraphQL (validation refuses it); never recurse twice.
        if (!fragment || seen.has(fragment.name.value)) continue;
        seen.add(fragment.name.value);
        total += cost(fragment.selectionSet, depth);
        seen.delete(fragment.name.value);
      }
    }
    return total;
  };
  return cost(selectionSet, 0);
}

/** Refuses operations whose cost, with variables filled in, is above the limit. */
export function costWithVariablesPlugin<C extends object>(options: CostOptions): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          const variables = request.variables ?? {};
          if (!operation || Object.keys(variables).length === 0) return; // armor already counted the literals
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const cost = operationCost(operation.selectionSet, fragments, variables, options);
          if (cost > options.maxCost) {
            throw new GraphQLError(`Query Cost limit of ${options.maxCost} exceeded, found ${Math.round(cost)}.`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
