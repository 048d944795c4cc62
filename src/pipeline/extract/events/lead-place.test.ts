import { describe, expect, it } from 'vitest';
import { extractEvents } from './index.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
  { id: 'plc_marrow', name: 'Marrow', kind: 'PLACE', type: 'CITY', surfaces: ['Marrow'] },
];

const LEAD = 'Singer Ada Vance will not face charges over a fight at a hotel.';

function leadPlace(second: string): string | undefined {
  const { events } = extractEvents(fixtureContext(`${LEAD} ${second} It was a quiet week.`, ENTITIES));
  const lead = events.filter((e) => e.participants.some((p) => p.actorId === 'act_ada_vance'));
  expect(lead.length).toBeGreaterThan(0);
  return lead.find((e) => e.placeId)?.placeId;
}

describe('withLeadPlace', () => {
  it.each([
    ['the local authorities the news comes from', 'Authorities in Kestrel said they found no evidence.'],
    ['a scene the sentence opens with', 'In Kestrel, prosecutors said the case was closed.'],
  ])('gives the lead event the place of %s', (_label, second) => {
    expect(leadPlace(second)).toBe('plc_kestrel');
  });

  it.each([
    [
      'a place told late in the sentence',
      'Prosecutors said they had looked at reports from a hotel in Kestrel.',
    ],
    ['a home', 'Born in Kestrel, Vance began singing at the age of ten.'],
    ['a possessive', "Officials in Kestrel's courts said they found no evidence."],
    ['two places', 'Authorities in Kestrel and Marrow said they found no evidence.'],
  ])('gives the lead event no place from %s', (_label, second) => {
    expect(leadPlace(second)).toBeUndefined();
  });
});
