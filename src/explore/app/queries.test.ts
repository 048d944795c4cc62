import { parse, validate } from 'graphql';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../serve/build-schema.js';
import { operationComplexity, MAX_QUERY_COMPLEXITY } from '../../serve/limits.js';
import * as queries from './queries.js';

const documents: [string, string][] = Object.entries(queries as Record<string, unknown>).flatMap(
  ([name, value]) =>
    typeof value === 'string' && value.includes('query ') ? [[name, value] as [string, string]] : [],
);

// The driver is only handed to the schema builder; no query runs, so nothing connects.
const driver = neo4j.driver('bolt://127.0.0.1:1');
const schema = await buildSchema(driver);
await driver.close();

describe('the page’s GraphQL documents', () => {
  it('are all checked', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
  });

  it.each(documents)('%s is valid against schema.graphql', (_name, document) => {
    const errors = validate(schema, parse(document)).map((error) => error.message);
    expect(errors).toEqual([]);
  });

  it.each(documents)('%s costs less than the server allows', (_name, document) => {
    const variables = {
      limit: 200,
      text: 'x',
      id: 'x',
      depth: 1,
      event: 'x',
      subject: 'x',
      offset: 0,
      ids: ['x'],
    };
    expect(operationComplexity(schema, parse(document), variables)).toBeLessThanOrEqual(MAX_QUERY_COMPLEXITY);
  });
});
