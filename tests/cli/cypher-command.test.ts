import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import neo4j, { type Integer } from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/index.js';
import { ingestSeeds, readRows, testDriver } from '../support/database.js';

const run = promisify(execFile);

/** Runs `npm run cypher` as a user would, against the test database. */
async function cypher(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const { uri, username, password } = inject('neo4j');
  try {
    const { stdout, stderr } = await run('node', ['--import', 'tsx', 'src/cli/cypher.ts', ...args], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, NEO4J_URI: uri, NEO4J_USERNAME: username, NEO4J_PASSWORD: password },
      signal: AbortSignal.timeout(60_000),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}

describe('npm run cypher', () => {
  beforeAll(async () => {
    await ingestSeeds();
  });

  it('prints the rows of a query as JSON lines, with integers as numbers', async () => {
    const query = 'MATCH (a:Article) RETURN count(a) AS articles';
    const result = await cypher(['--json', query]);
    expect(result.code).toBe(0);
    const [row] = await readRows<{ articles: Integer }>(testDriver(), query);
    const articles = neo4j.integer.toNumber(row?.articles ?? 0);
    expect(articles).toBeGreaterThanOrEqual(5);
    expect(JSON.parse(result.stdout.trim())).toEqual({ articles });
  });

  it('runs a named query from cypher/ with JSON parameters', async () => {
    const result = await cypher([
      '--json',
      '--name',
      'query/search',
      '--param',
      'asked={"query":"palmyra","name":"palmyra"}',
      '--param',
      'offset=0',
      '--param',
      'limit=5',
      '--param',
      'countCap=100',
    ]);
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Palmyra');
  });

  it('refuses to change the graph without --write, and says how to allow it', async () => {
    const result = await cypher(["CREATE (:CypherCommandProbe {at: 'refused'})"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--write');
  });

  it('asks for exactly one query', async () => {
    const result = await cypher([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('exactly one query');
  });
});
