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
  ] as const)('%s answers input without words with nothing and no query', async (field, args) => {
    const read = fakeRead();
    const resolver = questionResolvers(read).Query[field] as (
      p: unknown,
      a: unknown,
      c: object,
    ) => Promise<unknown>;
    const answer = await resolver(undefined, args, {});
    expect(Array.isArray(answer) ? answer : (answer as { items: unknown[] }).items).toEqual([]);
    expect(read.calls).toEqual([]);
  });

  it('asks each event question in one query, with the words read and the page clamped', async () => {
    const read = fakeRead({
      'query/who-claimed': [
        { terms: [], matched: [], missingWords: [], suggestions: [], total: 0, items: [] },
      ],
    });
    const answer = await questionResolvers(read).Query.whoClaimedResponsibility(
      undefined,
      { event: 'Who claimed responsibility for the bombing in Ankara?', limit: 1000, offset: -1 },
      {},
    );
    expect(read.calls.map((call) => call.name)).toEqual(['query/who-claimed']);
    expect(read.calls[0]!.params).toMatchObject({
      asked: { keyWords: ['ankara'], types: ['BOMBING', 'ATTACK'] },
      kinds: ['RESPONSIBILITY', 'DENIAL'],
      limit: neo4j.int(100),
      offset: neo4j.int(0),
    });
    expect(answer).toMatchObject({ total: 0, items: [], limit: 100, offset: 0 });
  });

  it.each([
    ['whoClaimedCredit', { event: 'recapture of Palmyra' }, ['CREDIT']],
    ['whoClaimedResponsibility', { event: 'the bombing', denials: false }, ['RESPONSIBILITY']],
    ['whoClaimedResponsibility', { event: 'the bombing' }, ['RESPONSIBILITY', 'DENIAL']],
  ] as const)('%s %j asks for claims of kinds %j', async (field, args, kinds) => {
    const read = fakeRead();
    const resolver = questionResolvers(read).Query[field] as (
      p: unknown,
      a: unknown,
      c: object,
    ) => Promise<unknown>;
    await resolver(undefined, args, {});
    expect(read.calls[0]!.params.kinds).toEqual(kinds);
  });

  it.each([
    ['claimsBy', { actor: 'Assad' }, 'query/claims-by'],
    ['claimsAbout', { subject: 'recapture of Palmyra' }, 'query/claims-about'],
    ['timeline', { subject: 'Palmyra' }, 'query/timeline'],
    ['search', { text: 'Palmyra' }, 'query/search'],
    ['neighbourhood', { id: 'act_x' }, 'query/neighbourhood'],
  ] as const)('%s runs one query (%s)', async (field, args, name) => {
    const read = fakeRead();
    const resolver = questionResolvers(read).Query[field] as (
      p: unknown,
      a: unknown,
      c: object,
    ) => Promise<unknown>;
    await resolver(undefined, args, {});
    expect(read.calls.map((call) => call.name)).toEqual([name]);
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
    expect(read.calls[0]!.params.offset).toEqual(neo4j.int(0));
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
