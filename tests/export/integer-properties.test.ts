/**
 * Whole numbers are Neo4j INTEGERs: the loader writes them with neo4j.int, and the start-up migration
 * (cypher/schema/integer-properties.cypher, run by ensureSchema) converts those an older loader stored as FLOAT.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../src/pipeline/load/index.js';
import { ingestSeeds, readRows, testDriver } from '../support/database.js';

interface PropertyType {
  owner: string;
  key: string;
  types: string[];
}

/** Every property of every node label and relationship type, with the value types it holds. */
const EVERY_PROPERTY = `
MATCH (n) UNWIND keys(n) AS key
RETURN labels(n)[0] AS owner, key, collect(DISTINCT valueType(n[key])) AS types
UNION
MATCH ()-[r]->() UNWIND keys(r) AS key
RETURN type(r) AS owner, key, collect(DISTINCT valueType(r[key])) AS types`;

/** Numbers that are measurements, not counts or offsets: the only properties that may be FLOAT. */
const FRACTIONAL = new Set(['confidence', 'latitude', 'longitude']);

let properties: PropertyType[];

beforeAll(async () => {
  await ingestSeeds();
  properties = await readRows<PropertyType>(testDriver(), EVERY_PROPERTY);
});

afterAll(async () => {
  await testDriver().executeQuery("MATCH (n) WHERE n.id STARTS WITH 'art_intmig_' DETACH DELETE n");
});

describe('integer properties', () => {
  it.each([
    ['Article', 'wordCount'],
    ['MENTIONED_IN', 'start'],
    ['MENTIONED_IN', 'end'],
    ['MENTIONED_IN', 'sentenceIndex'],
    ['MENTIONED_IN', 'sentenceStart'],
    ['MENTIONED_IN', 'sentenceEnd'],
    ['REPORTED_BY', 'start'],
    ['REPORTED_BY', 'end'],
    ['PARTICIPATED_IN', 'start'],
    ['PARTICIPATED_IN', 'sentenceIndex'],
    ['REPORTED_BY', 'monthOfYear'],
  ])('stores %s.%s as INTEGER', (owner, key) => {
    const found = properties.find((p) => p.owner === owner && p.key === key);
    expect(found?.types).toEqual(['INTEGER NOT NULL']);
  });

  it('stores no whole number as FLOAT anywhere in the graph (valueType over every property)', () => {
    expect(properties.length).toBeGreaterThan(50);
    const floats = properties
      .filter((p) => p.types.some((t) => t.startsWith('FLOAT')))
      .map((p) => `${p.owner}.${p.key}`);
    expect(floats.length).toBeGreaterThan(0);
    expect(floats.filter((name) => !FRACTIONAL.has(name.split('.')[1] ?? ''))).toEqual([]);
  });

  it('migrates whole numbers an older loader stored as FLOAT when the schema is ensured', async () => {
    await testDriver().executeQuery(`
      CREATE (a:Article {id: 'art_intmig_a', wordCount: 600.0})
      CREATE (p:Place {id: 'art_intmig_p'})-[:MENTIONED_IN {articleId: 'art_intmig_a', start: 4.0, end: 9.0,
        sentenceIndex: 0.0, sentenceStart: 0.0, sentenceEnd: 30.0, confidence: 0.9}]->(a)`);
    await ensureSchema(testDriver());
    const [row] = await readRows<Record<string, string>>(
      testDriver(),
      `MATCH (p {id: 'art_intmig_p'})-[r:MENTIONED_IN]->(a:Article {id: 'art_intmig_a'})
       RETURN valueType(a.wordCount) AS wordCount, valueType(r.start) AS start, valueType(r.end) AS end,
              valueType(r.sentenceEnd) AS sentenceEnd, valueType(r.confidence) AS confidence, r.end AS endValue`,
    );
    expect(row).toEqual({
      wordCount: 'INTEGER NOT NULL',
      start: 'INTEGER NOT NULL',
      end: 'INTEGER NOT NULL',
      sentenceEnd: 'INTEGER NOT NULL',
      confidence: 'FLOAT NOT NULL',
      endValue: 9,
    });
    await testDriver().executeQuery("MATCH (p {id: 'art_intmig_p'}) DETACH DELETE p");
  });
});
