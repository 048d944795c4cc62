import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/** The fragments of a document by name, as GraphQLResolveInfo.fragments holds them. */
export type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

/**
 * Calls `onField` for every field of `set`, through inline and named fragments (each named fragment once on a
 * path). False when it cannot tell: a fragment it does not know, or `onField` saying so.
 */
function eachField(
  set: SelectionSetNode | undefined,
  fragments: Fragments,
  onField: (field: FieldNode) => boolean,
  seen: ReadonlySet<string> = new Set(),
): boolean {
  for (const selection of set?.selections ?? []) {
    // A selection under @include / @skip may or may not run: count it as asked for.
    if (selection.kind === Kind.FIELD) {
      if (!onField(selection)) return false;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!eachField(selection.selectionSet, fragments, onField, seen)) return false;
    } else {
      const fragment = fragments[selection.name.value];
      if (fragment === undefined) return false;
      if (seen.has(fragment.name.value)) continue;
      if (!eachField(fragment.selectionSet, fragments, onField, new Set([...seen, fragment.name.value])))
        return false;
    }
  }
  return true;
}

function children(
  sets: readonly (SelectionSetNode | undefined)[],
  name: string,
  fragments: Fragments,
): SelectionSetNode[] | 'unknown' {
  const found: SelectionSetNode[] = [];
  const collect = (field: FieldNode): boolean => {
    if (field.name.value !== name) return true;
    if (field.selectionSet === undefined) return false;
    found.push(field.selectionSet);
    return true;
  };
  for (const set of sets) if (!eachField(set, fragments, collect)) return 'unknown';
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
  const add = (field: FieldNode): boolean => {
    names.add(field.name.value);
    return true;
  };
  for (const set of sets) if (!eachField(set, fragments, add)) return undefined;
  return [...names];
}

/**
 * What a resolver of a document's root fields is given of it (`info.fieldNodes` and `info.fragments`), read
 * from the document's text: for callers that ask the database for what a document selects without running it.
 */
export function rootSelection(document: string): { fieldNodes: FieldNode[]; fragments: Fragments } {
  const parsed = parse(document);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const fieldNodes: FieldNode[] = [];
  for (const definition of parsed.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const selection of definition.selectionSet.selections) {
        if (selection.kind === Kind.FIELD) fieldNodes.push(selection);
      }
    }
  }
  return { fieldNodes, fragments };
}
