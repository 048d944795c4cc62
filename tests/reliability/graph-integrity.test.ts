/**
 * The graph stays whole whatever happens to a run, on a database of this file's own (so it can be wiped,
 * compared whole, crashed and restarted): the same input ingested twice or by two processes at once, an
 * ingest killed hard (SIGKILL) at random points, and the database itself killed during an ingest and
 * while the API serves. Every scenario ends by comparing the graph with one clean ingest of the same
 * input: nothing missing, nothing doubled.
 *
 * Input: seeds/ plus RELIABILITY_FILES (default 50) BBC articles. Kills: RELIABILITY_KILLS (default 3),
 * at points drawn from a PRNG seeded with RELIABILITY_SEED and printed, so a failure can be replayed.
 */
import { rmSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { readRows, SEEDS_DIR } from '../support/database.js';
import { copyBbcSample, envInt, seededRandom } from './support/corpus.js';
import {
  articleIds,
  diffLines,
  partialArticles,
  snapshotGraph,
  type GraphSnapshot,
} from './support/graph-snapshot.js';
import { startPrivateNeo4j, type PrivateNeo4j } from './support/private-neo4j.js';
import { runIngest, startCli, type CliResult, type CliRun } from './support/run-cli.js';

const FILES = envInt('RELIABILITY_FILES', 50);
const KILLS = envInt('RELIABILITY_KILLS', 3);
const SEED = envInt('RELIABILITY_SEED', 20160327);
const BATCH = ['--batch-size', '5'];
/** Text every load query holds: an open transaction running one is a write in progress. */
const WRITE_MARKER = 'UNWIND $rows AS row';
const NO_TIMES = { ignore: ['ingestedAt'] };

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

type Moment = 'after a commit' | 'inside a write transaction';

/**
 * Waits until `target` articles are committed and, for `inside a write transaction`, until a load
 * transaction is open, then calls `strike`. Returns false when the run ended first.
 */
async function strikeAt(
  run: CliRun,
  driver: Driver,
  target: number,
  moment: Moment,
  strike: () => Promise<void>,
): Promise<boolean> {
  let exited = false;
  void run.done.then(() => (exited = true));
  while (!exited && (await countArticles(driver)) < target) await sleep(25);
  while (!exited && moment === 'inside a write transaction' && !(await writeInProgress(driver)))
    await sleep(5);
  if (exited) return false;
  await strike();
  return true;
}

let db: PrivateNeo4j;
let corpus: { dir: string; files: string[] };
let inputs: string[];
let cleanExact: GraphSnapshot;
let clean: GraphSnapshot;
let cleanIds: string[];
const figures: string[] = [];

beforeAll(async () => {
  db = await startPrivateNeo4j('integrity');
  corpus = copyBbcSample(FILES, 'integrity-corpus-');
  inputs = [SEEDS_DIR, corpus.dir];
  const first = await runIngest([...inputs, ...BATCH], db.cliEnv());
  expect(first.stderr).not.toMatch(/error \[/);
  expect(first.code).toBe(0);
  cleanExact = await snapshotGraph(db.driver);
  clean = await snapshotGraph(db.driver, NO_TIMES);
  cleanIds = await articleIds(db.driver);
  figures.push(`one clean ingest of ${cleanIds.length} articles: ${JSON.stringify(clean.counts)}`);
});

afterAll(async () => {
  console.log(`[graph-integrity] seed ${SEED}\n  ${figures.join('\n  ')}`);
  await db?.destroy();
  if (corpus) rmSync(corpus.dir, { recursive: true, force: true });
});

describe('ingesting the same articles again, or twice at once', () => {
  it('changes nothing at all when the same articles are ingested a second time', async () => {
    const again = await runIngest([...inputs, ...BATCH], db.cliEnv());
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      `articles: 0 written (0 of them replaced an older version), ${cleanIds.length} unchanged,`,
    );
    // Every property, ingestedAt included: unchanged articles are not rewritten.
    expect(diffLines(cleanExact.lines, (await snapshotGraph(db.driver)).lines)).toEqual({
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
      expect(run.stderr).not.toMatch(/error \[/);
      expect(run.stdout).not.toContain('LOAD_FAILED');
      expect(run.code).toBe(0);
    }
    const both = await snapshotGraph(db.driver, NO_TIMES);
    expect(diffLines(clean.lines, both.lines)).toEqual({ missing: [], extra: [] });
    expect(both.counts).toEqual(clean.counts);
    figures.push('two concurrent ingests: the same graph as one clean ingest');
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
        const [row] = await readRows<{ n: number }>(
          db.driver,
          `MATCH (n:${label} {id: $id}) RETURN count(n) AS n`,
          {
            id,
          },
        );
        expect(row?.n).toBe(1);
      } finally {
        await db.driver.executeQuery(`MATCH (n:${label} {id: $id}) DELETE n`, { id });
      }
    },
  );
});

describe('an ingest killed at random points and run again', () => {
  it('leaves every article whole or absent after each kill', async () => {
    await db.wipe();
    const random = seededRandom(SEED);
    let killed = 0;
    for (let round = 1; round <= KILLS; round++) {
      const done = await countArticles(db.driver);
      // Spread the kills: each falls in its share of what is left.
      const share = Math.max(1, Math.floor((cleanIds.length - done) / (KILLS - round + 1)));
      const target = done + 1 + Math.floor(random() * share);
      const moment: Moment = random() < 0.5 ? 'after a commit' : 'inside a write transaction';
      const run = startCli('ingest.ts', [...inputs, ...BATCH], db.cliEnv());
      const struck = await strikeAt(run, db.driver, target, moment, () => {
        run.child.kill('SIGKILL');
        return Promise.resolve();
      });
      const result = await run.done;
      if (struck) {
        expect(result.signal).toBe('SIGKILL');
        killed += 1;
      } else expect(result.code).toBe(0);

      const present = await articleIds(db.driver);
      figures.push(
        `kill ${round}: ${struck ? 'SIGKILL' : 'run finished first,'} ${moment} once ${target} articles were in; ${present.length} in the graph after`,
      );
      expect(present.filter((id) => !cleanIds.includes(id))).toEqual([]);
      expect(partialArticles(clean, await snapshotGraph(db.driver, NO_TIMES), present)).toEqual([]);
    }
    expect(killed).toBeGreaterThan(0);
  });

  it('gives the graph of one clean run when run again after the kills', async () => {
    const rerun = await runIngest([...inputs, ...BATCH], db.cliEnv());
    expect(rerun.code).toBe(0);
    const after = await snapshotGraph(db.driver, NO_TIMES);
    expect(diffLines(clean.lines, after.lines)).toEqual({ missing: [], extra: [] });
    expect(after.counts).toEqual(clean.counts);
  });
});

interface GraphQLReply {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  raw: string;
}

async function ask(url: string, query: string): Promise<GraphQLReply> {
  // A bound, not a timing assertion: a hung request fails the test instead of hanging it.
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
    signal: AbortSignal.timeout(110_000),
  });
  const raw = await response.text();
  return { status: response.status, body: JSON.parse(raw) as GraphQLReply['body'], raw };
}

const QUESTIONS = [
  '{ articles(limit: 3) { id title } }',
  '{ search(text: "Palmyra", limit: 3) { items { id kind caption } } }',
];

describe('the database killed during an ingest and while the API serves', () => {
  let server: RunningServer;
  let ingestRun: CliRun;
  let interrupted: CliResult;
  let duringOutage: GraphQLReply[];
  let startedDuringOutage: CliResult;
  // What the server logs of the errors it answers tersely: kept here, out of the test log, and checked.
  const serverLog: unknown[] = [];

  beforeAll(async () => {
    await db.wipe();
    server = await startServer({
      driver: db.driver,
      port: 0,
      host: '127.0.0.1',
      production: true,
      logError: (error) => serverLog.push(error),
    });
    for (const query of QUESTIONS) expect((await ask(server.url, query)).body.errors).toBeUndefined();

    ingestRun = startCli('ingest.ts', [...inputs, ...BATCH], db.cliEnv());
    const target = 1 + Math.floor(seededRandom(SEED + 1)() * (cleanIds.length / 2));
    const crashed = await strikeAt(ingestRun, db.driver, target, 'inside a write transaction', () =>
      db.crash(),
    );
    expect(crashed).toBe(true);
    const before = `database killed (SIGKILL) inside a write transaction once ${target} articles were in`;
    figures.push(before);
    // While it is down: the API answers, the running ingest gives up, and a new ingest refuses to start.
    [duringOutage, interrupted, startedDuringOutage] = await Promise.all([
      Promise.all(QUESTIONS.map((query) => ask(server.url, query))),
      ingestRun.done,
      runIngest([...inputs, ...BATCH], db.cliEnv()),
    ]);
    await db.start();
  });

  afterAll(async () => {
    await server?.close();
  });

  it('answers API requests during the outage with a clear error, without internals', () => {
    for (const reply of duringOutage) {
      expect(reply.body.errors?.length, reply.raw).toBeGreaterThan(0);
      expect(reply.raw).not.toMatch(
        /stacktrace|\bat .+\.(js|ts):\d+|bolt:\/\/|127\.0\.0\.1|ECONNREFUSED|MATCH|UNWIND|Neo4jError/,
      );
      expect(reply.body.errors?.map((e) => e.extensions?.code)).toEqual(
        reply.body.errors?.map(() => 'DB_UNAVAILABLE'),
      );
      expect(reply.body.errors?.[0]?.message).toMatch(/database is not reachable/i);
    }
    // The server keeps the original for its operators: the coded error with the driver's failure as cause.
    expect(serverLog.length).toBeGreaterThan(0);
    for (const logged of serverLog) expect(logged).toMatchObject({ code: 'DB_UNAVAILABLE' });
  });

  it('stops the interrupted ingest with DB_UNAVAILABLE and says to run it again', () => {
    expect(interrupted.code).toBe(1);
    expect(interrupted.stderr).toMatch(/error \[DB_UNAVAILABLE\]: Neo4j stopped answering while writing/);
    expect(interrupted.stderr).toContain('rerun the same command: articles already written are skipped');
    expect(interrupted.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to start an ingest while the database is down, with a clear error', () => {
    expect(startedDuringOutage.code).toBe(1);
    expect(startedDuringOutage.stderr).toMatch(
      /error \[DB_UNAVAILABLE\]: Could not connect to Neo4j at bolt:/,
    );
    expect(startedDuringOutage.stderr).not.toMatch(/\n\s+at /);
  });

  it('serves again once the database is back, without a restart of the server', async () => {
    for (const query of QUESTIONS) {
      const reply = await ask(server.url, query);
      expect(reply.body.errors, reply.raw).toBeUndefined();
    }
  });

  it('keeps every article whole or absent through the database crash', async () => {
    const present = await articleIds(db.driver);
    figures.push(`${present.length} articles in the graph after the database came back`);
    expect(present.length).toBeGreaterThan(0);
    expect(partialArticles(clean, await snapshotGraph(db.driver, NO_TIMES), present)).toEqual([]);
  });

  it('completes the interrupted ingest when run again: the graph of one clean run', async () => {
    const rerun = await runIngest([...inputs, ...BATCH], db.cliEnv());
    expect(rerun.code).toBe(0);
    const after = await snapshotGraph(db.driver, NO_TIMES);
    expect(diffLines(clean.lines, after.lines)).toEqual({ missing: [], extra: [] });
    expect(after.counts).toEqual(clean.counts);
    figures.push(
      `after the database restart, a rerun completed the graph (${after.lines.length} nodes and edges)`,
    );
  });
});
