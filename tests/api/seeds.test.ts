/**
 * The API over the five seed articles, ingested by the real pipeline: the acceptance question, and every
 * question query under empty and hostile input (no error, no change to the graph).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { getNamedType, isLeafType, isObjectType, type GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/serve/index.js';
import { NODE_ROOT_FIELDS } from '../../src/serve/question/node-fields.js';
import { PROJECT_ROOT } from '../../src/db/index.js';
import { ingestSeeds, testDriver } from '../support/database.js';
import { data, graphFingerprint, HOSTILE_INPUTS, run } from './graphql-client.js';

let schema: GraphQLSchema;

beforeAll(async () => {
  await ingestSeeds(testDriver());
  schema = await buildSchema(testDriver());
});

describe('whoClaimedCredit over the seeds', () => {
  type Answer = {
    whoClaimedCredit: {
      items: {
        claimant: { name: string };
        credited: { name: string }[];
        text: string;
        sources: { id: string; title: string }[];
        evidence: { articleId: string; sentence: string }[];
      }[];
    };
  };
  const QUESTION = `query ($event: String!) { whoClaimedCredit(event: $event) { items {
    claimant { name } credited { name } text sources { id title } evidence { articleId sentence } } } }`;
  const PHRASINGS = [['recapture of Palmyra'], ['the recapture'], ['Palmyra offensive']];

  it('answers the acceptance query: the Syrian side and Russia claim credit, each with a quote and a source', async () => {
    const { whoClaimedCredit } = await data<Answer>(
      schema,
      '{ whoClaimedCredit(event: "recapture of Palmyra") { items { claimant { name } credited { name } text sources { title } } } }',
    );
    const claimants = whoClaimedCredit.items.map((answer) => answer.claimant.name);
    expect(claimants.some((name) => /syria|assad/i.test(name))).toBe(true);
    expect(claimants.some((name) => /russia/i.test(name))).toBe(true);
    for (const answer of whoClaimedCredit.items) {
      expect(answer.text.trim()).not.toBe('');
      expect(answer.sources.length).toBeGreaterThanOrEqual(1);
    }
  });

  it("answers the README's first question, as printed there, with the claimants and the event matched", async () => {
    const readme = readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const first = /```graphql\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(first).toBeDefined();
    const answer = await data<{
      whoClaimedCredit: {
        note: string;
        matched: { event: { label: string } }[];
        items: { claimant: { name: string } }[];
      };
    }>(schema, first ?? '');
    const claimants = answer.whoClaimedCredit.items.map((item) => item.claimant.name);
    expect(claimants.some((name) => /assad/i.test(name))).toBe(true);
    expect(answer.whoClaimedCredit.matched.map((m) => m.event.label).join(' ')).toMatch(/palmyra/i);
    expect(answer.whoClaimedCredit.note).not.toBe('');
  });

  it.each(PHRASINGS)('names the Syrian side and Russia for %j', async (event) => {
    const { whoClaimedCredit } = await data<Answer>(schema, QUESTION, { event });
    const claimants = whoClaimedCredit.items.map((answer) => answer.claimant.name);
    expect(claimants.some((name) => /syria|assad/i.test(name))).toBe(true);
    expect(claimants.some((name) => /russia/i.test(name))).toBe(true);
  });

  it.each(PHRASINGS)('never names ISIS or the United States as claimants for %j', async (event) => {
    const { whoClaimedCredit } = await data<Answer>(schema, QUESTION, { event });
    const claimants = whoClaimedCredit.items.map((answer) => answer.claimant.name);
    expect(
      claimants.filter((name) =>
        /isis|isil|islamic state|daesh|united states|\bu\.?s\.?\b|america/i.test(name),
      ),
    ).toEqual([]);
  });

  it.each(PHRASINGS)('gives every answer for %j evidence from its own sources', async (event) => {
    const { whoClaimedCredit } = await data<Answer>(schema, QUESTION, { event });
    for (const answer of whoClaimedCredit.items) {
      const sourceIds = new Set(answer.sources.map((source) => source.id));
      expect(answer.evidence.length).toBeGreaterThanOrEqual(1);
      expect(
        answer.evidence.every((evidence) => sourceIds.has(evidence.articleId) && evidence.sentence !== ''),
      ).toBe(true);
    }
  });
});

describe('the questions over the seeds', () => {
  it('gives a timeline of Palmyra in date order', async () => {
    const { timeline } = await data<{ timeline: { items: { date: string | null; sources: unknown[] }[] } }>(
      schema,
      '{ timeline(subject: "Palmyra", limit: 200) { items { date datePrecision event { label } sources { id } } } }',
    );
    expect(timeline.items.length).toBeGreaterThan(0);
    const dates = timeline.items.map((entry) => entry.date).filter((date): date is string => date !== null);
    expect(dates).toEqual([...dates].sort());
    expect(timeline.items.every((entry) => entry.sources.length > 0)).toBe(true);
  });

  it('finds what Assad said', async () => {
    const { claimsBy } = await data<{
      claimsBy: { items: { claimant: { name: string }; sources: unknown[] }[] };
    }>(schema, '{ claimsBy(actor: "Assad") { items { text claimant { name } sources { id } } } }');
    expect(claimsBy.items.length).toBeGreaterThan(0);
    expect(
      claimsBy.items.every((claim) => /assad/i.test(claim.claimant.name) && claim.sources.length > 0),
    ).toBe(true);
  });

  it('gives every contradiction at least two sides, each with a source', async () => {
    const { contradictions } = await data<{
      contradictions: { sides: { value: string; sources: unknown[] }[] }[];
    }>(schema, '{ contradictions(subject: "Palmyra") { kind fact sides { value sources { id } } } }');
    for (const contradiction of contradictions) {
      expect(contradiction.sides.length).toBeGreaterThanOrEqual(2);
      expect(contradiction.sides.every((side) => side.value !== '' && side.sources.length > 0)).toBe(true);
    }
  });

  it('finds Palmyra by search', async () => {
    const { search } = await data<{ search: { items: { kind: string; caption: string }[] } }>(
      schema,
      '{ search(text: "Palmyra") { items { kind caption } } }',
    );
    expect(search.items[0]).toEqual({ kind: 'Place', caption: 'Palmyra' });
  });
});

describe('hostile input', () => {
  const QUESTIONS: [string, string][] = [
    [
      'whoClaimedCredit',
      'query ($s: String!) { whoClaimedCredit(event: $s) { note items { text claimant { name } } } }',
    ],
    [
      'whoClaimedResponsibility',
      'query ($s: String!) { whoClaimedResponsibility(event: $s) { note items { text claimant { name } } } }',
    ],
    ['claimsBy', 'query ($s: String!) { claimsBy(actor: $s) { items { text } } }'],
    ['claimsAbout', 'query ($s: String!) { claimsAbout(subject: $s) { items { text } } }'],
    ['timeline', 'query ($s: String!) { timeline(subject: $s) { items { date } } }'],
    ['contradictions', 'query ($s: String!) { contradictions(subject: $s) { fact } }'],
    ['search', 'query ($s: String!) { search(text: $s, limit: 5) { items { id } } }'],
    ['neighbourhood', 'query ($s: ID!) { neighbourhood(id: $s, depth: 3) { nodes { id } } }'],
  ];
  const cases = QUESTIONS.flatMap(([question, query]) =>
    HOSTILE_INPUTS.map(([name, input]) => [question, name, query, input] as const),
  );

  it.each(cases)('%s survives %s without error or change', async (_question, _name, query, input) => {
    const before = await graphFingerprint(testDriver());
    const result = await run(schema, query, { s: input });
    expect(result.errors).toBeUndefined();
    expect(await graphFingerprint(testDriver())).toBe(before);
  });

  it('answers empty and punctuation-only input with nothing', async () => {
    for (const input of ['', '   ', '"', '~*?', '\u0000']) {
      const result = await data<{ search: unknown; whoClaimedCredit: unknown }>(
        schema,
        'query ($s: String!) { search(text: $s) { total items { id } } whoClaimedCredit(event: $s) { total items { text } } }',
        { s: input },
      );
      expect(result).toEqual({ search: { total: 0, items: [] }, whoClaimedCredit: { total: 0, items: [] } });
    }
  });
});

describe('the generated queries over the seeds', () => {
  it.each(Object.entries(NODE_ROOT_FIELDS))(
    'read every %s field the loader wrote, with no type or null error',
    async (typeName, rootField) => {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} is not an object type`);
      const leaves = Object.values(type.getFields())
        .filter((field) => isLeafType(getNamedType(field.type)) && field.args.length === 0)
        .map((field) => field.name);
      const result = await run(schema, `{ ${rootField}(limit: 200) { ${leaves.join(' ')} } }`);
      expect(result.errors).toBeUndefined();
      if (typeName !== 'Claim') expect((result.data?.[rootField] as unknown[]).length).toBeGreaterThan(0);
    },
  );

  it('reads the evidence on every kind of edge', async () => {
    const result = await run(
      schema,
      `{
        actors(limit: 200) {
          mentionedInConnection { edges { properties { articleId sentenceIndex sentence sentenceStart sentenceEnd start end confidence extractor extractorVersion surface rule } } }
          participatedInConnection { edges { properties { role articleId sentence start end } } }
          partOfConnection { edges { properties { articleIds } } }
        }
        events(limit: 200) {
          reportedByConnection { edges { properties { articleId sentence start end dateText date datePrecision trigger } } }
          occurredInConnection { edges { properties { articleIds } } }
        }
        places(limit: 200) { locatedInConnection { edges { properties { articleIds } } } }
      }`,
    );
    expect(result.errors).toBeUndefined();
  });
});
