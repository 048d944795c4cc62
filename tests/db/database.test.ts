import { describe, expect, inject, it } from 'vitest';
import { namedStatements } from '../../src/db/index.js';
import { readRows, testDriver } from '../support/database.js';

describe('the test database', () => {
  it('is a real Neo4j 5.26 with APOC core', async () => {
    const [row] = await readRows<{ version: string; apoc: string; edition: string }>(
      testDriver(),
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition, apoc.version() AS apoc',
    );
    expect(row?.version).toMatch(/^5\.26\./);
    expect(row?.apoc).toMatch(/^5\.26\./);
    expect(row?.edition).toBe('community');
  });

  it('has a uniqueness constraint on the id of every label and the full-text indexes', async () => {
    const constraints = await readRows<{ name: string }>(
      testDriver(),
      'SHOW CONSTRAINTS YIELD name RETURN name',
    );
    const indexes = await readRows<{ name: string; state: string }>(
      testDriver(),
      "SHOW INDEXES YIELD name, state, type WHERE type = 'FULLTEXT' RETURN name, state",
    );
    expect(constraints.map((c) => c.name)).toEqual(
      expect.arrayContaining(['article_id', 'outlet_id', 'actor_id', 'place_id', 'event_id', 'claim_id']),
    );
    expect(indexes).toEqual(
      expect.arrayContaining(
        ['entity_names', 'event_text', 'claim_text', 'article_text'].map((name) => ({
          name,
          state: 'ONLINE',
        })),
      ),
    );
  });

  it('refuses a second node with the same id', async () => {
    const db = testDriver();
    const id = `art_dup_${Date.now()}`;
    await db.executeQuery('CREATE (:Article {id: $id})', { id });
    try {
      await expect(db.executeQuery('CREATE (:Article {id: $id})', { id })).rejects.toThrow(/already exists/);
    } finally {
      await db.executeQuery('MATCH (a:Article {id: $id}) DELETE a', { id });
    }
  });

  it('splits the schema file into one statement per constraint or index', () => {
    const statements = namedStatements('schema/constraints');
    expect(statements.length).toBeGreaterThanOrEqual(10);
    for (const statement of statements)
      expect(statement).toMatch(/^CREATE (CONSTRAINT|FULLTEXT INDEX|INDEX) /);
  });

  it('tells which way the database was found', () => {
    expect(['env', 'embedded', 'docker']).toContain(inject('neo4j').origin);
  });
});
