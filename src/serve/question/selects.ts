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
  const sets = setsAt(fieldNodes, path, fragments);
  return sets === 'unknown' || sets.length > 0;
}

/** The selection sets a field's selection has at `path`; 'unknown' when it cannot tell. */
function setsAt(
  fieldNodes: readonly FieldNode[],
  path: readonly string[],
  fragments: Fragments,
): SelectionSetNode[] | 'unknown' {
  let sets: SelectionSetNode[] = fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const next = children(sets, name, fragments);
    // A leaf by that name (or a fragment not known) counts as asked for.
    if (next === 'unknown') return 'unknown';
    if (next.length === 0) return [];
    sets = next;
  }
  return sets;
}

/**
 * The names of the fields a field's selection asks for at `path` (`['items', 'event']` → `['id', 'label']`),
 * through aliases, inline fragments and named fragments, each name once. Undefined when it cannot tell (a
 * fragment it does not know, a leaf where an object was expected), so that a caller reads everything.
 */
export function selectedFields(
  fieldNodes: readonly FieldNode[],
  path: readonly string[],
  fragments: Fragments,
): string[] | undefined {
  const sets = setsAt(fieldNodes, path, fragments);
  if (sets === 'unknown') return undefined;
  const names = new Set<string>();
  const visit = (set: SelectionSetNode, seen: ReadonlySet<string>): boolean => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) {
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
  for (const set of sets) if (!visit(set, new Set())) return undefined;
  return [...names];
}
