import { describe, expect, it } from 'vitest';
import { graphOf, perfectSpec, sampleGold, type GraphSpec } from '../../tests/fixtures/eval-graph.js';
import { scoreArticle, scoreCorpus } from './score-article.js';
import { ROWS } from './score-types.js';

function score(spec: GraphSpec, gold = sampleGold()) {
  return scoreArticle(gold, graphOf(spec));
}

describe('scoreArticle on a perfect prediction', () => {
  const result = score(perfectSpec());

  // The sample has no RESPONSIBILITY claim; its one gold date is checked below.
  const without = new Set(['event-dates', 'event-date', 'responsibility-claims']);
  it.each(ROWS.filter((row) => !without.has(row)))('%s has no errors', (row) => {
    expect(result.counts[row].fp).toBe(0);
    expect(result.counts[row].fn).toBe(0);
    expect(result.counts[row].tp).toBeGreaterThan(0);
  });

  it.each(['event-dates', 'event-date'] as const)('%s counts the one gold date as right', (row) => {
    expect(result.counts[row]).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('lists no issues', () => {
    expect(result.issues).toEqual([]);
  });
});

describe('entities', () => {
  it('a missed entity is a false negative and lowers recall', () => {
    const spec = perfectSpec();
    spec.actors = spec.actors.filter((a) => a.name !== 'Syrian Army');
    const result = score(spec);
    expect(result.counts.entities).toEqual({ tp: 6, fp: 0, fn: 1 });
    expect(result.issues).toContainEqual({
      row: 'entities',
      kind: 'FN',
      text: 'actor Syrian Army (MILITARY)',
    });
  });

  it('an invented entity is a false positive', () => {
    const spec = perfectSpec();
    spec.places.push({ name: 'Homs', type: 'CITY' });
    expect(score(spec).counts.entities).toEqual({ tp: 7, fp: 1, fn: 0 });
  });

  it.each([
    ['an alias', { name: 'ISIL', type: 'ARMED_GROUP', aliases: ['Daesh'] }],
    ['a surface of a mention', { name: 'IS', type: 'ARMED_GROUP' }],
    ['the name with "the" and a possessive', { name: "the Islamic State's", type: 'ARMED_GROUP' }],
  ])('matches a gold entity through %s', (_how, actor) => {
    const spec = perfectSpec();
    spec.actors = [...spec.actors.filter((a) => a.name !== 'Islamic State'), actor];
    spec.mentions = [{ entity: 'IS', surface: 'ISIS' }];
    expect(score(spec).counts.entities).toEqual({ tp: 7, fp: 0, fn: 0 });
  });

  it('a demonym is matched to the state when the gold lists it as a surface', () => {
    const spec = perfectSpec();
    spec.actors = [...spec.actors.filter((a) => a.name !== 'Russia'), { name: 'Russian', type: 'STATE' }];
    expect(score(spec).counts.entities.fn).toBe(0);
  });

  it('does not match an army to its state', () => {
    const spec = perfectSpec();
    spec.actors = spec.actors.filter((a) => a.name !== 'Syria');
    const result = score(spec);
    expect(result.counts['entities-any-type']).toEqual({ tp: 6, fp: 0, fn: 1 });
  });

  it('a wrong type fails the typed row and the typing row but not the untyped row', () => {
    const spec = perfectSpec();
    spec.actors = spec.actors.map((a) => (a.name === 'Syrian Army' ? { ...a, type: 'ARMED_GROUP' } : a));
    const result = score(spec);
    expect(result.counts.entities).toEqual({ tp: 6, fp: 1, fn: 1 });
    expect(result.counts['entities-any-type']).toEqual({ tp: 7, fp: 0, fn: 0 });
    expect(result.counts['entity-typing']).toEqual({ tp: 6, fp: 1, fn: 1 });
  });

  it('an actor predicted as a place is a typing error', () => {
    const spec = perfectSpec();
    spec.actors = spec.actors.filter((a) => a.name !== 'Syria');
    spec.places.push({ name: 'Syria', type: 'COUNTRY' });
    const result = score(spec);
    expect(result.counts['entity-typing'].fn).toBe(1);
    expect(result.counts.entities).toEqual({ tp: 6, fp: 1, fn: 1 });
  });

  it('pairs a state actor and a country place of the same name with their own gold entries', () => {
    const gold = sampleGold();
    gold.places.push({ name: 'Syria', type: 'COUNTRY', surfaces: ['Syria'] });
    const spec = perfectSpec();
    // The place comes first so that input order would pair it with the actor if types were ignored.
    spec.places.unshift({ name: 'Syria', type: 'COUNTRY' });
    const result = score(spec, gold);
    expect(result.counts['entity-typing']).toEqual({ tp: 8, fp: 0, fn: 0 });
  });

  it('accepts a typeAlso type', () => {
    const gold = sampleGold();
    gold.places.push({ name: 'Raqqa', type: 'CITY', typeAlso: ['REGION'], surfaces: ['Raqqa'] });
    const spec = perfectSpec();
    spec.places.push({ name: 'Raqqa', type: 'REGION' });
    expect(score(spec, gold).counts.entities.fp).toBe(0);
  });

  it('an optional gold entity is neither rewarded nor penalised', () => {
    const gold = sampleGold();
    gold.actors.push({ name: 'Hugh Baird', type: 'PERSON', surfaces: ['Hugh Baird'], optional: true });
    const found = perfectSpec();
    found.actors.push({ name: 'Hugh Baird', type: 'MEDIA' });
    expect(score(found, gold).counts.entities).toEqual({ tp: 7, fp: 0, fn: 0 });
    expect(score(perfectSpec(), gold).counts.entities).toEqual({ tp: 7, fp: 0, fn: 0 });
  });
});

describe('events', () => {
  it('a wrong agent fails the strict row but not the type+place row', () => {
    const spec = perfectSpec();
    spec.events[0] = { type: 'RECAPTURE', place: 'Palmyra', agents: ['Russia'] };
    const result = score(spec);
    expect(result.counts.events).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(result.counts['events-type-place']).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(result.issues.find((i) => i.row === 'events' && i.kind === 'FN')?.text).toContain(
      'agent mismatch',
    );
  });

  it('accepts an agent that is part of the gold agent (the Syrian Army for Syria)', () => {
    const spec = perfectSpec();
    spec.events[0] = { type: 'RECAPTURE', place: 'Palmyra', agents: ['Syrian Army'] };
    expect(score(spec).counts.events).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('rejects a wrong type even at the right place with the right agent', () => {
    const spec = perfectSpec();
    spec.events[0] = { type: 'CAPTURE', place: 'Palmyra', agents: ['Syria'] };
    expect(score(spec).counts.events).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it.each([
    ['the gold place', 'Temple of Bel', 1],
    ['a placeAlso place', 'Palmyra', 1],
    ['another place', 'Syria', 0],
    ['no place', undefined, 0],
  ])('a destruction predicted at %s → %s tp', (_case, place, tp) => {
    const spec = perfectSpec();
    spec.places.push({ name: 'Syria', type: 'COUNTRY' });
    spec.events[1] = {
      type: 'DESTRUCTION',
      agents: ['Islamic State'],
      ...(place === undefined ? {} : { place }),
    };
    expect(score(spec).counts.events.tp).toBe(1 + tp);
  });

  it('a gold event without agents accepts any agent', () => {
    const gold = sampleGold();
    gold.events = [
      { type: 'KILLING', agents: [], targets: [], place: 'Palmyra', sentence: '135 people were killed' },
    ];
    const spec = perfectSpec();
    spec.events = [{ type: 'KILLING', place: 'Palmyra', agents: ['Russia'] }];
    expect(score(spec, gold).counts.events).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('one prediction cannot satisfy two gold events', () => {
    const gold = sampleGold();
    gold.events.push({
      ...gold.events[1]!,
      place: 'Palmyra',
      placeAlso: [],
      sentence: 'ISIS destroyed much',
    });
    const result = score(perfectSpec(), gold);
    expect(result.counts.events).toEqual({ tp: 2, fp: 0, fn: 1 });
  });

  it.each([
    ['the right date', '2016-03-27', { tp: 1, fp: 0, fn: 0 }],
    ['a wrong date', '2016-03-26', { tp: 0, fp: 1, fn: 1 }],
    ['no date', undefined, { tp: 0, fp: 0, fn: 1 }],
  ])('event-dates with %s', (_case, date, counts) => {
    const spec = perfectSpec();
    spec.events[0] = {
      type: 'RECAPTURE',
      place: 'Palmyra',
      agents: ['Syria'],
      ...(date === undefined ? {} : { date }),
    };
    expect(score(spec).counts['event-dates']).toEqual(counts);
  });

  it('a date where gold has none is a false positive date', () => {
    const spec = perfectSpec();
    spec.events[1] = { ...spec.events[1]!, date: '2015-08-30' };
    expect(score(spec).counts['event-dates']).toEqual({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('claims', () => {
  it('a wrong claimant lowers claim attribution', () => {
    const spec = perfectSpec();
    spec.claims[1] = { ...spec.claims[1]!, claimant: 'Syria' };
    const result = score(spec);
    expect(result.counts.claims).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(result.issues.find((i) => i.row === 'claims' && i.kind === 'FN')?.text).toContain(
      'text found, claimant wrong: Syria',
    );
  });

  it('does not accept the state for its ministry or army as claimant (claimants are strict)', () => {
    const gold = sampleGold();
    gold.claims[1] = { ...gold.claims[1]!, claimant: 'Syrian Army' };
    const spec = perfectSpec();
    spec.claims[1] = { ...spec.claims[1]!, claimant: 'Syria' };
    expect(score(spec, gold).counts.claims.fn).toBe(1);
  });

  it('accepts a claimantAlso claimant', () => {
    const gold = sampleGold();
    gold.claims[1] = { ...gold.claims[1]!, claimantAlso: ['Syria'] };
    const spec = perfectSpec();
    spec.claims[1] = { ...spec.claims[1]!, claimant: 'Syria' };
    expect(score(spec, gold).counts.claims).toEqual({ tp: 2, fp: 0, fn: 0 });
  });

  it('a claim with the right claimant but another text does not match', () => {
    const spec = perfectSpec();
    spec.claims[1] = { ...spec.claims[1]!, text: 'the West must stop criticising our campaign' };
    expect(score(spec).counts.claims).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it('a wrong kind keeps the attribution but fails the kind row', () => {
    const spec = perfectSpec();
    spec.claims[1] = { ...spec.claims[1]!, kind: 'STATEMENT' };
    const result = score(spec);
    expect(result.counts.claims).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(result.counts['claim-kind']).toEqual({ tp: 1, fp: 1, fn: 1 });
  });

  it.each([
    ['the same set', ['Syrian Army'], 1],
    ['the state the army belongs to', ['Syria'], 1],
    ['an extra actor', ['Syrian Army', 'Russia'], 0],
    ['another actor', ['Russia'], 0],
    ['an actor not in the article', ['Hezbollah'], 0],
  ])('credit-claims with %s credited', (_case, credited, tp) => {
    const spec = perfectSpec();
    spec.claims[0] = { ...spec.claims[0]!, credited };
    const result = score(spec);
    expect(result.counts['credit-claims']).toEqual({ tp, fp: 1 - tp, fn: 1 - tp });
  });

  it('a CREDIT claim with a wrong claimant is not a credit match', () => {
    const spec = perfectSpec();
    spec.claims[0] = { ...spec.claims[0]!, claimant: 'Russia' };
    expect(score(spec).counts['credit-claims']).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('scoreCorpus', () => {
  it('sums the counts of the articles (micro average)', () => {
    const perfect = score(perfectSpec());
    const empty = score({});
    const corpus = scoreCorpus([perfect, empty]);
    expect(corpus.total.entities).toEqual({ tp: 7, fp: 0, fn: 7 });
    expect(corpus.total.claims).toEqual({ tp: 2, fp: 0, fn: 2 });
    expect(corpus.articles).toHaveLength(2);
  });
});
