import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { claimsAbout, claimsBy } from './claims.js';
import type { ReadRows } from './read-rows.js';
import { search } from './search.js';
import { timeline, type TimelineLists } from './timeline.js';
import { QUESTION_KINDS, whoClaimed } from './who-claimed.js';

/**
 * The type Neo4j gives a parameter value when it keys a query's plan: a string or list is typed with its length
 * class (here, the number of digits of its length) and a list also by its elements (an empty list is not a
 * list of strings); a map is a map whatever it holds.
 */
function parameterType(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (neo4j.isInt(value)) return 'INTEGER';
  if (Array.isArray(value)) {
    const inner = new Set(value.map(parameterType));
    return `LIST<${inner.size === 1 ? [...inner][0]! : 'ANY'}>(${String(value.length).length})`;
  }
  if (typeof value === 'object') return 'MAP';
  if (typeof value === 'number') return 'FLOAT';
  return typeof value === 'string' ? `STRING(${String(value.length).length})` : 'BOOLEAN';
}

/** The parameters of the one query `ask` runs, as name → type. */
async function typesOf(ask: (read: ReadRows) => Promise<unknown>): Promise<Record<string, string>> {
  const seen: Record<string, unknown>[] = [];
  await ask((_name, params) => {
    seen.push(params);
    return Promise.resolve([]);
  });
  expect(seen).toHaveLength(1);
  return Object.fromEntries(Object.entries(seen[0]!).map(([name, value]) => [name, parameterType(value)]));
}

const page = { offset: 0, limit: 20 };
const fewLists: TimelineLists = { participants: false, sources: true, reportedDates: false };
const someFields: TimelineLists = { ...fewLists, eventFields: ['id', 'label'], placeFields: ['id'] };

// Each row: a question and inputs that leave different lists empty (no type word, no key word, no phrase).
describe.each([
  [
    'whoClaimed',
    [
      'recapture of Palmyra',
      'who took Mosul',
      'the bombing',
      'with',
      'Iraq',
      'who claimed credit for the recapture of the ancient city of Palmyra from Islamic State fighters in March',
    ],
    (input: string) => (read: ReadRows) => whoClaimed(read, input, QUESTION_KINDS.credit, page),
  ],
  [
    'search',
    ['Palmyra', 'Iraq', '2016', 'Russian forces and the Syrian army in the ancient desert city of Palmyra'],
    (input: string) => (read: ReadRows) => search(read, input, page),
  ],
  [
    'claimsBy',
    [
      'Assad',
      'UN',
      'the Russian defence ministry and its spokesman in Moscow, Major General Igor Konashenkov',
    ],
    (input: string) => (read: ReadRows) => claimsBy(read, input, page),
  ],
  [
    'claimsAbout',
    ['Palmyra', 'Iraq', 'the siege of Aleppo by Syrian government forces and their Russian allies in 2016'],
    (input: string) => (read: ReadRows) => claimsAbout(read, input, page),
  ],
  [
    'timeline',
    [
      'Russia|all',
      'Iraq|some',
      'the Islamic State group and its fighters in the ancient city of Palmyra|few',
    ],
    (input: string) => (read: ReadRows) => {
      const [subject, lists] = input.split('|');
      const chosen = lists === 'some' ? someFields : lists === 'few' ? fewLists : undefined;
      return timeline(read, subject!, page, chosen);
    },
  ],
] as const)('%s', (_question, inputs, ask) => {
  it('sends parameters of the same types whatever the words, so Neo4j plans its query once', async () => {
    const types = await Promise.all(inputs.map((input) => typesOf(ask(input))));
    for (const other of types.slice(1)) expect(other).toEqual(types[0]);
    expect(Object.values(types[0]!).some((type) => type.startsWith('LIST<ANY>') || type === 'NULL')).toBe(
      false,
    );
  });
});
