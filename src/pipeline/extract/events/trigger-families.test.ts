import { describe, expect, it } from 'vitest';
import type { Event } from '../../../domain.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';
import { extractEvents } from './index.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_acme', name: 'Acme', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Acme'] },
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_red', name: 'Red Brigade', kind: 'ACTOR', type: 'ARMED_GROUP', surfaces: ['Red Brigade'] },
  {
    id: 'act_army',
    name: 'Northlandic army',
    kind: 'ACTOR',
    type: 'MILITARY',
    surfaces: ['Northlandic troops'],
  },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
];

function events(text: string): Event[] {
  return extractEvents(fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES))
    .events;
}

describe('extractEvents: trigger families', () => {
  it.each([
    ['Northlandic troops powered their way into the centre of Kestrel on Tuesday.', 'OFFENSIVE'],
    ['Northlandic troops fought the Red Brigade militants in Kestrel on Tuesday.', 'ATTACK'],
    ['Acme posted a rise in pre-tax profits for 2004.', 'FINANCIAL_RESULTS'],
    ['Ada Vance won the Kestrel Indoors title with a win in the final.', 'MATCH'],
    ['Ada Vance slid down the rankings after contracting the illness in April.', 'INJURY'],
    ['Hurricane Frances strengthened as it churned near the islands.', 'NATURAL_DISASTER'],
    ['Ada Vance refused the offer from Acme.', 'REJECTION'],
  ])('%s → %s', (text, type) => {
    expect(events(text).map((e) => e.type)).toContain(type);
  });

  it.each([
    ['After days of fighting, the Red Brigade left Kestrel.', 'ATTACK'],
    ['Ada Vance took the Kestrel Indoors title with a win in the final.', 'AWARD'],
    ['Acme powered its way into the market in Kestrel.', 'OFFENSIVE'],
  ])('%s has no %s', (text, type) => {
    expect(events(text).map((e) => e.type)).not.toContain(type);
  });
});
