import { describe, expect, it } from 'vitest';
import type { Event } from '../../../domain.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';
import { extractEvents } from './index.js';
import { firstGender, genderOfWord } from './person-gender.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_tom_reyes', name: 'Tom Reyes', kind: 'ACTOR', type: 'PERSON', surfaces: ['Tom Reyes', 'Reyes'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
];

function matchAgents(text: string): string[] {
  const events: Event[] = extractEvents(
    fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES),
  ).events;
  const match = events.find((e) => e.type === 'MATCH');
  return (match?.participants ?? []).filter((p) => p.role === 'AGENT').map((p) => p.actorId);
}

describe('genderOfWord and firstGender', () => {
  it.each([
    ['she', 'female'],
    ['Mrs', 'female'],
    ['his', 'male'],
    ['Sir', 'male'],
    ['they', undefined],
  ])('reads %j as %j', (word, gender) => {
    expect(genderOfWord(word)).toBe(gender);
  });

  it('finds the first gendered word of a slice', () => {
    expect(firstGender(' won her first title and his')).toBe('female');
  });
});

describe('extractEvents: a pronoun agrees with the person it stands for', () => {
  it.each([
    [
      'a pronoun used before',
      'Ada Vance said she was ready. Mr Reyes arrived in Kestrel. She crashed out in the second round.',
      'act_ada_vance',
    ],
    [
      'a title',
      'Mrs Vance was ready. Tom Reyes said he was tired. She crashed out in the second round.',
      'act_ada_vance',
    ],
    [
      'a possessive after an age',
      'Ada Vance said she was ready. Tom Reyes said he was tired. The 28-year-old won her first title in the final.',
      'act_ada_vance',
    ],
  ])('passes over the last person of the other gender, shown by %s', (_how, text, agent) => {
    expect(matchAgents(text)).toEqual([agent]);
  });

  it('keeps the last person named when the article shows no gender', () => {
    expect(
      matchAgents('Ada Vance was ready. Tom Reyes arrived in Kestrel. She crashed out in the second round.'),
    ).toEqual(['act_tom_reyes']);
  });
});
