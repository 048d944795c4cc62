import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - unit: pure functions next to the code in src/, no database, run in parallel;
 * - integration: tests/ against one real Neo4j started for the whole run (tests/support/global-setup.ts),
 *   files one at a time so each sees only its own writes.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
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
