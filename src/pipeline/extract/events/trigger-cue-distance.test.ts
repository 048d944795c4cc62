import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';
import { extractEvents } from './index.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
];

function types(text: string): string[] {
  return extractEvents(fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES))
    .events.map((e) => e.type)
    .sort();
}

describe('extractEvents: the nearest cue picks the reading of a word', () => {
  it.each([
    [
      'the award next to the verb, a league further off',
      'Ada Vance won the best actress award at the league ceremony in Kestrel.',
      ['AWARD'],
    ],
    ['the title next to the verb, no award', 'Ada Vance won the league title in Kestrel.', ['MATCH']],
    [
      'two verbs, each with its own cue',
      'Ada Vance, who won the league title last season, collected the award.',
      ['AWARD', 'MATCH'],
    ],
  ])('%s', (_what, text, expected) => {
    expect(types(text)).toEqual(expected);
  });
});
