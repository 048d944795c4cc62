/**
 * Answers stay on the question: the seeds (the recapture of Palmyra) and a fixture corpus of other events
 * (tests/fixtures/answers: the recaptures of Ramadi and Manbij, a bombing in Ankara) go through the real
 * pipeline; the responsibility claims of the bombing, which the extractor does not read yet, go through the
 * real load stage (tests/fixtures/answers/responsibility-graph.ts). Each row of the tables names the place
 * every matched event and every answer must be at, the claimants expected, and the places that must not
 * appear.
 */
import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/index.js';
import { loadArticles } from '../../src/pipeline/load/index.js';
import { buildSchema } from '../../src/serve/index.js';
import { RESPONSIBILITY_IDS, responsibilityGraphs } from '../fixtures/answers/responsibility-graph.js';
import { removeArticles } from '../reliability/support/remove-articles.js';
import { ingestSeeds, readRows, SEEDS_DIR, testDriver } from '../support/database.js';
import { data } from './graphql-client.js';

const FIXTURES = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'answers');
let schema: GraphQLSchema;
let fixtureArticles: string[] = [];

beforeAll(async () => {
  await ingestSeeds();
  const { ingest } = await import('../../src/pipeline/ingest.js');
  await ingest([SEEDS_DIR, FIXTURES], { driver: testDriver() });
  await loadArticles(responsibilityGraphs(), { driver: testDriver(), extractorVersion: '0.0.0-test' });
  const rows = await readRows<{ id: string }>(
    testDriver(),
    "MATCH (a:Article) WHERE a.sourceFile CONTAINS 'fixtures/answers' RETURN a.id AS id",
  );
  fixtureArticles = rows.map((row) => row.id);
  schema = await buildSchema(testDriver());
});

afterAll(async () => {
  await removeArticles(testDriver(), [...new Set([...fixtureArticles, ...RESPONSIBILITY_IDS.articles])]);
});

interface EventRef {
  id: string;
  label: string;
  occurredIn: { name: string }[];
}
interface Page {
  note: string;
  total: number;
  matched: {
    event: EventRef;
    score: number;
    widened: boolean;
    terms: { term: string; as: string; value: string }[];
  }[];
  suggestions: { event: EventRef }[];
  items: {
    kind: string;
    claimant: { name: string };
    text: string;
    event: EventRef;
    events: EventRef[];
    sources: { id: string }[];
  }[];
}

const EVENT = 'id label occurredIn { name }';
const PAGE = `note total
  matched { event { ${EVENT} } score widened terms { term as value } }
  suggestions { event { ${EVENT} } }
  items { kind claimant { name } text event { ${EVENT} } events { ${EVENT} } sources { id } }`;

async function ask(field: string, event: string, extra = ''): Promise<Page> {
  const result = await data<Record<string, Page>>(
    schema,
    `query ($event: String!) { answer: ${field}(event: $event${extra}) { ${PAGE} } }`,
    { event },
  );
  return result.answer!;
}

const places = (event: EventRef) => event.occurredIn.map((place) => place.name);

/** question, the place every matched event and answer is at, a claimant expected, places that must not appear */
const CREDIT_TABLE: [string, string, RegExp, string[]][] = [
  ['recapture of Palmyra', 'Palmyra', /assad|russia|putin/i, ['Ramadi', 'Manbij', 'Ankara']],
  [
    'who claimed credit for the liberation of Palmyra',
    'Palmyra',
    /assad|russia|putin/i,
    ['Ramadi', 'Manbij'],
  ],
  ['Palmyra offensive', 'Palmyra', /assad|russia|putin/i, ['Ramadi', 'Manbij']],
  ['the liberation of Ramadi', 'Ramadi', /abadi/i, ['Palmyra', 'Manbij', 'Ankara']],
  ['who claimed credit for the recapture of Ramadi?', 'Ramadi', /abadi/i, ['Palmyra', 'Manbij']],
  ['recapture of Manbij', 'Manbij', /united states/i, ['Palmyra', 'Ramadi', 'Ankara']],
  ['the liberation of Manbij', 'Manbij', /united states/i, ['Palmyra', 'Ramadi']],
];

describe('whoClaimedCredit stays on the event asked about', () => {
  it.each(CREDIT_TABLE)('%j: answers about %s only', async (question, place, claimant, others) => {
    const answer = await ask('whoClaimedCredit', question);
    expect(answer.matched.length, answer.note).toBeGreaterThan(0);
    for (const match of answer.matched) expect(places(match.event)).toContain(place);
    expect(answer.items.length, answer.note).toBeGreaterThan(0);
    for (const item of answer.items) {
      expect(places(item.event)).toContain(place);
      expect(item.events.flatMap(places).filter((name) => others.includes(name))).toEqual([]);
      expect(item.kind).toBe('CREDIT');
      expect(item.sources.length).toBeGreaterThan(0);
    }
    expect(answer.items.some((item) => claimant.test(item.claimant.name))).toBe(true);
  });

  it('says which event it matched and why: the named place and the event word, with a score', async () => {
    const answer = await ask('whoClaimedCredit', 'the liberation of Ramadi');
    const [best] = answer.matched;
    expect(best?.terms).toEqual(
      expect.arrayContaining([
        { term: 'ramadi', as: 'PLACE', value: 'Ramadi' },
        { term: 'liberation', as: 'EVENT_TYPE', value: 'RECAPTURE' },
      ]),
    );
    expect(best?.score).toBeGreaterThan(0);
    expect(answer.note).toContain(best!.event.label);
  });

  it.each([
    ['the liberation of Mosul', 'mosul'],
    ['recapture of Atlantis', 'atlantis'],
  ])('answers %j with no claims, a note naming %j and the closest events', async (question, word) => {
    const answer = await ask('whoClaimedCredit', question);
    expect(answer.matched).toEqual([]);
    expect(answer.items).toEqual([]);
    expect(answer.total).toBe(0);
    expect(answer.note).toContain(word);
    expect(answer.suggestions.length).toBeGreaterThan(0);
  });

  it('never widens from one city to another: a place no claimed event is at gets no claims', async () => {
    const answer = await ask('whoClaimedCredit', 'recapture of Ankara');
    expect(
      answer.items.flatMap((item) => item.events.flatMap(places)).filter((name) => name !== 'Ankara'),
    ).toEqual([]);
  });

  it('widens an unclaimed event only to the same campaign at the same place, and says so', async () => {
    const answer = await ask('whoClaimedCredit', 'Palmyra offensive');
    const widened = answer.matched.filter((match) => match.widened);
    for (const match of widened) expect(places(match.event)).toContain('Palmyra');
    if (widened.length > 0) expect(answer.note).toContain('widened');
  });
});

/** question, claimant expected with its kind, places that must not appear */
const RESPONSIBILITY_TABLE: [string, string, string[]][] = [
  ['who claimed responsibility for the bombing in Ankara', 'Ankara', ['Palmyra', 'Ramadi', 'Manbij']],
  ['Ankara bombing', 'Ankara', ['Palmyra']],
  ['the 2016 bombing in Ankara', 'Ankara', ['Palmyra']],
];

describe('whoClaimedResponsibility', () => {
  it.each(RESPONSIBILITY_TABLE)(
    '%j: the claimant group, with its claim text and sources, and the denial',
    async (question, place, others) => {
      const answer = await ask('whoClaimedResponsibility', question);
      expect(answer.items.map((item) => [item.kind, item.claimant.name])).toEqual(
        expect.arrayContaining([
          ['RESPONSIBILITY', 'Kurdistan Freedom Falcons'],
          ['DENIAL', "Kurdistan Workers' Party"],
        ]),
      );
      for (const item of answer.items) {
        expect(places(item.event)).toContain(place);
        expect(item.events.flatMap(places).filter((name) => others.includes(name))).toEqual([]);
        expect(item.text).not.toBe('');
        expect(item.sources.length).toBeGreaterThan(0);
      }
      // The fixture graph's claim keeps both its reporting articles; the claims the extractor finds in
      // the ingested articles on the same bombing come beside it, each with its own article.
      expect(answer.items.map((item) => item.sources.map((source) => source.id).sort())).toContainEqual(
        [...RESPONSIBILITY_IDS.articles].sort(),
      );
      // Every responsibility claim is the group's; an article that names it by its short form only
      // ("Freedom Falcons") still gives a node of its own.
      const claimants = answer.items
        .filter((item) => item.kind === 'RESPONSIBILITY')
        .map((item) => item.claimant.name);
      expect(claimants.filter((name) => !name.endsWith('Freedom Falcons'))).toEqual([]);
    },
  );

  it('leaves the denials out when asked to', async () => {
    const answer = await ask('whoClaimedResponsibility', 'the bombing in Ankara', ', denials: false');
    expect(answer.items.length).toBeGreaterThan(0);
    expect(answer.items.filter((item) => item.kind !== 'RESPONSIBILITY')).toEqual([]);
  });

  it('finds no responsibility claim for a bombing at a place where none was claimed', async () => {
    const answer = await ask('whoClaimedResponsibility', 'bombing in Ramadi');
    expect(answer.items).toEqual([]);
  });

  it('does not answer credit questions with responsibility claims', async () => {
    const answer = await ask('whoClaimedCredit', 'the bombing in Ankara');
    expect(answer.items.filter((item) => item.kind !== 'CREDIT')).toEqual([]);
  });
});

describe('search ranks by what the words name', () => {
  it('ranks the place Palmyra above an actor that is only named Palmyra', async () => {
    const { search } = await data<{
      search: {
        total: number;
        items: { id: string; kind: string; caption: string; score: number; exact: boolean }[];
      };
    }>(schema, '{ search(text: "Palmyra", limit: 50) { total items { id kind caption score exact } } }');
    expect(search.items[0]).toMatchObject({ kind: 'Place', caption: 'Palmyra', exact: true });
    const person = search.items.find((hit) => hit.id === RESPONSIBILITY_IDS.palmyraPerson);
    expect(person).toBeDefined();
    const [raw] = await readRows<{ score: number }>(
      testDriver(),
      "CALL db.index.fulltext.queryNodes('entity_names', 'palmyra palmyra*') YIELD node, score WHERE node.id = $id RETURN score",
      { id: RESPONSIBILITY_IDS.palmyraPerson },
    );
    // No raise: the actor keeps the index's own score, while the place is raised above every hit.
    expect(person!.score).toBeCloseTo(raw!.score, 6);
    expect(person!.exact).toBe(true);
    expect(search.items[0]!.score).toBeGreaterThan(2 * person!.score);
    expect(search.total).toBeGreaterThanOrEqual(search.items.length);
  });

  it('ranks an actor named exactly first when no place has that name', async () => {
    const { search } = await data<{ search: { items: { kind: string; caption: string }[] } }>(
      schema,
      '{ search(text: "Kurdistan Freedom Falcons") { items { kind caption } } }',
    );
    expect(search.items[0]).toEqual({ kind: 'Actor', caption: 'Kurdistan Freedom Falcons' });
  });
});

describe('paged questions', () => {
  it('pages whoClaimedCredit with a total that does not depend on the page', async () => {
    const first = await ask('whoClaimedCredit', 'recapture of Palmyra', ', limit: 2');
    const second = await ask('whoClaimedCredit', 'recapture of Palmyra', ', limit: 2, offset: 2');
    expect(first.items).toHaveLength(2);
    expect(second.total).toBe(first.total);
    expect(first.total).toBeGreaterThan(2);
    const texts = new Set(first.items.map((item) => item.text));
    expect(
      second.items.filter(
        (item) =>
          texts.has(item.text) &&
          first.items.some((f) => f.claimant.name === item.claimant.name && f.text === item.text),
      ),
    ).toEqual([]);
  });

  it.each([
    ['claimsBy', '{ page: claimsBy(actor: "Assad", limit: 1) { total offset limit items { text } } }'],
    [
      'claimsAbout',
      '{ page: claimsAbout(subject: "Palmyra", limit: 1) { total offset limit items { text } } }',
    ],
    ['timeline', '{ page: timeline(subject: "Palmyra", limit: 1) { total offset limit items { date } } }'],
    ['search', '{ page: search(text: "Palmyra", limit: 1) { total offset limit items { id } } }'],
  ])('%s returns one item of a larger total', async (_field, query) => {
    const { page } = await data<{ page: { total: number; offset: number; limit: number; items: unknown[] } }>(
      schema,
      query,
    );
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThan(1);
    expect(page).toMatchObject({ offset: 0, limit: 1 });
  });

  it('clamps a page larger than the maximum', async () => {
    const { page } = await data<{ page: { limit: number } }>(
      schema,
      '{ page: whoClaimedCredit(event: "recapture of Palmyra", limit: 100000) { limit } }',
    );
    expect(page.limit).toBe(100);
  });
});

describe('neighbourhood caps hubs inside the query', () => {
  it('keeps only the most-weighted neighbours of each node', async () => {
    const { neighbourhood } = await data<{
      neighbourhood: {
        nodes: { id: string }[];
        edges: { source: string; target: string; weight: number }[];
        truncated: boolean;
      };
    }>(
      schema,
      '{ neighbourhood(id: "plc_palmyra", depth: 1, perNode: 3) { nodes { id } edges { source target weight } truncated } }',
    );
    expect(neighbourhood.nodes).toHaveLength(4);
    expect(neighbourhood.truncated).toBe(true);
    const ids = new Set(neighbourhood.nodes.map((node) => node.id));
    expect(neighbourhood.edges.every((edge) => ids.has(edge.source) && ids.has(edge.target))).toBe(true);
  });
});
