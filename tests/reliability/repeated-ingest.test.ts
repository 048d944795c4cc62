/**
 * Idempotency and concurrency of ingestion, on a database of this file's own (so the graph can be wiped
 * and compared whole): the same input ingested twice, or by two processes at once, gives exactly the
 * graph of one clean ingest, and uniqueness constraints make a duplicate node impossible.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../support/database.js';
import { copyBbcSample, envInt } from './support/corpus.js';
import { diffLines, snapshotGraph, type GraphSnapshot } from './support/graph-snapshot.js';
import { startPrivateNeo4j, type PrivateNeo4j } from './support/private-neo4j.js';
import { runIngest } from './support/run-cli.js';

/** BBC articles added to the seeds so that two runs overlap over many small batches. */
const EXTRA_FILES = envInt('RELIABILITY_CONCURRENT_FILES', 20);
const BATCH = ['--batch-size', '3'];

describe('ingesting the same articles again, or twice at once', () => {
  let db: PrivateNeo4j;
  let sample: { dir: string; files: string[] };
  let inputs: string[];
  let clean: GraphSnapshot;
  let cleanWithoutTimes: GraphSnapshot;

  beforeAll(async () => {
    db = await startPrivateNeo4j('repeat');
    sample = copyBbcSample(EXTRA_FILES, 'repeat-ingest-');
    inputs = [SEEDS_DIR, sample.dir];
    const first = await runIngest([...inputs, ...BATCH], db.cliEnv());
    expect(first.stderr).not.toMatch(/error \[/);
    expect(first.code).toBe(0);
    clean = await snapshotGraph(db.driver);
    cleanWithoutTimes = await snapshotGraph(db.driver, { ignore: ['ingestedAt'] });
    console.log(`[repeat] one clean ingest of ${5 + EXTRA_FILES} articles: ${JSON.stringify(clean.counts)}`);
  });

  afterAll(async () => {
    await db?.destroy();
    if (sample) rmSync(sample.dir, { recursive: true, force: true });
  });

  it('changes nothing at all when the same articles are ingested a second time', async () => {
    const again = await runIngest([...inputs, ...BATCH], db.cliEnv());
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      new RegExp(`articles: 0 written \\(0 replaced\\), ${5 + EXTRA_FILES} unchanged`),
    );
    // Every property, ingestedAt included: unchanged articles are not rewritten.
    expect(diffLines(clean.lines, (await snapshotGraph(db.driver)).lines)).toEqual({
      missing: [],
      extra: [],
    });
  });

  it('builds the graph of one clean ingest from two ingests running at the same time', async () => {
    await db.wipe();
    const [a, b] = await Promise.all([
      runIngest([...inputs, ...BATCH], db.cliEnv()),
      runIngest([...inputs, ...BATCH], db.cliEnv()),
    ]);
    for (const run of [a, b]) {
      expect(run.stderr).not.toMatch(/error \[|LOAD_FAILED/);
      expect(run.code).toBe(0);
    }
    const both = await snapshotGraph(db.driver, { ignore: ['ingestedAt'] });
    expect(diffLines(cleanWithoutTimes.lines, both.lines)).toEqual({ missing: [], extra: [] });
    expect(both.counts).toEqual(clean.counts);
  });

  it.each(['Article', 'Outlet', 'Actor', 'Place', 'Event', 'Claim'])(
    'refuses a second %s with the same id',
    async (label) => {
      const id = `dup-probe-${label}`;
      await db.driver.executeQuery(`CREATE (:${label} {id: $id})`, { id });
      try {
        await expect(db.driver.executeQuery(`CREATE (:${label} {id: $id})`, { id })).rejects.toMatchObject({
          code: 'Neo.ClientError.Schema.ConstraintValidationFailed',
        });
        await expect(
          db.driver.executeQuery(`MERGE (n:${label} {id: $id}) RETURN n`, { id }),
        ).resolves.toBeDefined();
        const { records } = await db.driver.executeQuery(
          `MATCH (n:${label} {id: $id}) RETURN count(n) AS n`,
          { id },
        );
        expect(records[0]?.get('n')).toBe(1);
      } finally {
        await db.driver.executeQuery(`MATCH (n:${label} {id: $id}) DELETE n`, { id });
      }
    },
  );
});
