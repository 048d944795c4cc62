import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { ReadRows, Row } from './read-rows.js';
import { questionResolvers } from './resolvers.js';

/** A ReadRows that records each named query and answers from a table by query name. */
function fakeRead(
  answers: Record<string, Row[]> = {},
): ReadRows & { calls: { name: string; params: Record<string, unknown> }[] } {
  const calls: { name: string; params: Record<string, unknown> }[] = [];
  const read = (name: string, params: Record<string, unknown>): Promise<Row[]> => {
    calls.push({ name, params });
    return Promise.resolve(answers[name] ?? []);
  };
  return Object.assign(read, { calls });
}

describe('questionResolvers', () => {
  it.each([
    ['whoClaimedCredit', { event: '  ' }],
    ['claimsBy', { actor: '"' }],
    ['claimsAbout', { subject: '~*?' }],
    ['timeline', { subject: '' }],
    ['contradictions', { subject: '\u0000\u0001' }],
    ['search', { text: '()' }],
  ] as const)('%s answers input without words with [] and no query', async (field, args) => {
    const read = fakeRead();
    const resolver = questionResolvers(read).Query[field] as (
      p: unknown,
      a: unknown,
      c: object,
    ) => Promise<unknown>;
    await expect(resolver(undefined, args, {})).resolves.toEqual([]);
    expect(read.calls).toEqual([]);
  });

  it('asks who claimed credit for the matched events, best first, and names the best one', async () => {
    const read = fakeRead({
      'query/match-events': [{ id: 'e1' }, { id: 'e2' }],
      'query/who-claimed-credit': [{ text: 'We did it', events: [{ id: 'e2' }, { id: 'e1' }] }],
    });
    const rows = await questionResolvers(read).Query.whoClaimedCredit(
      undefined,
      { event: 'the recapture' },
      {},
    );
    expect(read.calls.map((call) => call.name)).toEqual(['query/match-events', 'query/who-claimed-credit']);
    expect(read.calls[0]!.params).toEqual({
      query: 'recapture recapture*',
      words: ['recapture'],
      minScoreRatio: 0.5,
    });
    expect(read.calls[1]!.params).toEqual({ eventIds: ['e1', 'e2'] });
    expect(rows).toEqual([{ text: 'We did it', events: [{ id: 'e2' }, { id: 'e1' }], event: { id: 'e2' } }]);
  });

  /**
   * A reader where only the "recapture" event was claimed: the words match "offensive" best, a wider text
   * match also finds "recapture", and `samePlace` is what events-at-same-places answers.
   */
  function creditReader(samePlace: string[]): { read: ReadRows; calls: string[] } {
    const calls: string[] = [];
    const read: ReadRows = (name, params) => {
      calls.push(`${name} ${JSON.stringify(params.eventIds ?? params.minScoreRatio)}`);
      if (name === 'query/match-events') {
        const ids = params.minScoreRatio === 0 ? ['offensive', 'recapture'] : ['offensive'];
        return Promise.resolve(ids.map((id) => ({ id })));
      }
      if (name === 'query/events-at-same-places') return Promise.resolve(samePlace.map((id) => ({ id })));
      const ids = params.eventIds as string[];
      return Promise.resolve(
        ids.includes('recapture') ? [{ text: 'Thanks to our army', events: [{ id: 'recapture' }] }] : [],
      );
    };
    return { read, calls };
  }

  it.each([
    [
      'to the events at the same place first',
      ['offensive', 'recapture'],
      ['query/events-at-same-places ["offensive"]', 'query/who-claimed-credit ["offensive","recapture"]'],
    ],
    [
      'to every matching event when no event at the same place was claimed',
      ['offensive'],
      [
        'query/events-at-same-places ["offensive"]',
        'query/match-events 0',
        'query/who-claimed-credit ["offensive","recapture"]',
      ],
    ],
  ])('widens %s when nobody claimed credit for the best matches', async (_how, samePlace, widening) => {
    const { read, calls } = creditReader(samePlace);
    const rows = await questionResolvers(read).Query.whoClaimedCredit(
      undefined,
      { event: 'Palmyra offensive' },
      {},
    );
    expect(rows).toEqual([
      { text: 'Thanks to our army', events: [{ id: 'recapture' }], event: { id: 'recapture' } },
    ]);
    expect(calls).toEqual(['query/match-events 0.5', 'query/who-claimed-credit ["offensive"]', ...widening]);
  });

  it('stops when no event matches', async () => {
    const read = fakeRead();
    await expect(
      questionResolvers(read).Query.whoClaimedCredit(undefined, { event: 'moon landing' }, {}),
    ).resolves.toEqual([]);
    expect(read.calls.map((call) => call.name)).toEqual(['query/match-events']);
  });

  it('looks claims-about up by event words when no actor or place is named', async () => {
    const read = fakeRead({ 'query/match-events': [{ id: 'e1' }] });
    await questionResolvers(read).Query.claimsAbout(undefined, { subject: 'recapture of Palmyra' }, {});
    expect(read.calls.map((call) => call.name)).toEqual([
      'query/match-entities',
      'query/match-events',
      'query/claims-about',
    ]);
    expect(read.calls[2]!.params.subjectIds).toEqual(['e1']);
  });

  it.each([
    [undefined, 20],
    [null, 20],
    [0, 1],
    [-5, 1],
    [7, 7],
    [10_000, 100],
  ])('clamps a search limit of %s to %i', async (limit, expected) => {
    const read = fakeRead();
    await questionResolvers(read).Query.search(undefined, { text: 'Palmyra', limit }, {});
    expect(read.calls[0]!.params.limit).toEqual(neo4j.int(expected));
  });

  it.each([
    [undefined, 1],
    [0, 1],
    [2, 2],
    [99, 3],
  ])('clamps a neighbourhood depth of %s to %i', async (depth, expected) => {
    const read = fakeRead();
    await questionResolvers(read).Query.neighbourhood(undefined, { id: 'actor-x', depth }, {});
    expect(read.calls[0]!.params.depth).toEqual(neo4j.int(expected));
  });

  it('answers null for an empty or absurdly long id without asking the database', async () => {
    const read = fakeRead();
    const { neighbourhood } = questionResolvers(read).Query;
    await expect(neighbourhood(undefined, { id: '' }, {})).resolves.toBeNull();
    await expect(neighbourhood(undefined, { id: 'x'.repeat(10_000) }, {})).resolves.toBeNull();
    expect(read.calls).toEqual([]);
  });

  it('loads the corroboration of the claims and events of one request in one batch', async () => {
    const read = fakeRead({
      'query/corroboration': [
        { id: 'c1', articles: 2, outlets: 2, unknownOutletArticles: 0, contested: false },
        { id: 'e1', articles: 3, outlets: 0, unknownOutletArticles: 3, contested: false },
      ],
      'query/contradictions': [{ event: { id: 'e1' } }],
    });
    const resolvers = questionResolvers(read);
    const context = {};
    const [claim, event] = await Promise.all([
      resolvers.Claim.corroboration({ id: 'c1' }, {}, context),
      resolvers.Event.corroboration({ id: 'e1' }, {}, context),
    ]);
    expect(claim).toMatchObject({ articles: 2, status: 'CORROBORATED' });
    expect(event).toMatchObject({ articles: 3, contested: true, status: 'CONTESTED' });
    expect(read.calls.filter((call) => call.name === 'query/corroboration')).toHaveLength(1);
    expect(read.calls[0]!.params).toEqual({ ids: ['c1', 'e1'] });
  });
});
