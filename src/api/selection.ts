import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { StanceRelation } from '../graph/repositories/stance.repository.js';

/** The fields of a selection set, fragments flattened (directives are ignored: a skipped field still counts). */
function fieldsOf(set: SelectionSetNode | undefined, info: GraphQLResolveInfo): { name: string; set: SelectionSetNode | undefined }[] {
  return (set?.selections ?? []).flatMap((node) => {
    if (node.kind === Kind.FIELD) return [{ name: node.name.value, set: node.selectionSet }];
    if (node.kind === Kind.INLINE_FRAGMENT) return fieldsOf(node.selectionSet, info);
    return fieldsOf(info.fragments[node.name.value]?.selectionSet, info);
  });
}

/** Names of the fields selected under the resolved field, down `path` (field names, not aliases). */
export function selectedFields(info: GraphQLResolveInfo, path: string[] = []): Set<string> {
  let sets = info.fieldNodes.map((node) => node.selectionSet);
  for (const step of path) sets = sets.flatMap((set) => fieldsOf(set, info).filter((f) => f.name === step).map((f) => f.set));
  return new Set(sets.flatMap((set) => fieldsOf(set, info).map((f) => f.name)));
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
