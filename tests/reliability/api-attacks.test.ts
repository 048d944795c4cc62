/**
 * The hostile requests of issue 12 against a real production server on the real test database holding BBC
 * articles: each is refused before it reaches Neo4j (with its code), or — when the estimate is relaxed so it
 * does run — ends at the server's deadline. While each one is in flight a cheap `{ __typename }` still answers,
 * and the graph is byte-identical afterwards. Bounds are abort signals (the request must end before them), not
 * speed assertions.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ingest } from '../../src/pipeline/ingest.js';
import { COST_LIMITS, startServer, type RunningServer } from '../../src/serve/index.js';
import { readRows, testDriver } from '../support/database.js';
import { codeOf, withServerLog } from '../support/server-log.js';
import { ATTACKS, nestedLists } from './support/attacks.js';
import { copyBbcSample } from './support/corpus.js';
import { snapshotGraph, type GraphSnapshot } from './support/graph-snapshot.js';
import { removeArticles } from './support/remove-articles.js';

interface Reply {
  status: number;
  raw: string;
  codes: unknown[];
}

/** Far above any answer's time, below Neo4j's own 60 s: a request still running by then has not been bounded. */
const BOUND_MS = 45_000;
const CHEAP_BOUND_MS = 15_000;
/** What no response may contain: stack frames, library files, database internals, server paths. */
const INTERNALS =
  /stacktrace|\n\s+at |node_modules|\.(js|ts):\d+|bolt:\/\/|127\.0\.0\.1|Neo4jError|Neo\.(Client|Transient|Database)Error|dbms\.|\/work\/|\/tmp\//i;

async function post(url: string, body: unknown, boundMs = BOUND_MS): Promise<Reply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(boundMs),
  });
  const raw = await response.text();
  const parsed = JSON.parse(raw) as { errors?: { extensions?: { code?: unknown } }[] };
  return { status: response.status, raw, codes: (parsed.errors ?? []).map((e) => e.extensions?.code) };
}

/** Sends `body`, and while it is in flight a `{ __typename }`, which must answer. */
async function whileCheapAnswers(url: string, body: unknown): Promise<Reply> {
  const attack = post(url, body);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const cheap = await post(url, { query: '{ __typename }' }, CHEAP_BOUND_MS);
  expect(cheap.raw).toBe('{"data":{"__typename":"Query"}}\n');
  return attack;
}

let sample: { dir: string };
let written: string[] = [];
let before: GraphSnapshot;

beforeAll(async () => {
  sample = copyBbcSample(40, 'attacks-');
  await ingest([sample.dir], { driver: testDriver() });
  const rows = await readRows<{ id: string }>(
    testDriver(),
    'MATCH (a:Article) WHERE a.sourceFile STARTS WITH $dir RETURN a.id AS id',
    {
      dir: sample.dir.split('/').pop() ?? '',
    },
  );
  written = rows.map((r) => r.id);
  before = await snapshotGraph(testDriver());
});

afterAll(async () => {
  await removeArticles(testDriver(), written);
  rmSync(sample.dir, { recursive: true, force: true });
});

describe('hostile requests to a production server', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ driver: testDriver(), port: 0, host: '127.0.0.1', production: true });
  });

  afterAll(async () => {
    await server.close();
  });

  it('has BBC articles to attack', () => {
    expect(written.length).toBeGreaterThan(20);
  });

  it.each(ATTACKS.map((a) => [a.name, a] as const))('refuses %s with its code', async (_name, attack) => {
    const reply = await whileCheapAnswers(server.url, attack.body);
    expect(reply.status, reply.raw.slice(0, 300)).toBe(attack.status);
    expect(reply.codes).toEqual([attack.code]);
    expect(reply.raw).not.toMatch(INTERNALS);
  });

  it('says what to reduce', async () => {
    const reply = await post(server.url, { query: nestedLists(5) });
    expect(reply.raw).toMatch(/ask for smaller pages, fewer nested lists/);
  });

  it('still answers a legitimate nested question', async () => {
    const reply = await post(server.url, {
      query: '{ actors(limit: 5) { name mentionedIn(limit: 3) { title } } }',
    });
    expect(reply.codes).toEqual([]);
    expect(reply.status).toBe(200);
  });

  it('leaves the graph unchanged', async () => {
    const after = await snapshotGraph(testDriver());
    expect(after.lines).toEqual(before.lines);
  });
});

describe('a request the estimate lets through (cost limits relaxed)', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({
      driver: testDriver(),
      port: 0,
      host: '127.0.0.1',
      production: true,
      queryTimeoutMs: 3_000,
      costLimits: { ...COST_LIMITS, maxCost: Number.POSITIVE_INFINITY, maxDepth: 100 },
    });
  });

  afterAll(async () => {
    await server.close();
  });

  it('ends at the deadline with QUERY_TIMEOUT or QUERY_TOO_LARGE, while a cheap query still answers', async () => {
    const { value: reply, logged } = await withServerLog(() =>
      whileCheapAnswers(server.url, { query: nestedLists(11) }),
    );
    expect(reply.codes.length, reply.raw.slice(0, 300)).toBeGreaterThan(0);
    for (const code of reply.codes) expect(['QUERY_TIMEOUT', 'QUERY_TOO_LARGE']).toContain(code);
    expect(reply.raw).not.toMatch(INTERNALS);
    // The database's own error, hidden from the client, goes to the operator's log.
    expect(logged.length).toBeGreaterThan(0);
    for (const error of logged)
      expect(String(codeOf(error))).toMatch(/^Neo\.\w+Error\.(Transaction|General)\./);
  });

  it('leaves no transaction of it running', async () => {
    const running = () =>
      readRows(
        testDriver(),
        `SHOW TRANSACTIONS YIELD currentQuery
         WHERE currentQuery CONTAINS 'MENTIONED_IN' AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS'
         RETURN currentQuery`,
      );
    // Neo4j checks transaction deadlines every couple of seconds; give the check time to run.
    for (let tries = 0; tries < 20 && (await running()).length > 0; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(await running()).toEqual([]);
  });

  it('leaves the graph unchanged', async () => {
    const after = await snapshotGraph(testDriver());
    expect(after.lines).toEqual(before.lines);
  });
});

describe('the embedded database', () => {
  it.runIf(inject('neo4j').origin === 'embedded')(
    'caps the memory of one transaction (db.memory.transaction.max)',
    async () => {
      const rows = await readRows<{ value: string }>(
        testDriver(),
        "SHOW SETTINGS YIELD name, value WHERE name = 'db.memory.transaction.max' RETURN value",
      );
      expect(rows).toEqual([{ value: '256.00MiB' }]);
    },
  );
});
