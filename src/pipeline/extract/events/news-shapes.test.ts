import { describe, expect, it } from 'vitest';
import type { Event } from '../../../domain.js';
import { extractEvents } from './index.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_acme', name: 'Acme', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Acme'] },
  { id: 'act_globex', name: 'Globex', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Globex'] },
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_tom_reyes', name: 'Tom Reyes', kind: 'ACTOR', type: 'PERSON', surfaces: ['Tom Reyes', 'Reyes'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
];

function events(text: string): Event[] {
  return extractEvents(fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES))
    .events;
}

function agents(event: Event | undefined): string[] {
  return (event?.participants ?? []).filter((p) => p.role === 'AGENT').map((p) => p.actorId);
}

describe('extractEvents: sport results beyond winning', () => {
  it.each([
    ['Ada Vance came fourth in the final in Kestrel.', 'act_ada_vance'],
    // 'went down to X', like 'lost to X': the winner X acts.
    ['Ada Vance went down 6-2 6-4 to Tom Reyes.', 'act_tom_reyes'],
    ['Ada Vance crashed out in the second round.', 'act_ada_vance'],
    ['Ada Vance pulled out of the race with an injury.', 'act_ada_vance'],
    ['Ada Vance held off Tom Reyes to take the title.', 'act_ada_vance'],
    ['Ada Vance broke the world record in Kestrel.', 'act_ada_vance'],
  ])('reads %j as a match of its athlete', (text, agent) => {
    const match = events(text).find((e) => e.type === 'MATCH');
    expect(agents(match)).toContain(agent);
  });

  it('reads no match in "came up with a plan"', () => {
    expect(events('Ada Vance came up with a plan.').some((e) => e.type === 'MATCH')).toBe(false);
  });
});

describe('extractEvents: a pronoun or an age for the person just named', () => {
  it.each([
    'Ada Vance arrived in Kestrel. She crashed out in the second round.',
    'Ada Vance arrived in Kestrel. The 34-year-old crashed out in the second round.',
    'Ada Vance arrived in Kestrel. Later, she held off Tom Reyes to win the final.',
    'Ada Vance won the semi-final on Friday. She then beat Tom Reyes in the final.',
    'Ada Vance wept after finishing fourth in the final.',
    'Ada Vance arrived in Kestrel. The Olympic champion crashed out in the second round.',
  ])('gives %j its person as the agent', (text) => {
    expect(agents(events(text).find((e) => e.type === 'MATCH'))).toEqual(['act_ada_vance']);
  });

  it('reads no infinitive in "looks forward to moving"', () => {
    expect(
      events('Ada Vance left Acme. He looks forward to moving to Globex.').map((e) => e.type),
    ).not.toContain('TRANSFER');
  });

  it('gives the pronoun no agent when no person was named', () => {
    expect(events('Acme grew. She crashed out in the second round.').some((e) => e.type === 'MATCH')).toBe(
      false,
    );
  });
});

describe('extractEvents: markets, bids, sanctions, adaptations, meetings', () => {
  it.each([
    ['Shares in Acme fell sharply on Monday.', 'MARKET_MOVE'],
    ['Profits at the firm, which makes phones in Kestrel, fell as much as 19%.', 'MARKET_MOVE'],
    ['Acme has bid $2bn for Globex.', 'DEAL'],
    ['Ada Vance was met by Tom Reyes in Kestrel.', 'MEETING'],
    ['Tom Reyes is currently on trial, accused of fraud.', 'TRIAL'],
    ['Tom Reyes was stripped of his title after a failed test.', 'SANCTIONS'],
    ['The novel was turned into a film by Tom Reyes in 1967.', 'WORK_RELEASE'],
    ['A meeting of ministers was held in Kestrel on Wednesday.', 'MEETING'],
  ])('reads %j as %s', (text, type) => {
    expect(events(text).map((e) => e.type)).toContain(type);
  });

  it.each([
    ['Acme said the weather fell short of hopes.', 'MARKET_MOVE'],
    ['Tom Reyes said a meeting would help.', 'MEETING'],
    ['Buying Globex would give Acme a network.', 'DEAL'],
    ['Acme launches a new phone every year.', 'PRODUCT_LAUNCH'],
    ['The plan was met with protests by Globex.', 'MEETING'],
  ])('reads no event of that kind in %j', (text, type) => {
    expect(events(text).map((e) => e.type)).not.toContain(type);
  });

  it('names the firm a bid is for as its target', () => {
    const deal = events('Acme has bid $2bn for Globex.').find((e) => e.type === 'DEAL');
    expect(deal?.participants.map((p) => `${p.role}:${p.actorId}`).sort()).toEqual([
      'AGENT:act_acme',
      'TARGET:act_globex',
    ]);
  });
});
