import { getArgumentValues, getNamedType, isObjectType, Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { StanceListing, StanceRelation } from '../graph/repositories/stance.repository.js';
import { stanceProperties } from './types/stance.type.js';

/** The fields of a selection set, fragments flattened (directives are ignored: a skipped field still counts). */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): FieldNode[] {
  return (set?.selections ?? []).flatMap((node) => {
    if (node.kind === Kind.FIELD) return [node];
    if (node.kind === Kind.INLINE_FRAGMENT) return fieldsOf(node.selectionSet, info);
    return fieldsOf(info.fragments[node.name.value]?.selectionSet, info);
  });
}

/** Names of the fields selected under the resolved field, down `path` (field names, not aliases). */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  for (const step of path) sets = sets.flatMap((set) => fieldsOf(set, info).filter((f) => f.name.value === step).map((f) => f.selectionSet));
  return new Set(sets.flatMap((set) => fieldsOf(set, info).map((f) => f.name.value)));
}

/**
 * The arguments (defaults applied) of field `name` selected under the resolved field, when it is
 * selected under one response key, so that it resolves once with them; null when it is not selected,
 * or selected under several aliases.
 */
export function selectedArguments(info: GraphQLResolveInfo, name: string): Record<string, unknown> | null {
  const nodes = info.fieldNodes.flatMap((node) => fieldsOf(node.selectionSet, info)).filter((f) => f.name.value === name);
  if (nodes.length === 0 || new Set(nodes.map((f) => f.alias?.value ?? name)).size > 1) return null;
  const type = getNamedType(info.returnType);
  const field = isObjectType(type) ? type.getFields()[name] : undefined;
  return field ? getArgumentValues(field, nodes[0]!, info.variableValues) : null;
}

const RELATIONS: StanceRelation[] = ['holder', 'claim', 'targetActor', 'condition', 'article', 'outlet', 'chain'];

/**
 * What a query asks of the stances at `path`: the linked nodes worth reading with the stance list so
 * the field resolvers find them in the loaders. The article's outlet is the stance's outlet.
 */
export function stanceRelations(info: GraphQLResolveInfo, path: string[] = []): StanceRelation[] {
  const fields = selectedFields(info, path);
  if (selectedFields(info, [...path, 'article']).has('outlet')) fields.add('outlet');
  return RELATIONS.filter((relation) => fields.has(relation));
}

/** What a stance list at `path` reads: the linked nodes (stanceRelations) and the record properties its fields are made from. */
export function stanceListing(info: GraphQLResolveInfo, path: string[] = []): StanceListing {
  return { related: stanceRelations(info, path), properties: stanceProperties(selectedFields(info, path)) };
}
