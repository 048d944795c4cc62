import { parse, validate } from 'graphql';
import neo4j from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { buildSchema } from '../../serve/build-schema.js';

// The module renders GraphiQL only when the page has a #graphiql element; in Node it just exports the query.
vi.stubGlobal('document', { getElementById: () => null });
const { DEFAULT_QUERY } = await import('./graphiql-app.js');

describe('the offline console', () => {
  it('opens with a query that is valid against schema.graphql', async () => {
    // The driver is only handed to the schema builder; nothing connects.
    const driver = neo4j.driver('bolt://127.0.0.1:1');
    const schema = await buildSchema(driver);
    await driver.close();
    expect(validate(schema, parse(DEFAULT_QUERY)).map((error) => error.message)).toEqual([]);
  });
});
