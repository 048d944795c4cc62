import { describe, expect, it } from 'vitest';
import type { Event, EventReport } from '../../../domain.js';
import { findEventMentions } from './find-event-mentions.js';
import { extractEvents } from './index.js';
import { TRIGGER_LEXICON } from './trigger-lexicon.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_acme', name: 'Acme', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Acme'] },
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_tom_reyes', name: 'Tom Reyes', kind: 'ACTOR', type: 'PERSON', surfaces: ['Tom Reyes', 'Reyes'] },
  { id: 'act_westland', name: 'Westland', kind: 'ACTOR', type: 'STATE', surfaces: ['Westland'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
];

/** The events of `text` told after two sentences of lead, so that no lead rule applies. */
function run(text: string): { events: Event[]; eventReports: EventReport[] } {
  return extractEvents(fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, ENTITIES));
}

function roles(event: Event): string[] {
  return event.participants.map((p) => `${p.role}:${p.actorId}`).sort();
}

describe('extractEvents: readings of news triggers', () => {
  it.each([
    ['Health insurance premiums rose five times faster than wages.', 'MARKET_MOVE'],
    ['Rail fares rose again this year.', 'MARKET_MOVE'],
    ['Westland declared the vote illegal.', 'RULING'],
    ['Westland declared authority over the regions in governing phone services.', 'RULING'],
    ['Tom Reyes has since been charged by the Westland authorities.', 'CHARGE'],
    ['It was a landmark for Tom Reyes, who retired from competition after the final.', 'RESIGNATION'],
    ['Westland troops fought pockets of resistance in this former militant stronghold.', 'ATTACK'],
    ['Acme cut $68m from its profit targets for the year.', 'FINANCIAL_RESULTS'],
    ['Ada Vance was named sportswoman of the year on Friday.', 'AWARD'],
    ['Tom Reyes also delighted fans by racing to a historic double in the 1500m.', 'MATCH'],
    ["President Ada Vance's tour through the wreckage of the city drew crowds.", 'MEETING'],
    ['Tom Reyes arrives in Kestrel for a special summit meeting on the disaster.', 'MEETING'],
    ['Kenyans Tom Reyes and Ada Vance took the titles.', 'MATCH'],
    ['Tom Reyes will not face charges over the crash.', 'RULING'],
    ['Prosecutors dropped the charges against Tom Reyes.', 'RULING'],
    ['Westland urged Acme to act.', 'APPEAL'],
    ['Westland is asking the watchdog to stop the calls.', 'APPEAL'],
    ['Westland called on Acme to withdraw.', 'APPEAL'],
    ['Acme said its exports reached $445.1bn in 2004.', 'MARKET_MOVE'],
    ['A court ruled that doctors could withdraw feeding.', 'RULING'],
    ['The appeal court threw out a move by Westland to change the rules.', 'RULING'],
    ['The Acme phone went on sale in Kestrel last week.', 'PRODUCT_LAUNCH'],
    ['Tom Reyes raised a legal challenge in 2001.', 'LAWSUIT'],
    ["Tom Reyes was fined two weeks' wages by Acme after the row.", 'SANCTIONS'],
    ['A Westland court fined Acme $5m for the leak.', 'RULING'],
    ['Tom Reyes was handed a two-year ban in February after testing positive.', 'SANCTIONS'],
    ['Tom Reyes was appointed at the end of August.', 'APPOINTMENT'],
    ['Ada Vance landed a life ban from Kestrel chiefs after a doping offence.', 'SANCTIONS'],
  ])('reads %j as %s', (text, type) => {
    expect(run(text).events.map((e) => e.type)).toContain(type);
  });

  it.each([
    ['Westland declared a state of emergency.'],
    ['Westland declared that the talks were over.'],
    ['Acme said the price of the deal was fair.'],
    ['Westland troops fought pockets of resistance in the hills.'],
    ['Acme cut its growth forecast.'],
    ['Ada Vance was named chairman of Acme.'],
    ['Top secret papers showed that 90% of the rates were wrong.'],
  ])('finds no market move, ruling or placeless attack in %j', (text) => {
    const types = run(text).events.map((e) => e.type);
    expect(types).not.toContain('RULING');
    expect(types).not.toContain('MARKET_MOVE');
    expect(types).not.toContain('ATTACK');
  });

  it.each([
    ["Ada Vance's latest film, Kestrel Nights, is to be released in 50 countries."],
    ["Ada Vance's new album topped the charts for a week."],
    ['Producers expect the film to be released in 2006.'],
  ])('finds no release in %j: a work noun names a thing, and a release to come is no event', (text) => {
    expect(run(text).events.map((e) => e.type)).not.toContain('WORK_RELEASE');
  });

  it.each([
    ['Rovers recovered after the 1-0 win at United.', 'TARGET:act_united'],
    ['Rovers slumped to a 5-0 defeat at United.', 'AGENT:act_united'],
  ])('reads the team after "at" in %j as the host: %s', (text, role) => {
    const teams: FixtureEntity[] = [
      { id: 'act_rovers', name: 'Rovers', kind: 'ACTOR', type: 'SPORTS_TEAM', surfaces: ['Rovers'] },
      { id: 'act_united', name: 'United', kind: 'ACTOR', type: 'SPORTS_TEAM', surfaces: ['United'] },
    ];
    const { events } = extractEvents(
      fixtureContext(`It was a quiet week. Nothing else happened. ${text}`, teams),
    );
    const match = events.find((e) => e.type === 'MATCH');
    expect(match && roles(match)).toContain(role);
  });

  it('makes the person not charged the target of the ruling', () => {
    const ruling = run('Tom Reyes will not face charges over the crash.').events.find(
      (e) => e.type === 'RULING',
    );
    expect(ruling && roles(ruling)).toEqual(['TARGET:act_tom_reyes']);
  });

  it.each([
    ['Tom Reyes landed a life ban from Kestrel chiefs after a doping offence.', 'nearby'],
    ['Tom Reyes landed a life ban in Kestrel after a doping offence.', 'syntax'],
  ])('ties the place of %j by %s: "from" names a source, not the place', (text, tie) => {
    const context = fixtureContext(text, ENTITIES);
    const sentence = context.sentences[0]!;
    const found = findEventMentions(text, sentence, context.mentions, TRIGGER_LEXICON, undefined, false);
    expect(found.find((m) => m.hit.entry.type === 'SANCTIONS')?.placeTie).toBe(tie);
  });

  it('places an event noun of an opening scene at the scene', () => {
    const text = 'At a recent conference for experts, at the Royal Society in Kestrel, Tom Reyes spoke.';
    const meeting = run(text).events.find((e) => e.type === 'MEETING');
    expect(meeting?.placeId).toBe('plc_kestrel');
  });

  it('gives the verb of a relative clause its antecedent as subject, even after a preposition', () => {
    const { events } = run('Fans cheered for Ada Vance, who resigned as chairman of Acme.');
    const resignation = events.find((e) => e.type === 'RESIGNATION');
    expect(resignation && roles(resignation)).toEqual(['AGENT:act_ada_vance']);
  });
});

describe('extractEvents: readings that stay apart', () => {
  it.each([
    ['Ada Vance was named chairman of Acme.', 'APPOINTMENT'],
    ["Ada Vance's tour of Kestrel sold out.", 'PERFORMANCE'],
    ['Acme cut 900 jobs at its plant.', 'JOB_CUTS'],
    ['Westland asked Ada Vance about the plan.', undefined],
    ['Tom Reyes reached the final.', 'MATCH'],
    ['Ada Vance won an award on Tuesday, taking the best video crown.', 'AWARD'],
  ])('reads %j as %s', (text, type) => {
    expect(run(text).events.map((e) => e.type)).toEqual(type === undefined ? [] : [type]);
  });
});
