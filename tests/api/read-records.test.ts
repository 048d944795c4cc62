/**
 * How the API reads a named query (src/serve/bounded-read-rows.ts): one auto-commit transaction in a READ
 * session, on the real database.
 */
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { neo4jStatusCode } from '../../src/serve/database-error-code.js';
import { createRecordReader } from '../../src/serve/bounded-read-rows.js';
import { readRows, testDriver } from '../support/database.js';

const ACTOR_ID = 'test-api-read-records-actor';

async function actorExists(): Promise<boolean> {
  const rows = await readRows(testDriver(), 'MATCH (a:Actor {id: $id}) RETURN a.id AS id', { id: ACTOR_ID });
  return rows.length > 0;
}

afterAll(async () => {
  await testDriver().executeQuery('MATCH (a:Actor {id: $id}) DETACH DELETE a', { id: ACTOR_ID });
});

describe('createRecordReader', () => {
  it('reads a question query in one answer', async () => {
    const read = createRecordReader(testDriver(), 15_000);
    const records = await read('query/search', {
      asked: { query: 'zzyzxville zzyzxville*', name: 'zzyzxville' },
      offset: neo4j.int(0),
      limit: neo4j.int(5),
      countCap: neo4j.int(10),
    });
    expect(records.map((record) => record.keys)).toEqual([['total', 'items']]);
  });

  it('is refused by the database when a named query would write, and nothing is written', async () => {
    const read = createRecordReader(testDriver(), 15_000);
    const row = {
      id: ACTOR_ID,
      name: 'Read Records Probe',
      type: 'PERSON',
      aliases: [],
      titles: [],
      confidence: 0.5,
      extractor: 'test',
      extractorVersion: '0.0.0',
    };
    const failure = await read('load/upsert-actors', { rows: [row] }).catch((error: unknown) => error);
    expect(neo4jStatusCode(failure)).toBe('Neo.ClientError.Statement.AccessMode');
    expect(await actorExists()).toBe(false);
  });
});
