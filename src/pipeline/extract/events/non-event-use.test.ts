import { describe, expect, it } from 'vitest';
import type { Event } from '../../../domain.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';
import { extractEvents } from './index.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_acme', name: 'Acme', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Acme'] },
  { id: 'act_north', name: 'Northland', kind: 'ACTOR', type: 'COUNTRY', surfaces: ['Northland'] },
  { id: 'act_south', name: 'Southland', kind: 'ACTOR', type: 'COUNTRY', surfaces: ['Southland'] },
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
];

function types(text: string): string[] {
  const events: Event[] = extractEvents(
    fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES),
  ).events;
  return events.map((e) => e.type);
}

describe('extractEvents: trigger words that name no event', () => {
  it.each([
    ['a film title opening the sentence', 'Kill Switch director Ada Vance said she had met Acme.', 'KILLING'],
    [
      'a trigger noun modifying another noun',
      'Northland and Southland opened a road across the ceasefire line in Kestrel.',
      'CEASEFIRE',
    ],
    [
      'a bare generic plural',
      'Free trade agreements with Northland helped the economy of Southland.',
      'AGREEMENT',
    ],
    ['a cue inside an idiom', 'Ada Vance provided some light relief by singing in Kestrel.', 'AID'],
    ['a cued verb opening a clause', 'Acme claims they cannot afford another league title.', 'MATCH'],
    [
      'a cued verb opening a question',
      'Ada Vance was asked why Acme had been allowed to withdraw.',
      'APPEAL',
    ],
    [
      'a verb closing a name',
      'Ada Vance spoke in Kestrel at a fundraising dinner for the Northland Aid Appeal.',
      'APPEAL',
    ],
  ])('reads no event from %s', (_what, text, type) => {
    expect(types(text)).not.toContain(type);
  });

  it.each([
    ['a killing told with a past verb', 'Gunmen killed Ada Vance in Kestrel.', 'KILLING'],
    ['a ceasefire as the head noun', 'Northland and Southland agreed a ceasefire in Kestrel.', 'CEASEFIRE'],
    [
      'a plural with a number before it',
      'Northland signed two agreements with Southland in Kestrel.',
      'AGREEMENT',
    ],
    ['relief as aid', 'Northland sent relief supplies to Kestrel.', 'AID'],
    ['a cued verb with its object', 'Acme claimed the league title in Kestrel.', 'MATCH'],
    ['a verb after a capitalised subject', 'Ada Vance appealed for calm in Kestrel.', 'APPEAL'],
  ])('still reads the event from %s', (_what, text, type) => {
    expect(types(text)).toContain(type);
  });
});

describe('extractEvents: a cued reading before an uncued one', () => {
  it('reads "unveiled plans to build" as a policy, not a launch', () => {
    const found = types('Acme has unveiled plans to build 1,000 new homes in Kestrel.');
    expect(found).toContain('LEGISLATION');
    expect(found).not.toContain('PRODUCT_LAUNCH');
  });

  it('still reads "unveiled a new phone" as a launch', () => {
    expect(types('Acme has unveiled a new phone in Kestrel.')).toContain('PRODUCT_LAUNCH');
  });
});
