/**
 * Crash safety: `npm run ingest` killed hard (SIGKILL) at random points of a corpus run, then run again.
 * After every kill, each article in the graph has all of its facts or is absent (a batch is one
 * transaction); after the rerun, the graph equals that of one clean run: nothing missing, nothing doubled.
 * The kill points come from a seeded PRNG (RELIABILITY_SEED) and are printed, so a failure can be replayed.
 * Corpus size and kill count: RELIABILITY_CRASH_FILES (default 120), RELIABILITY_CRASH_KILLS (default 4).
 */
import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRows } from '../support/database.js';
import { copyBbcSample, envInt, seededRandom } from './support/corpus.js';
import {
  articleIds,
  diffLines,
  partialArticles,
  snapshotGraph,
  type GraphSnapshot,
} from './support/graph-snapshot.js';
import { startPrivateNeo4j, type PrivateNeo4j } from './support/private-neo4j.js';
import { runIngest, startCli, type CliResult } from './support/run-cli.js';

const FILES = envInt('RELIABILITY_CRASH_FILES', 120);
const KILLS = envInt('RELIABILITY_CRASH_KILLS', 4);
const SEED = envInt('RELIABILITY_SEED', 20160327);
const ARGS = ['--batch-size', '5'];
/** Text every load query holds: an open transaction running one is a write in progress. */
const WRITE_MARKER = 'UNWIND $rows AS row';

type KillMode = 'after a commit' | 'inside a write transaction';

interface KillRecord {
  run: number;
  mode: KillMode;
  /** Kill once at least this many articles are committed. */
  target: number;
  /** Articles in the graph after the kill (all committed, none partial). */
  after: number | undefined;
  killed: boolean;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function countArticles(driver: Driver): Promise<number> {
  const [row] = await readRows<{ n: number }>(driver, 'MATCH (a:Article) RETURN count(a) AS n');
  return row?.n ?? 0;
}

async function writeInProgress(driver: Driver): Promise<boolean> {
  const rows = await readRows(
    driver,
    'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN currentQuery',
    { marker: WRITE_MARKER },
  );
  return rows.length > 0;
}

/** Runs an ingest and SIGKILLs it when `target` articles are in, and (per `mode`) a write is open. */
async function ingestAndKill(
  db: PrivateNeo4j,
  dir: string,
  target: number,
  mode: KillMode,
): Promise<{ killed: boolean; result: CliResult }> {
  const run = startCli('ingest.ts', [dir, ...ARGS], db.cliEnv());
  let exited = false;
  void run.done.then(() => (exited = true));
  let killed = false;
  while (!exited && !killed) {
    if ((await countArticles(db.driver)) >= target) {
      while (!exited && mode === 'inside a write transaction' && !(await writeInProgress(db.driver)))
        await sleep(5);
      if (!exited) killed = run.child.kill('SIGKILL');
    } else {
      await sleep(25);
    }
  }
  return { killed, result: await run.done };
}

describe('an ingest killed at random points and run again', () => {
  let db: PrivateNeo4j;
  let corpus: { dir: string; files: string[] };
  let clean: GraphSnapshot;
  let cleanIds: string[];
  const kills: KillRecord[] = [];

  beforeAll(async () => {
    db = await startPrivateNeo4j('crash');
    corpus = copyBbcSample(FILES, 'crash-corpus-');
    const first = await runIngest([corpus.dir, ...ARGS], db.cliEnv());
    expect(first.code).toBe(0);
    clean = await snapshotGraph(db.driver, { ignore: ['ingestedAt'] });
    cleanIds = await articleIds(db.driver);
    await db.wipe();
  });

  afterAll(async () => {
    console.log(
      `[crash] seed ${SEED}, ${FILES} files, ${cleanIds?.length ?? 0} articles; kill points:\n` +
        kills
          .map(
            (k) =>
              `  run ${k.run}: ${k.killed ? 'SIGKILL' : 'finished before the kill'} ${k.mode} once ${k.target} articles were in; ${String(k.after)} articles in the graph after`,
          )
          .join('\n'),
    );
    await db?.destroy();
    if (corpus) rmSync(corpus.dir, { recursive: true, force: true });
  });

  it('leaves every article whole or absent after each kill', async () => {
    const random = seededRandom(SEED);
    for (let run = 1; run <= KILLS; run++) {
      const done = await countArticles(db.driver);
      const left = cleanIds.length - done;
      if (left < 2) break;
      const target = done + 1 + Math.floor(random() * (left - 1));
      const mode: KillMode = random() < 0.5 ? 'after a commit' : 'inside a write transaction';
      const record: KillRecord = { run, mode, target, after: undefined, killed: false };
      kills.push(record);
      const { killed, result } = await ingestAndKill(db, corpus.dir, target, mode);
      record.killed = killed;
      if (!killed) expect(result.code).toBe(0);
      else expect(result.signal).toBe('SIGKILL');

      const now = await snapshotGraph(db.driver, { ignore: ['ingestedAt'] });
      const present = await articleIds(db.driver);
      record.after = present.length;
      expect(present.filter((id) => !cleanIds.includes(id))).toEqual([]);
      expect(partialArticles(clean, now, present)).toEqual([]);
    }
    expect(kills.some((k) => k.killed)).toBe(true);
  });

  it('gives the graph of one clean run when run again after the kills', async () => {
    const rerun = await runIngest([corpus.dir, ...ARGS], db.cliEnv());
    expect(rerun.code).toBe(0);
    const after = await snapshotGraph(db.driver, { ignore: ['ingestedAt'] });
    expect(diffLines(clean.lines, after.lines)).toEqual({ missing: [], extra: [] });
    expect(after.counts).toEqual(clean.counts);
  });
});
