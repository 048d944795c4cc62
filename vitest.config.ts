import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - unit: pure functions next to the code in src/, no database, run in parallel;
 * - integration: tests/ against one real Neo4j started for the whole run (tests/support/global-setup.ts),
 *   files one at a time so each sees only its own writes.
 */
/**
 * One copy of graphql-js: Node loads `graphql` as its CommonJS build (index.js) for @neo4j/graphql, Apollo and
 * graphql-query-complexity, but Vite would resolve our own `import 'graphql'` to index.mjs — a second copy
 * that graphql-js refuses to mix with the first ("Cannot use GraphQLSchema from another module or realm").
 */
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: oneGraphql,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        resolve: oneGraphql,
        test: {
          name: 'integration',
          include: ['tests/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          setupFiles: ['tests/support/setup-file.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
