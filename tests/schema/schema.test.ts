/**
 * The printed GraphQL schema must match the committed tests/schema/schema.snapshot.graphql, so any change to
 * the public API (schema.graphql, @neo4j/graphql upgrades, resolver types) shows up in review.
 * After an intended change: UPDATE_SNAPSHOT=1 npx vitest run tests/schema
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { buildSchema } from '../../src/serve/index.js';

const SNAPSHOT = path.join(import.meta.dirname, 'schema.snapshot.graphql');

describe('the GraphQL schema', () => {
  it('matches the committed snapshot', async () => {
    // Building the schema never connects: this driver points nowhere and is never used.
    const driver = neo4j.driver('bolt://127.0.0.1:1');
    try {
      const printed = `${printSchema(lexicographicSortSchema(await buildSchema(driver)))}\n`;
      if (process.env.UPDATE_SNAPSHOT === '1') writeFileSync(SNAPSHOT, printed);
      const committed = readFileSync(SNAPSHOT, 'utf8');
      expect(
        printed === committed,
        'schema drifted: review, then UPDATE_SNAPSHOT=1 npx vitest run tests/schema',
      ).toBe(true);
    } finally {
      await driver.close();
    }
  });

  it.each([
    ['whoClaimedCredit(event: String!, limit: Int = 20, offset: Int = 0): EventClaimsPage!'],
    [
      'whoClaimedResponsibility(denials: Boolean = true, event: String!, limit: Int = 20, offset: Int = 0): EventClaimsPage!',
    ],
    ['claimsBy(actor: String!, limit: Int = 20, offset: Int = 0): AttributedClaimPage!'],
    ['claimsAbout(limit: Int = 20, offset: Int = 0, subject: String!): AttributedClaimPage!'],
    ['timeline(limit: Int = 50, offset: Int = 0, subject: String!): TimelinePage!'],
    ['contradictions(subject: String!): [Contradiction!]!'],
    ['search(limit: Int = 20, offset: Int = 0, text: String!): SearchPage!'],
    ['neighbourhood(depth: Int = 1, id: ID!, perNode: Int = 25): GraphView'],
  ])('offers %s (arguments sorted)', (signature) => {
    expect(readFileSync(SNAPSHOT, 'utf8')).toContain(`  ${signature}\n`);
  });
});
