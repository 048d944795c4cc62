import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFields, selects, type Fragments } from './selects.js';

/** The first root field of a document, with the document's fragments. */
function field(document: string): { nodes: FieldNode[]; fragments: Fragments } {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of parsed.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const root = operation?.selectionSet.selections[0];
  if (root?.kind !== Kind.FIELD) throw new Error('no root field');
  return { nodes: [root], fragments };
}

describe('selects', () => {
  it.each([
    ['a nested field', '{ timeline(subject: "x") { items { participants { roles } } } }', true],
    [
      'a field under an alias',
      '{ t: timeline(subject: "x") { all: items { p: participants { roles } } } }',
      true,
    ],
    ['a field not asked for', '{ timeline(subject: "x") { items { event { id } date } } }', false],
    ['a parent not asked for', '{ timeline(subject: "x") { total } }', false],
    [
      'a field in a named fragment',
      '{ timeline(subject: "x") { items { ...E } } } fragment E on TimelineEntry { participants { roles } }',
      true,
    ],
    [
      'a field in an inline fragment',
      '{ timeline(subject: "x") { items { ... on TimelineEntry { participants { roles } } } } }',
      true,
    ],
    [
      'a field under @include',
      '{ timeline(subject: "x") { items { participants @include(if: false) { roles } } } }',
      true,
    ],
    ['a fragment the document does not hold', '{ timeline(subject: "x") { items { ...Missing } } }', true],
    ['a leaf where an object was expected', '{ timeline(subject: "x") { items { participants } } }', true],
  ])('%s: %s → %s', (_name, document, expected) => {
    const { nodes, fragments } = field(document);
    expect(selects(nodes, ['items', 'participants'], fragments)).toBe(expected);
  });

  it('follows a fragment that spreads itself without looping', () => {
    const { nodes, fragments } = field(
      '{ timeline(subject: "x") { items { ...E } } } fragment E on TimelineEntry { date ...E }',
    );
    expect(selects(nodes, ['items', 'participants'], fragments)).toBe(false);
  });
});

describe('selectedFields', () => {
  it.each([
    [
      'the fields asked for, by name',
      '{ timeline(subject: "x") { items { event { id label } } } }',
      ['id', 'label'],
    ],
    ['names, not aliases', '{ timeline(subject: "x") { items { e: event { name: label } } } }', ['label']],
    [
      'fields of every fragment and of each asking of the field, once each',
      '{ timeline(subject: "x") { items { event { id ...F ... on Event { type id } } other: event { date } } } } ' +
        'fragment F on Event { label }',
      ['id', 'label', 'type', 'date'],
    ],
    ['nothing when the field is not asked for', '{ timeline(subject: "x") { items { date } } }', []],
    [
      'everything when a fragment is not known',
      '{ timeline(subject: "x") { items { event { ...Missing } } } }',
      undefined,
    ],
  ])('%s', (_name, document, expected) => {
    const { nodes, fragments } = field(document);
    expect(selectedFields(nodes, ['items', 'event'], fragments)).toEqual(expected);
  });
});
