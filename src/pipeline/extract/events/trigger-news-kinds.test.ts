import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';
import { extractEvents } from './index.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_bbc', name: 'BBC', kind: 'ACTOR', type: 'MEDIA', surfaces: ['BBC'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
  { id: 'plc_northland', name: 'Northland', kind: 'PLACE', type: 'COUNTRY', surfaces: ['Northland'] },
];

function types(text: string): string[] {
  return extractEvents(
    fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES),
  ).events.map((e) => e.type);
}

describe('extractEvents: news triggers of the CAMEO protest root and of votes, works and visits', () => {
  it.each([
    ['activists disrupting a meeting', 'Activists disrupted a party meeting on Tuesday.', 'PROTEST'],
    ['a division tally', 'The bill was approved by 297 votes to 203.', 'VOTE'],
    ['a work shown', 'The opera was shown in Kestrel on Monday.', 'WORK_RELEASE'],
    [
      'a crash in a sentence about the military',
      'Troops watched a crash of two military helicopters in Kestrel.',
      'ACCIDENT',
    ],
    ['a visit kicked off', 'Ada Vance kicked off a three-day visit to Northland.', 'MEETING'],
  ])('reads an event from %s', (_what, text, type) => {
    expect(types(text)).toContain(type);
  });

  it.each([
    [
      'a participle of showing as',
      'The skill of the side was shown as the team swatted Kestrel aside.',
      'WORK_RELEASE',
    ],
    ['a boycott with no crowd', 'Ada Vance said a boycott would help nobody in Kestrel.', 'PROTEST'],
  ])('reads no event from %s', (_what, text, type) => {
    expect(types(text)).not.toContain(type);
  });
});
