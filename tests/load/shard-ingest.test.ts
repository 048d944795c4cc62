/**
 * `npm run ingest -- --shard K/N`: N machines share one corpus and one Neo4j. Two shards written at the
 * same time, by two ingest processes, must leave the graph that one ingest of all the articles leaves:
 * every node (label, id, properties) and every relationship (type, ends, properties), compared whole.
 *
 * Input: seeds/ (five reports of one recapture: actors and events shared by every article), the
 * fixture articles of tests/fixtures/answers (other events), and a spread of BBC articles. The database is one of this
 * file's own (so it can be wiped and compared whole); the ingests are real child processes.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/db/index.js';
import type { ArticleGraph } from '../../src/domain.js';
import { completeLinks, loadArticles, textHash } from '../../src/pipeline/load/index.js';
import { readSources } from '../../src/pipeline/source/index.js';
import { shardOf } from '../../src/pipeline/source/shard.js';
import {
  analyseArticle,
  createEventMemory,
  createResolveState,
  EXTRACTOR_VERSION,
} from '../../src/pipeline/stages.js';
import { readRows, SEEDS_DIR } from '../support/database.js';
import { copyBbcSample } from '../reliability/support/corpus.js';
import { diffLines, snapshotGraph, type GraphSnapshot } from '../reliability/support/graph-snapshot.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../reliability/support/private-neo4j.js';
import { runIngest } from '../reliability/support/run-cli.js';

const FIXTURES_DIR = path.join(PROJECT_ROOT, 'tests', 'fixtures', 'answers');
const NO_TIMES = { ignore: ['ingestedAt'] };
const BATCH = ['--batch-size', '3'];

let db: PrivateNeo4j;
let bbc: { dir: string; files: string[] };
let inputs: string[];
let oneRun: GraphSnapshot;
/** Article id → the shard (1 or 2) that writes it. */
const shardOfArticle = new Map<string, number>();

beforeAll(async () => {
  db = await startPrivateNeo4j('shard');
  bbc = copyBbcSample(12, 'shard-corpus-');
  const fixtures = readdirSync(FIXTURES_DIR).filter((name) => name.endsWith('.txt'));
  inputs = [SEEDS_DIR, ...fixtures.map((name) => path.join(FIXTURES_DIR, name)), bbc.dir];
  for await (const item of readSources(inputs))
    if (item.ok) shardOfArticle.set(item.article.id, shardOf(textHash(item.article.text), 2));
  const run = await runIngest([...inputs, ...BATCH], db.cliEnv());
  expect(run.stderr).not.toMatch(/error \[/);
  expect(run.code).toBe(0);
  oneRun = await snapshotGraph(db.driver, NO_TIMES);
});

afterAll(async () => {
  await db?.destroy();
  if (bbc) rmSync(bbc.dir, { recursive: true, force: true });
});

/** Ids of the events (or actors) that articles of both shards report (or mention). */
async function sharedAcrossShards(kind: 'Event' | 'Actor'): Promise<string[]> {
  const rows = await readRows<{ id: string; articles: string[] }>(
    db.driver,
    kind === 'Event'
      ? 'MATCH (e:Event)-[:REPORTED_BY]->(a:Article) RETURN e.id AS id, collect(DISTINCT a.id) AS articles'
      : 'MATCH (x:Actor)-[:MENTIONED_IN]->(a:Article) RETURN x.id AS id, collect(DISTINCT a.id) AS articles',
  );
  return rows
    .filter((row) => new Set(row.articles.map((id) => shardOfArticle.get(id))).size === 2)
    .map((row) => row.id);
}

describe('ingest --shard K/N', () => {
  it('splits the inputs into two non-empty parts that share actors and events', async () => {
    const sizes = [1, 2].map((k) => [...shardOfArticle.values()].filter((s) => s === k).length);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(5);
    expect((await sharedAcrossShards('Event')).length).toBeGreaterThan(0);
    expect((await sharedAcrossShards('Actor')).length).toBeGreaterThan(5);
  });

  it('builds the graph of one run from two shards written at the same time', async () => {
    await db.wipe();
    const [first, second] = await Promise.all(
      [1, 2].map((k) => runIngest(['--shard', `${k}/2`, ...inputs, ...BATCH], db.cliEnv())),
    );
    for (const [k, run] of [first!, second!].entries()) {
      expect(run.stderr).not.toMatch(/error \[/);
      expect(run.code).toBe(0);
      const mine = [...shardOfArticle.values()].filter((s) => s === k + 1).length;
      expect(run.stdout).toContain(
        `shard ${k + 1}/2: wrote this shard's articles; skipped ${shardOfArticle.size - mine} as other shards'`,
      );
      expect(run.stdout).toMatch(new RegExp(`articles: ${mine} written`));
    }
    const shards = await snapshotGraph(db.driver, NO_TIMES);
    expect(diffLines(oneRun.lines, shards.lines)).toEqual({ missing: [], extra: [] });
    expect(shards.counts).toEqual(oneRun.counts);
  });

  it('differs from one run when each shard analyses only its own articles (what --shard prevents)', async () => {
    await db.wipe();
    // Each shard with a memory of its own articles only: names and events that join across articles
    // join only within a shard.
    const graphs: ArticleGraph[][] = [[], []];
    const memory = [1, 2].map(() => ({
      resolveState: createResolveState(),
      eventMemory: createEventMemory(),
    }));
    for await (const item of readSources(inputs)) {
      if (!item.ok) continue;
      const k = shardOfArticle.get(item.article.id)! - 1;
      graphs[k]!.push(analyseArticle(item.article, memory[k]));
    }
    await Promise.all(
      graphs.map((part) => loadArticles(part, { driver: db.driver, extractorVersion: EXTRACTOR_VERSION })),
    );
    await completeLinks(db.driver);
    const alone = await snapshotGraph(db.driver, NO_TIMES);
    expect(alone.counts['(:Article)']).toBe(oneRun.counts['(:Article)']);
    const diff = diffLines(oneRun.lines, alone.lines);
    console.log(`[shard] each shard on its own memory: ${JSON.stringify(diff, null, 1)}`);
    expect(diff.missing.length + diff.extra.length).toBeGreaterThan(0);
  });
});
