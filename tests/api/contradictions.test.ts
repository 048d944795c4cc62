/**
 * contradictions over the five seed articles, ingested by the real pipeline: the seeds disagree on when
 * ISIS took Palmyra ('late last May', 'in May of last year' against 'back in December'), and the answer
 * shows both sides with their articles and sentences. Also the Palmyra timeline holds only events at
 * Palmyra, and the recapture is one node.
 */
import type { GraphQLSchema } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/serve/index.js';
import { ingestSeeds, testDriver } from '../support/database.js';
import { data } from './graphql-client.js';

let schema: GraphQLSchema;

beforeAll(async () => {
  await ingestSeeds(testDriver());
  schema = await buildSchema(testDriver());
});

interface Side {
  value: string;
  sources: { id: string; title: string }[];
  evidence: { articleId: string; sentence: string }[];
}
interface Answer {
  contradictions: { kind: string; fact: string; event: { type: string; label: string }; sides: Side[] }[];
}

const QUESTION = `{ contradictions(subject: "Palmyra") {
  kind fact event { type label }
  sides { value sources { id title } evidence { articleId sentence } } } }`;

describe('contradictions over the seeds', () => {
  it('finds the May-versus-December disagreement about the capture of Palmyra', async () => {
    const { contradictions } = await data<Answer>(schema, QUESTION);
    const capture = contradictions.find((c) => c.kind === 'DATE' && c.event.type === 'CAPTURE');
    expect(capture, JSON.stringify(contradictions.map((c) => c.fact))).toBeDefined();
    const values = capture!.sides.map((side) => side.value);
    expect(
      values.some((v) => /-05\b|May/.test(v)),
      JSON.stringify(capture),
    ).toBe(true);
    expect(
      values.some((v) => /-12\b|December/.test(v)),
      JSON.stringify(capture),
    ).toBe(true);
  });

  it('gives each side of the capture dispute its own articles and the sentences that say it', async () => {
    const { contradictions } = await data<Answer>(schema, QUESTION);
    const capture = contradictions.find((c) => c.kind === 'DATE' && c.event.type === 'CAPTURE')!;
    const may = capture.sides.find((side) => /-05\b|May/.test(side.value))!;
    const december = capture.sides.find((side) => /-12\b|December/.test(side.value))!;
    expect(may.sources.length).toBeGreaterThanOrEqual(2);
    expect(december.sources.length).toBeGreaterThanOrEqual(1);
    const mayIds = new Set(may.sources.map((s) => s.id));
    expect(december.sources.some((s) => mayIds.has(s.id))).toBe(false);
    expect(may.evidence.some((e) => /\bMay\b/.test(e.sentence))).toBe(true);
    expect(december.evidence.some((e) => /back in December/.test(e.sentence))).toBe(true);
    for (const side of [may, december]) {
      const ids = new Set(side.sources.map((s) => s.id));
      expect(side.evidence.every((e) => ids.has(e.articleId))).toBe(true);
    }
  });
});

describe('the Palmyra timeline over the seeds', () => {
  interface Timeline {
    timeline: { items: { event: { id: string; type: string; label: string }; places: { name: string }[] }[] };
  }
  const TIMELINE =
    '{ timeline(subject: "Palmyra", limit: 200) { items { event { id type label } places { name } } } }';

  it('holds only events at Palmyra or at a site inside it', async () => {
    const { items } = (await data<Timeline>(schema, TIMELINE)).timeline;
    expect(items.length).toBeGreaterThan(0);
    const labels = items.map((entry) => entry.event.label);
    expect(labels.filter((label) => /Bamiyan|Nimrud|Hatra|Iraq/.test(label))).toEqual([]);
  });

  it('has the recapture as one node', async () => {
    const { items } = (await data<Timeline>(schema, TIMELINE)).timeline;
    const recaptures = items.filter((entry) => entry.event.type === 'RECAPTURE');
    expect(recaptures.map((entry) => entry.event.label)).toHaveLength(1);
  });
});
