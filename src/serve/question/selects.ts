import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** The fragments of a document by name, as GraphQLResolveInfo.fragments holds them. */
export type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

function children(
  sets: readonly (SelectionSetNode | undefined)[],
  name: string,
  fragments: Fragments,
): SelectionSetNode[] | 'unknown' {
  const found: SelectionSetNode[] = [];
  const visit = (set: SelectionSetNode | undefined, seen: Set<string>): boolean => {
    for (const selection of set?.selections ?? []) {
      // A selection under @include / @skip may or may not run: count it as asked for.
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== name) continue;
        if (selection.selectionSet === undefined) return false;
        found.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!visit(selection.selectionSet, seen)) return false;
      } else {
        const fragment = fragments[selection.name.value];
        if (fragment === undefined) return false;
        if (seen.has(fragment.name.value)) continue;
        if (!visit(fragment.selectionSet, new Set([...seen, fragment.name.value]))) return false;
      }
    }
    return true;
  };
  for (const set of sets) if (!visit(set, new Set())) return 'unknown';
  return found;
}

/**
 * Whether a field's selection reaches `path` (`['items', 'participants']`): through aliases, inline fragments
 * and named fragments. When it cannot tell (a fragment it does not know, a leaf where an object was expected),
 * the answer is yes, so nothing a client asked for is ever left out.
 */
export function selects(
  fieldNodes: readonly FieldNode[],
  path: readonly string[],
  fragments: Fragments,
): boolean {
  let sets: SelectionSetNode[] = fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const next = children(sets, name, fragments);
    // A leaf by that name (or a fragment not known) counts as asked for.
    if (next === 'unknown') return true;
    if (next.length === 0) return false;
    sets = next;
  }
  return true;
}
