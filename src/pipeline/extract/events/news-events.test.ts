import { describe, expect, it } from 'vitest';
import type { Event, EventReport } from '../../../domain.js';
import { extractEvents } from './index.js';
import { fixtureContext } from '../../../../tests/fixtures/event-context.js';
import type { FixtureEntity } from '../../../../tests/fixtures/event-context.js';

const ENTITIES: FixtureEntity[] = [
  { id: 'act_acme', name: 'Acme', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Acme'] },
  { id: 'act_globex', name: 'Globex', kind: 'ACTOR', type: 'COMPANY', surfaces: ['Globex'] },
  { id: 'act_rovers', name: 'Rovers', kind: 'ACTOR', type: 'SPORTS_TEAM', surfaces: ['Rovers'] },
  { id: 'act_united', name: 'United', kind: 'ACTOR', type: 'SPORTS_TEAM', surfaces: ['United'] },
  { id: 'act_ada_vance', name: 'Ada Vance', kind: 'ACTOR', type: 'PERSON', surfaces: ['Ada Vance', 'Vance'] },
  { id: 'act_tom_reyes', name: 'Tom Reyes', kind: 'ACTOR', type: 'PERSON', surfaces: ['Tom Reyes', 'Reyes'] },
  { id: 'act_labour', name: 'Labour', kind: 'ACTOR', type: 'ORGANISATION', surfaces: ['Labour'] },
  { id: 'plc_kestrel', name: 'Kestrel', kind: 'PLACE', type: 'CITY', surfaces: ['Kestrel'] },
];

function run(text: string, publishedAt?: string): { events: Event[]; eventReports: EventReport[] } {
  return extractEvents(
    fixtureContext(
      `It was a quiet week. Nothing else happened. ${text}`,
      ENTITIES,
      publishedAt ? { publishedAt, datePrecision: 'DAY' } : {},
    ),
  );
}

function roles(event: Event): string[] {
  return event.participants.map((p) => `${p.role}:${p.actorId}`).sort();
}

describe('extractEvents: news kinds', () => {
  it.each([
    ['Acme bought Globex for $2.5bn.', 'DEAL', ['AGENT:act_acme', 'TARGET:act_globex']],
    ['Acme agreed a takeover of Globex.', 'DEAL', ['AGENT:act_acme', 'TARGET:act_globex']],
    ['Rovers beat United 2-1 on Saturday.', 'MATCH', ['AGENT:act_rovers', 'TARGET:act_united']],
    ['Rovers lost to United in the final.', 'MATCH', ['AGENT:act_united', 'TARGET:act_rovers']],
    ['Police arrested Tom Reyes in Kestrel.', 'ARREST', ['TARGET:act_tom_reyes']],
    ['Tom Reyes was charged with fraud.', 'CHARGE', ['TARGET:act_tom_reyes']],
    ['Acme sued Globex over the patent.', 'LAWSUIT', ['AGENT:act_acme', 'TARGET:act_globex']],
    ['Ada Vance resigned as chairman of Acme.', 'RESIGNATION', ['AGENT:act_ada_vance']],
    [
      'Acme appointed Ada Vance as chief executive.',
      'APPOINTMENT',
      ['AGENT:act_acme', 'TARGET:act_ada_vance'],
    ],
    ['Labour won the election by a wide margin.', 'ELECTION', ['AGENT:act_labour']],
    ['Ada Vance won the award for best actress.', 'AWARD', ['AGENT:act_ada_vance']],
    ['Acme is cutting 900 jobs at its plant.', 'JOB_CUTS', ['AGENT:act_acme']],
    ['Acme launched a new phone.', 'PRODUCT_LAUNCH', ['AGENT:act_acme']],
    ['Acme introduced a new phone.', 'PRODUCT_LAUNCH', ['AGENT:act_acme']],
    ['Tom Reyes died at his home in Kestrel.', 'DEATH', ['VICTIM:act_tom_reyes']],
    ['Tom Reyes signed for United from Rovers.', 'TRANSFER', ['AGENT:act_tom_reyes', 'TARGET:act_united']],
  ])('reads %j as %s with its roles', (text, type, expected) => {
    const { events } = run(text);
    const event = events.find((e) => e.type === type);
    expect(event, JSON.stringify(events.map((e) => e.type))).toBeDefined();
    expect(roles(event!)).toEqual(expected);
  });

  it('reads "A fan jumped on stage and attacked the singer" as an assault', () => {
    const { events } = run('A fan jumped on stage and attacked Ada Vance during the concert in Kestrel.');
    expect(events.map((e) => e.type)).toContain('ASSAULT');
  });

  it.each([
    ['An earthquake struck Kestrel on Monday, killing 40 people.', 'NATURAL_DISASTER'],
    ['A flu outbreak in Kestrel has closed schools.', 'OUTBREAK'],
  ])('reads %j as %s without any actor', (text, type) => {
    const { events } = run(text, '2005-01-12');
    expect(events.map((e) => e.type)).toContain(type);
  });

  it.each([
    ['Acme said it expected profits to rise next year.'],
    ['Acme will buy Globex if regulators agree.'],
    ['Bill Gates visited the show.'],
    ['Mr Reyes is in jail.'],
    ['The programme was introduced by Ada Vance herself.'],
  ])('finds no news event in %j', (text) => {
    const { events } = run(text);
    expect(events.map((e) => e.type)).toEqual([]);
  });

  it('tells the readings of "won" apart by their cue words', () => {
    const types = (text: string) => run(text).events.map((e) => e.type);
    expect(types('Labour won the election.')).toEqual(['ELECTION']);
    expect(types('Rovers won the final 3-0.')).toEqual(['MATCH']);
    expect(types('Ada Vance won an Oscar.')).toEqual(['AWARD']);
  });
});

describe('extractEvents: counts', () => {
  it.each([
    ['Rovers beat United 2-1 on Saturday.', 'score', '2-1'],
    ['Acme bought Globex for $250m.', 'amount', 250_000_000],
    ['Acme is cutting 900 jobs at its plant.', 'jobs', 900],
    ['An earthquake struck Kestrel on Monday, killing 40 people.', 'killed', 40],
  ])('keeps the number of %j as a count with its words', (text, what, value) => {
    const { eventReports } = run(text, '2005-01-12');
    const counts = eventReports.flatMap((r) => r.counts ?? []);
    const count = counts.find((c) => c.what === what);
    expect(count?.value).toEqual(value);
    expect(text).toContain(count!.text);
  });

  it('gives a count evidence offsets that point at its words in the article', () => {
    const text = 'It was a quiet week. Nothing else happened. Rovers beat United 2-1 on Saturday.';
    const { eventReports } = extractEvents(fixtureContext(text, ENTITIES));
    const count = eventReports[0]!.counts![0]!;
    expect(text.slice(count.start, count.end)).toBe('2-1');
  });
});

describe('extractEvents: background and month-of-year dates', () => {
  it('keeps a month without a year as a month-of-year fact on the report', () => {
    const { eventReports } = run('Acme bought Globex back in December.');
    const deal = eventReports.find((r) => r.trigger === 'bought');
    expect(deal).toMatchObject({ dateText: 'back in December', monthOfYear: 12 });
    expect(deal?.date).toBeUndefined();
  });

  it('gives a yearless date the year of the article’s own date in that month', () => {
    const { eventReports } = run('Acme bought Globex on March 27. Shares rose 5% in March 2016 as a result.');
    const deal = eventReports.find((r) => r.trigger === 'bought')!;
    expect(deal).toMatchObject({ date: '2016-03-27', dateBasis: 'article-dates' });
  });

  it('marks a comparison as background', () => {
    const { eventReports } = run('Critics compared it to events like the arrest of Tom Reyes in Kestrel.');
    expect(eventReports.find((r) => r.trigger === 'arrest')?.background).toBe(true);
  });
});
