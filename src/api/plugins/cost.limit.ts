import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getVariableValues,
  GraphQLError,
  isInterfaceType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../../graph/pagination.js';

export interface CostOptions {
  maxCost: number;
  objectCost: number;
  scalarCost: number;
  depthCostFactor: number;
}

type Variables = Record<string, unknown>;

/**
 * How many items a field can return. A field with a `first` (or `last`) argument returns what it
 * asks for, written inline, passed as a variable or left to the argument's default; without any
 * value the resolvers return DEFAULT_PAGE_SIZE items, so that is what it costs. Fields without a
 * page-size argument count once.
 */
function itemsOf(field: GraphQLField<unknown, unknown> | undefined, node: FieldNode, variables: Variables): number {
  const arg = field?.args.find((a) => a.name === 'first' || a.name === 'last');
  if (!field || !arg) return 1;
  let value: unknown;
  try {
    value = getArgumentValues(field, node, variables)[arg.name];
  } catch {
    value = undefined; // a value that does not coerce: execution refuses it, the cost counts the default
  }
  return typeof value === 'number' && Number.isFinite(value) ? Math.max(value, 1) : DEFAULT_PAGE_SIZE;
}

const fieldsOf = (type: GraphQLNamedType | null | undefined) => (isObjectType(type) || isInterfaceType(type) ? type.getFields() : {});

/** The variables as execution will see them (operation defaults filled in); none when they do not coerce. */
function coerceVariables(schema: GraphQLSchema, operation: OperationDefinitionNode, raw: Variables): Variables {
  const result = getVariableValues(schema, operation.variableDefinitions ?? [], raw, { maxErrors: 1 });
  return 'coerced' in result && result.coerced ? result.coerced : {};
}

/**
 * The cost of an operation as graphql-armor defines it (objects `objectCost`, scalars
 * `scalarCost`, each level of nesting times `depthCostFactor`, a list times the items it returns),
 * but schema-aware: armor reads only literal `first` values and counts a list without one as one
 * item, while the resolvers return 20. Fragments count as if written in place, each computed once.
 */
export function operationCost(schema: GraphQLSchema, operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>, variables: Variables, options: CostOptions): number {
  const coerced = coerceVariables(schema, operation, variables);
  const fragmentCosts = new Map<string, number>();
  const cost = (set: SelectionSetNode, type: GraphQLNamedType | null | undefined): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === '__schema') continue;
        if (!selection.selectionSet) {
          total += options.scalarCost;
          continue;
        }
        const field = fieldsOf(type)[selection.name.value];
        const children = cost(selection.selectionSet, field && getNamedType(field.type));
        total += itemsOf(field, selection, coerced) * (options.objectCost + options.depthCostFactor * children);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        total += cost(selection.selectionSet, selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type);
      } else {
        const name = selection.name.value;
        const fragment = fragments[name];
        // Computed once per fragment (spreads of spreads would otherwise grow exponentially); a
        // fragment spread inside itself is invalid GraphQL and counts nothing while it is computed.
        if (!fragment || fragmentCosts.has(name)) {
          total += fragmentCosts.get(name) ?? 0;
          continue;
        }
        fragmentCosts.set(name, 0);
        const fragmentCost = cost(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
        fragmentCosts.set(name, fragmentCost);
        total += fragmentCost;
      }
    }
    return total;
  };
  return cost(operation.selectionSet, schema.getRootType(operation.operation));
}

/** Refuses, before anything runs, operations whose cost is above the limit; the message says how to fit. */
export function costLimitPlugin<C extends object>(options: CostOptions): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const cost = Math.round(operationCost(schema, operation, fragments, request.variables ?? {}, options));
          if (cost <= options.maxCost) return;
          throw new GraphQLError(
            `Query cost limit of ${options.maxCost} exceeded, found ${cost}. A list costs what is selected in it times its "first", ` +
              `or its default page size (${DEFAULT_PAGE_SIZE} for most lists) when "first" is not given: ask for smaller pages or nest fewer lists.`,
            { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
          );
        },
      };
    },
  };
}
