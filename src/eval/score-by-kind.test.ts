import { describe, expect, it } from 'vitest';
import { addCounts } from './counts.js';
import { graphOf, perfectSpec, sampleGold, type GraphSpec } from '../../tests/fixtures/eval-graph.js';
import type { GoldArticle } from './gold.js';
import { scoreArticle } from './score-article.js';
import type { RowKey } from './score-types.js';

function score(spec: GraphSpec, gold: GoldArticle = sampleGold()) {
  return scoreArticle(gold, graphOf(spec));
}

function counts(spec: GraphSpec, row: RowKey, gold?: GoldArticle) {
  return score(spec, gold).counts[row];
}

function withActors(change: (actors: Required<GraphSpec>['actors']) => Required<GraphSpec>['actors']) {
  const spec = perfectSpec();
  spec.actors = change(spec.actors);
  return spec;
}

describe('actors and places, by kind', () => {
  it.each<[string, GraphSpec, RowKey, { tp: number; fp: number; fn: number }]>([
    ['a perfect prediction finds every actor', perfectSpec(), 'actors', { tp: 5, fp: 0, fn: 0 }],
    [
      'a missed actor lowers actor recall',
      withActors((a) => a.filter((x) => x.name !== 'Russia')),
      'actors',
      { tp: 4, fp: 0, fn: 1 },
    ],
    [
      'an invented actor lowers actor precision',
      withActors((a) => [...a, { name: 'Hey Jude', type: 'PERSON' }]),
      'actors',
      { tp: 5, fp: 1, fn: 0 },
    ],
    [
      'an invented actor does not touch the places',
      withActors((a) => [...a, { name: 'Hey Jude', type: 'PERSON' }]),
      'places',
      { tp: 2, fp: 0, fn: 0 },
    ],
    [
      'an actor with the wrong type is found by name',
      withActors((a) => a.map((x) => (x.name === 'Russia' ? { ...x, type: 'PERSON' } : x))),
      'actors',
      { tp: 5, fp: 0, fn: 0 },
    ],
    [
      'an actor with the wrong type is not found with the right type',
      withActors((a) => a.map((x) => (x.name === 'Russia' ? { ...x, type: 'PERSON' } : x))),
      'actors-typed',
      { tp: 4, fp: 1, fn: 1 },
    ],
    [
      'an actor with the wrong type is a typing error',
      withActors((a) => a.map((x) => (x.name === 'Russia' ? { ...x, type: 'PERSON' } : x))),
      'actor-typing',
      { tp: 4, fp: 1, fn: 1 },
    ],
  ])('%s', (_case, spec, row, expected) => {
    expect(counts(spec, row)).toEqual(expected);
  });

  it('a gold actor predicted as a place is a found actor with a wrong type, not a place', () => {
    const spec = withActors((a) => a.filter((x) => x.name !== 'Russia'));
    spec.places.push({ name: 'Russia', type: 'COUNTRY' });
    const result = score(spec);
    expect(result.counts.actors).toEqual({ tp: 5, fp: 0, fn: 0 });
    expect(result.counts['actor-typing']).toEqual({ tp: 4, fp: 1, fn: 1 });
    expect(result.counts.places).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(result.counts['places-typed']).toEqual({ tp: 2, fp: 1, fn: 0 });
  });

  it.each<[RowKey, RowKey, RowKey]>([
    ['entities-any-type', 'actors', 'places'],
    ['entities', 'actors-typed', 'places-typed'],
    ['entity-typing', 'actor-typing', 'place-typing'],
  ])('%s is the sum of %s and %s', (all, actors, places) => {
    const spec = withActors((a) => [
      ...a.filter((x) => x.name !== 'Russia').map((x) => (x.name === 'Syria' ? { ...x, type: 'PERSON' } : x)),
      { name: 'Aston Villa', type: 'PERSON' },
    ]);
    spec.places.push({ name: 'Russia', type: 'CITY' });
    const result = score(spec);
    expect(addCounts(result.counts[actors], result.counts[places])).toEqual(result.counts[all]);
  });
});

/** A gold article with one central event, reported in a sentence the prediction must anchor to. */
function matchGold(): GoldArticle {
  return sampleGold({
    events: [
      {
        type: 'MATCH',
        central: true,
        agents: ['Syria'],
        targets: ['Russia'],
        place: null,
        sentence: 'beat Russia 2-1 in the final',
      },
    ],
  });
}

describe('events found, and their arguments', () => {
  const sentence = 'Syria beat Russia 2-1 in the final on Sunday.';
  it.each<[string, GraphSpec['events'], RowKey, { tp: number; fp: number; fn: number }]>([
    [
      'an event of the gold type from the gold sentence is found',
      [{ type: 'MATCH', agents: ['Syria'], sentence }],
      'events-found',
      { tp: 1, fp: 0, fn: 0 },
    ],
    [
      'an event of another type from the gold sentence is not found',
      [{ type: 'AWARD', agents: ['Syria'], sentence }],
      'events-found',
      { tp: 0, fp: 1, fn: 1 },
    ],
    [
      'an event of the gold type from another sentence is not found when gold names no place',
      [{ type: 'MATCH', agents: ['Syria'], sentence: 'Syria played again in May.' }],
      'events-found',
      { tp: 0, fp: 1, fn: 1 },
    ],
    [
      'a found event with the gold agent has the agent right',
      [{ type: 'MATCH', agents: ['Syria'], sentence }],
      'event-agent',
      { tp: 1, fp: 0, fn: 0 },
    ],
    [
      'a found event with the beaten team as agent has the agent wrong',
      [{ type: 'MATCH', agents: ['Russia'], sentence }],
      'event-agent',
      { tp: 0, fp: 1, fn: 1 },
    ],
    [
      'a found event without an agent misses the agent',
      [{ type: 'MATCH', sentence }],
      'event-agent',
      { tp: 0, fp: 0, fn: 1 },
    ],
    [
      'a found event counts for coverage when it is central',
      [{ type: 'MATCH', sentence }],
      'central-events',
      { tp: 1, fp: 0, fn: 0 },
    ],
    [
      'an article whose central event is missed is not covered',
      [{ type: 'AWARD', sentence }],
      'central-events',
      { tp: 0, fp: 0, fn: 1 },
    ],
  ])('%s', (_case, events, row, expected) => {
    expect(counts({ ...perfectSpec(), events: events ?? [] }, row, matchGold())).toEqual(expected);
  });

  it.each<[string, GraphSpec['events'], { tp: number; fp: number; fn: number }]>([
    ['right place', [{ type: 'RECAPTURE', place: 'Palmyra', agents: ['Syria'] }], { tp: 1, fp: 0, fn: 0 }],
    [
      'wrong place (found by its sentence)',
      [
        {
          type: 'RECAPTURE',
          place: 'Temple of Bel',
          sentence: 'Syrian forces recaptured Palmyra on Sunday.',
        },
      ],
      { tp: 0, fp: 1, fn: 1 },
    ],
    [
      'no place (found by its sentence)',
      [{ type: 'RECAPTURE', sentence: 'Syrian forces recaptured Palmyra on Sunday.' }],
      { tp: 0, fp: 0, fn: 1 },
    ],
  ])('event-place: %s', (_case, events, expected) => {
    const gold = sampleGold();
    gold.events = gold.events.slice(0, 1);
    expect(counts({ ...perfectSpec(), events: events ?? [] }, 'event-place', gold)).toEqual(expected);
  });

  it('an article without a central gold event is not counted for coverage', () => {
    const gold = sampleGold();
    gold.events = gold.events.map(({ central: _central, ...event }) => event);
    expect(counts(perfectSpec(), 'central-events', gold)).toEqual({ tp: 0, fp: 0, fn: 0 });
  });
});

/** The perfect prediction with its second claim (Russia's REPORT) replaced. */
function withReport(claim: { kind?: string; claimant?: string; text?: string }): GraphSpec {
  const spec = perfectSpec();
  spec.claims = [
    spec.claims[0]!,
    {
      kind: claim.kind ?? 'REPORT',
      claimant: claim.claimant ?? 'Russia',
      text: claim.text ?? 'warplanes carried out around 500 sorties',
    },
  ];
  return spec;
}

describe('claims found, claimant, span', () => {
  const wide =
    'Russian warplanes carried out around 500 sorties, while the ministry said the campaign would go on for months and Assad would visit the city';
  it.each<[string, GraphSpec, RowKey, { tp: number; fp: number; fn: number }]>([
    [
      'a claim given to the wrong claimant is found',
      withReport({ claimant: 'Syria' }),
      'claims-found',
      { tp: 2, fp: 0, fn: 0 },
    ],
    [
      'a claim given to the wrong claimant is a claimant error',
      withReport({ claimant: 'Syria' }),
      'claimant',
      { tp: 1, fp: 1, fn: 1 },
    ],
    [
      'a claim given to the wrong claimant is not attributed',
      withReport({ claimant: 'Syria' }),
      'claims',
      { tp: 1, fp: 1, fn: 1 },
    ],
    [
      'a span that swallows another clause is found',
      withReport({ text: wide }),
      'claims-found',
      { tp: 2, fp: 0, fn: 0 },
    ],
    [
      'a span that swallows another clause is not acceptable',
      withReport({ text: wide }),
      'claim-span',
      { tp: 1, fp: 1, fn: 1 },
    ],
    [
      'a cut span that keeps most of the gold is acceptable',
      withReport({ text: 'carried out around 500 sorties' }),
      'claim-span',
      { tp: 2, fp: 0, fn: 0 },
    ],
    [
      'an unrelated text is not found',
      withReport({ text: 'the weather was fine' }),
      'claims-found',
      { tp: 1, fp: 1, fn: 1 },
    ],
  ])('%s', (_case, spec, row, expected) => {
    expect(counts(spec, row)).toEqual(expected);
  });

  it('the span overlap is the mean Dice of the found pairs', () => {
    const result = score(perfectSpec());
    const overlap = result.means['claim-span-overlap'];
    expect(overlap.n).toBe(2);
    // One exact text (Dice 1) and one with two extra words in front ("This is").
    expect(overlap.sum).toBeGreaterThan(1.8);
    expect(overlap.sum).toBeLessThan(2);
  });

  function responsibilityGold(): GoldArticle {
    const gold = sampleGold();
    gold.claims = [
      {
        claimant: 'Islamic State',
        kind: 'RESPONSIBILITY',
        direct: false,
        credited: [],
        relayedBy: [],
        about: ['Temple of Bel'],
        text: 'claimed responsibility for the destruction of the temple',
        reportedBy: 'a1.txt',
      },
    ];
    return gold;
  }

  it.each<[string, string, string, { tp: number; fp: number; fn: number }]>([
    [
      'a RESPONSIBILITY claim by the group is right',
      'RESPONSIBILITY',
      'Islamic State',
      { tp: 1, fp: 0, fn: 0 },
    ],
    ['the same text as a STATEMENT is missed', 'STATEMENT', 'Islamic State', { tp: 0, fp: 0, fn: 1 }],
    [
      'a RESPONSIBILITY claim given to another actor is wrong',
      'RESPONSIBILITY',
      'Russia',
      { tp: 0, fp: 1, fn: 1 },
    ],
  ])('%s', (_case, kind, claimant, expected) => {
    const spec = perfectSpec();
    spec.claims = [
      { kind, claimant, text: 'the group claimed responsibility for the destruction of the temple' },
    ];
    expect(counts(spec, 'responsibility-claims', responsibilityGold())).toEqual(expected);
  });
});

describe('credit claims whose gold credits no named actor', () => {
  function gold(): GoldArticle {
    const g = sampleGold();
    g.claims = [{ ...g.claims[0]!, credited: [], note: 'credit to a strategy' }];
    return g;
  }
  it.each<[string, string[], { tp: number; fp: number; fn: number }]>([
    ['match a prediction that credits no actor either', [], { tp: 1, fp: 0, fn: 0 }],
    ['do not match a prediction that credits an actor', ['Syrian Army'], { tp: 0, fp: 1, fn: 1 }],
  ])('%s', (_case, credited, expected) => {
    const spec = perfectSpec();
    spec.claims = [{ ...spec.claims[0]!, credited }];
    expect(counts(spec, 'credit-claims', gold())).toEqual(expected);
  });
});
