/**
 * The question-shaped queries against known answers: a made-up story written into the real database
 * (fixture.ts), read through the real schema and the named queries in cypher/query/.
 */
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/serve/index.js';
import { testDriver } from '../support/database.js';
import { createFixture, removeFixture } from './fixture.js';
import { data } from './graphql-client.js';

let schema: GraphQLSchema;

beforeAll(async () => {
  await removeFixture(testDriver());
  await createFixture(testDriver());
  schema = await buildSchema(testDriver());
});

afterAll(async () => {
  await removeFixture(testDriver());
});

interface Named {
  id: string;
  name: string;
}

describe('whoClaimedCredit', () => {
  const query = `query ($event: String!) {
    whoClaimedCredit(event: $event) { items {
      claimant { id name }
      credited { name }
      text
      claim { id kind }
      event { id label }
      events { id }
      sources { id title sourceFile publishedAt }
      evidence { articleId sentence sentenceStart sentenceEnd start end }
    } }
  }`;
  type Answer = {
    whoClaimedCredit: {
      items: {
        claimant: Named;
        credited: { name: string }[];
        text: string;
        claim: { id: string; kind: string };
        event: { id: string; label: string } | null;
        events: { id: string }[];
        sources: { id: string; title: string; sourceFile: string; publishedAt: string }[];
        evidence: { articleId: string; sentence: string; start: number; end: number }[];
      }[];
    };
  };

  it.each([['siege of Zzyzxville'], ['the Zzyzxville siege'], ['SIEGE'], ['besieged']])(
    'finds the credit claim for the event named %j',
    async (event) => {
      const { whoClaimedCredit } = await data<Answer>(schema, query, { event });
      expect(whoClaimedCredit.items).toEqual([
        {
          claimant: { id: 'test-api-drums', name: 'Qwertanian Ministry of Drums' },
          credited: [{ name: 'Blorf Brigade' }],
          text: 'The Blorf Brigade won the siege for us',
          claim: { id: 'test-api-credit', kind: 'CREDIT' },
          event: { id: 'test-api-siege', label: 'Siege of Zzyzxville' },
          events: [{ id: 'test-api-siege' }],
          sources: [
            {
              id: 'test-api-a',
              title: 'Zzyzxville besieged',
              sourceFile: 'test/a.txt',
              publishedAt: '2001-02-04',
            },
            {
              id: 'test-api-b',
              title: 'Zzyzxville news',
              sourceFile: 'test/b.txt',
              publishedAt: '2001-02-06',
            },
          ],
          evidence: [
            {
              articleId: 'test-api-a',
              sentence: 'A sentence.',
              sentenceStart: 0,
              sentenceEnd: 11,
              start: 2,
              end: 10,
            },
            {
              articleId: 'test-api-b',
              sentence: 'A sentence.',
              sentenceStart: 0,
              sentenceEnd: 11,
              start: 2,
              end: 10,
            },
          ],
        },
      ]);
    },
  );

  it('does not count a denial as a credit claim', async () => {
    const { whoClaimedCredit } = await data<Answer>(schema, query, { event: 'siege of Zzyzxville' });
    expect(whoClaimedCredit.items.map((answer) => answer.claim.id)).not.toContain('test-api-denial');
  });

  it('answers [] when no event the words match was claimed', async () => {
    const { whoClaimedCredit } = await data<Answer>(schema, query, { event: 'flooded' });
    expect(whoClaimedCredit.items).toEqual([]);
  });

  it.each([['Parade of Zzyzxville'], ['the Zzyzxville flood']])(
    'never answers %j, an unclaimed event of no campaign, with the claims of another event at its place',
    async (event) => {
      const { whoClaimedCredit } = await data<Answer>(schema, query, { event });
      expect(whoClaimedCredit.items).toEqual([]);
    },
  );

  it('lets a client follow relationships from the answer (claimant → its claims)', async () => {
    const result = await data<{
      whoClaimedCredit: { items: { claimant: { partOf: Named[]; claims: { id: string }[] } }[] };
    }>(
      schema,
      '{ whoClaimedCredit(event: "siege of Zzyzxville") { items { claimant { partOf { name } claims { id } } } } }',
    );
    expect(result.whoClaimedCredit.items[0]?.claimant).toEqual({
      partOf: [{ name: 'Qwertania' }],
      claims: [{ id: 'test-api-credit' }],
    });
  });
});

describe('claimsBy and claimsAbout', () => {
  const fields = `claim { id } kind text claimant { name } credited { name } aboutEvents { id } sources { id }
    evidence { articleId }`;

  it('finds the claims of an actor and of the bodies that are part of it', async () => {
    const result = await data<{
      claimsBy: { items: { claim: { id: string }; claimant: { name: string } }[] };
    }>(schema, `{ claimsBy(actor: "Qwertania") { items { ${fields} } } }`);
    expect(result.claimsBy.items).toMatchObject([
      { claim: { id: 'test-api-credit' }, claimant: { name: 'Qwertanian Ministry of Drums' } },
    ]);
  });

  it('finds an actor by alias', async () => {
    const result = await data<{ claimsBy: { items: { kind: string; text: string; sources: unknown[] }[] } }>(
      schema,
      `{ claimsBy(actor: "Blorfs") { items { ${fields} } } }`,
    );
    expect(result.claimsBy.items).toMatchObject([
      { kind: 'DENIAL', text: 'We never went near Zzyzxville', sources: [{ id: 'test-api-b' }] },
    ]);
  });

  it('gives an answer article its body text when a client asks for it', async () => {
    const result = await data<{
      claimsBy: { items: { sources: { id: string; title: string; text: string }[] }[] };
    }>(schema, '{ claimsBy(actor: "Blorfs") { items { sources { id title text } } } }');
    expect(result.claimsBy.items).toEqual([
      { sources: [{ id: 'test-api-b', title: 'Zzyzxville news', text: 'A sentence.' }] },
    ]);
  });

  it('finds the claims about a place through the events that happened there', async () => {
    const result = await data<{ claimsAbout: { items: { claim: { id: string } }[] } }>(
      schema,
      `{ claimsAbout(subject: "Zzyzxville") { items { ${fields} } } }`,
    );
    expect(result.claimsAbout.items.map((claim) => claim.claim.id).sort()).toEqual([
      'test-api-credit',
      'test-api-denial',
    ]);
  });

  it('finds the claims about an event named by words', async () => {
    const result = await data<{
      claimsAbout: { items: { claim: { id: string }; aboutEvents: { id: string }[] }[] };
    }>(schema, `{ claimsAbout(subject: "siege of Zzyzxville") { items { ${fields} } } }`);
    expect(result.claimsAbout.items.map((claim) => claim.claim.id).sort()).toEqual([
      'test-api-credit',
      'test-api-denial',
    ]);
    expect(
      result.claimsAbout.items.every((claim) =>
        claim.aboutEvents.some((event) => event.id === 'test-api-siege'),
      ),
    ).toBe(true);
  });
});

describe('timeline', () => {
  it('lists the events of a place in date order, undated by their earliest reported date', async () => {
    const result = await data<{
      timeline: {
        items: {
          event: { id: string };
          date: string;
          datePrecision: string;
          place: { name: string };
          participants: { actor: { name: string }; roles: string[] }[];
          reportedDates: { date: string; article: { id: string } }[];
          sources: { id: string }[];
        }[];
      };
    }>(
      schema,
      `{ timeline(subject: "Zzyzxville") { items {
          event { id } date datePrecision place { name } participants { actor { name } roles }
          reportedDates { date article { id } } sources { id } } } }`,
    );
    expect(result.timeline.items.map((entry) => [entry.event.id, entry.date, entry.datePrecision])).toEqual([
      ['test-api-parade', '2000-12-31', 'DAY'],
      ['test-api-siege', '2001-02-03', 'DAY'],
      ['test-api-flood', '2001-03-09', 'DAY'],
    ]);
    const siege = result.timeline.items[1]!;
    expect(siege.place).toEqual({ name: 'Zzyzxville' });
    expect(siege.participants).toEqual([
      { actor: { name: 'Blorf Brigade' }, roles: ['SUPPORTER'] },
      { actor: { name: 'Qwertania' }, roles: expect.arrayContaining(['AGENT', 'TARGET']) as unknown },
    ]);
    expect(siege.reportedDates).toEqual([
      { date: '2001-02-03', article: { id: 'test-api-a' } },
      { date: '2001-02-05', article: { id: 'test-api-b' } },
    ]);
    expect(siege.sources).toEqual([{ id: 'test-api-a' }, { id: 'test-api-b' }]);
  });

  it('lists the events an actor took part in', async () => {
    const result = await data<{ timeline: { items: { event: { id: string } }[] } }>(
      schema,
      '{ timeline(subject: "Blorf Brigade") { items { event { id } } } }',
    );
    expect(result.timeline.items).toEqual([{ event: { id: 'test-api-siege' } }]);
  });
});

describe('contradictions', () => {
  type Answer = {
    contradictions: {
      kind: string;
      event: { id: string };
      fact: string;
      sides: { value: string; sources: { id: string }[]; evidence: { articleId: string }[] }[];
    }[];
  };
  const query = `{ contradictions(subject: "Zzyzxville") {
    kind event { id } fact sides { value sources { id } evidence { articleId } } } }`;

  it('reports the two dates articles give for the same event, each with its source', async () => {
    const { contradictions } = await data<Answer>(schema, query);
    const date = contradictions.find((c) => c.kind === 'DATE');
    expect(date).toEqual({
      kind: 'DATE',
      event: { id: 'test-api-siege' },
      fact: 'date of Siege of Zzyzxville',
      sides: [
        { value: '2001-02-03', sources: [{ id: 'test-api-a' }], evidence: [{ articleId: 'test-api-a' }] },
        { value: '2001-02-05', sources: [{ id: 'test-api-b' }], evidence: [{ articleId: 'test-api-b' }] },
      ],
    });
  });

  it('does not count a month and a day inside it as a disagreement', async () => {
    const { contradictions } = await data<Answer>(schema, query);
    expect(contradictions.filter((c) => c.event.id === 'test-api-flood')).toEqual([]);
  });

  it('reports an actor that is agent in one article and target in another', async () => {
    const { contradictions } = await data<Answer>(schema, query);
    const agent = contradictions.find((c) => c.kind === 'AGENT');
    expect(agent?.event).toEqual({ id: 'test-api-siege' });
    expect(agent?.sides.map((side) => [side.value, side.sources.map((s) => s.id)])).toEqual([
      ['agent: Qwertania', ['test-api-a']],
      ['agent: none named; against: Qwertania', ['test-api-b']],
    ]);
  });
});

describe('corroboration', () => {
  it.each([
    [
      'test-api-flood',
      { articles: 2, outlets: 0, unknownOutletArticles: 2, contested: false, status: 'CORROBORATED' },
    ],
    [
      'test-api-parade',
      { articles: 1, outlets: 0, unknownOutletArticles: 1, contested: false, status: 'SINGLE_SOURCE' },
    ],
    [
      'test-api-siege',
      { articles: 2, outlets: 0, unknownOutletArticles: 2, contested: true, status: 'CONTESTED' },
    ],
  ])('tallies event %s', async (id, expected) => {
    const result = await data<{ events: { corroboration: unknown }[] }>(
      schema,
      `query ($id: ID!) { events(where: { id: { eq: $id } }) {
        corroboration { articles outlets unknownOutletArticles contested status } } }`,
      { id },
    );
    expect(result.events).toEqual([{ corroboration: expected }]);
  });

  it('marks a claim contested when another actor denies it', async () => {
    const result = await data<{
      claims: { id: string; corroboration: { articles: number; status: string } }[];
    }>(
      schema,
      `{ claims(where: { id: { startsWith: "test-api-" } }, sort: [{ id: ASC }]) {
        id corroboration { articles status } } }`,
    );
    expect(result.claims).toEqual([
      { id: 'test-api-credit', corroboration: { articles: 2, status: 'CONTESTED' } },
      { id: 'test-api-denial', corroboration: { articles: 1, status: 'CONTESTED' } },
    ]);
  });
});

describe('search', () => {
  it('ranks hits of every kind', async () => {
    const result = await data<{
      search: { items: { id: string; kind: string; caption: string; score: number }[] };
    }>(schema, '{ search(text: "Zzyzxville", limit: 50) { items { id kind caption type score } } }');
    const kinds = new Set(
      result.search.items.filter((hit) => hit.id.startsWith('test-api-')).map((hit) => hit.kind),
    );
    expect([...kinds].sort()).toEqual(['Article', 'Claim', 'Event', 'Place']);
    const scores = result.search.items.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds a word by its prefix', async () => {
    const result = await data<{ search: { items: { id: string }[] } }>(
      schema,
      '{ search(text: "Qwertan") { items { id } } }',
    );
    expect(result.search.items.map((hit) => hit.id)).toContain('test-api-qwertania');
  });

  it('keeps to the limit', async () => {
    const result = await data<{ search: { items: unknown[] } }>(
      schema,
      '{ search(text: "Zzyzxville", limit: 2) { items { id } } }',
    );
    expect(result.search.items).toHaveLength(2);
  });
});

describe('neighbourhood', () => {
  type View = {
    neighbourhood: {
      nodes: { id: string; kind: string; caption: string; type: string | null }[];
      edges: {
        id: string;
        source: string;
        target: string;
        type: string;
        role: string | null;
        weight: number;
      }[];
      truncated: boolean;
    } | null;
  };
  const query = `query ($id: ID!, $depth: Int) { neighbourhood(id: $id, depth: $depth) {
    nodes { id kind caption type } edges { id source target type role weight } truncated } }`;

  it('draws a node with its neighbours and the edges between them', async () => {
    const { neighbourhood } = await data<View>(schema, query, { id: 'test-api-siege', depth: 1 });
    expect(neighbourhood?.nodes[0]).toEqual({
      id: 'test-api-siege',
      kind: 'Event',
      caption: 'Siege of Zzyzxville',
      type: 'ATTACK',
    });
    expect(neighbourhood?.nodes.map((node) => node.id).sort()).toEqual([
      'test-api-a',
      'test-api-b',
      'test-api-blorf',
      'test-api-credit',
      'test-api-denial',
      'test-api-qwertania',
      'test-api-siege',
      'test-api-zzyzxville',
    ]);
    const ids = new Set(neighbourhood?.nodes.map((node) => node.id));
    expect(neighbourhood?.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
    expect(neighbourhood?.edges).toContainEqual(
      expect.objectContaining({
        source: 'test-api-qwertania',
        target: 'test-api-siege',
        type: 'PARTICIPATED_IN',
        role: 'AGENT',
      }),
    );
    expect(neighbourhood?.truncated).toBe(false);
  });

  it('goes further with depth, and caps depth at 3', async () => {
    const one = await data<View>(schema, query, { id: 'test-api-drums', depth: 1 });
    const two = await data<View>(schema, query, { id: 'test-api-drums', depth: 2 });
    const three = await data<View>(schema, query, { id: 'test-api-drums', depth: 3 });
    const many = await data<View>(schema, query, { id: 'test-api-drums', depth: 1000 });
    expect(one.neighbourhood!.nodes.length).toBeLessThan(two.neighbourhood!.nodes.length);
    expect(two.neighbourhood!.nodes.length).toBeLessThanOrEqual(three.neighbourhood!.nodes.length);
    expect(many).toEqual(three);
  });

  it('answers null for an unknown id', async () => {
    expect(await data<View>(schema, query, { id: 'test-api-nothing' })).toEqual({ neighbourhood: null });
  });
});
