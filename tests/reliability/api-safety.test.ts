/**
 * API safety beyond tests/api: a 10 MB request body, a runaway database transaction, and what a production
 * server says when the database fails under it (no stack traces, no Cypher, no addresses).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../../src/db/index.js';
import { startServer, type RunningServer } from '../../src/serve/index.js';
import { readRows, testDriver } from '../support/database.js';
import { codeOf, withServerLog } from '../support/server-log.js';

interface Reply {
  status: number;
  raw: string;
  errors: { message: string; extensions?: { code?: string } }[];
}

async function post(url: string, body: string): Promise<Reply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    signal: AbortSignal.timeout(60_000),
  });
  const raw = await response.text();
  const parsed = JSON.parse(raw) as { errors?: Reply['errors'] };
  return { status: response.status, raw, errors: parsed.errors ?? [] };
}

const ask = (url: string, query: string) => post(url, JSON.stringify({ query }));

const QUESTIONS = [
  '{ articles(limit: 3) { id title } }',
  '{ search(text: "Palmyra", limit: 3) { items { id kind caption } } }',
  '{ timeline(subject: "Palmyra") { items { date } } }',
];

/** What must never reach a client of a production server. */
const INTERNALS =
  /stacktrace|\n\s+at |\.(js|ts):\d+|bolt:\/\/|127\.0\.0\.1|ECONNREFUSED|MATCH|UNWIND|Neo4jError|neo4j/i;

describe('a server under an oversized request', () => {
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer({ driver: testDriver(), port: 0, host: '127.0.0.1', production: true });
  });

  afterAll(async () => {
    await server.close();
  });

  it('refuses a 10 MB POST with 413 and a JSON error, and keeps serving', async () => {
    const body = JSON.stringify({
      query: '{ __typename }',
      variables: { padding: 'x'.repeat(10 * 1024 * 1024) },
    });
    const reply = await post(server.url, body);
    expect(reply.status).toBe(413);
    expect(reply.errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(reply.raw).not.toMatch(INTERNALS);
    const after = await ask(server.url, '{ __typename }');
    expect(after.raw).toBe('{"data":{"__typename":"Query"}}\n');
  });
});

describe('a runaway database transaction', () => {
  it.runIf(inject('neo4j').origin === 'embedded')(
    'is limited by the embedded server to 60 seconds (db.transaction.timeout)',
    async () => {
      const rows = await readRows<{ value: string }>(
        testDriver(),
        "SHOW SETTINGS YIELD name, value WHERE name = 'db.transaction.timeout' RETURN value",
      );
      expect(rows).toEqual([{ value: '1m' }]);
    },
  );

  it('is terminated by the database when it outlives its own timeout', async () => {
    const marker = `runaway-${process.pid}-${Date.now()}`;
    const session = testDriver().session();
    try {
      const failure = await session
        .executeRead((tx) => tx.run(`CALL apoc.util.sleep(120000) RETURN '${marker}' AS marker`), {
          timeout: 1000,
        })
        .then(
          () => undefined,
          (error: unknown) => error,
        );
      expect(failure).toMatchObject({ code: expect.stringMatching(/TransactionTimedOut/) as unknown });
    } finally {
      await session.close();
    }
    const running = await readRows(
      testDriver(),
      'SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN currentQuery',
      { marker: `'${marker}'` },
    );
    expect(running).toEqual([]);
  });
});

describe('a server whose database fails', () => {
  let dead: Driver;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    // Nothing listens on this port; no retries, so each request fails at once.
    dead = neo4j.driver(`bolt://127.0.0.1:${await freePort()}`, neo4j.auth.basic('neo4j', 'x'), {
      maxTransactionRetryTime: 0,
      logging: { level: 'error', logger: () => undefined },
    });
  });

  afterAll(async () => {
    for (const server of servers) await server.close();
    await dead.close();
  });

  const serve = async (production: boolean) => {
    const server = await startServer({ driver: dead, port: 0, host: '127.0.0.1', production });
    servers.push(server);
    return server;
  };

  it('tells a production client that the database is unreachable, without internals', async () => {
    const server = await serve(true);
    const { logged } = await withServerLog(async () => {
      for (const query of QUESTIONS) {
        const reply = await ask(server.url, query);
        expect(reply.errors.length, reply.raw).toBeGreaterThan(0);
        expect(reply.raw, query).not.toMatch(INTERNALS);
        expect(reply.errors.map((e) => e.extensions?.code)).toEqual(reply.errors.map(() => 'DB_UNAVAILABLE'));
      }
    });
    // What the client is not shown goes to the operator's log: the unreachable database, for every question.
    expect(logged.length).toBeGreaterThanOrEqual(QUESTIONS.length);
    expect(new Set(logged.map(codeOf))).toEqual(new Set(['DB_UNAVAILABLE']));
  });

  it('shows the details only in development (so the production check above is not vacuous)', async () => {
    const server = await serve(false);
    const reply = await ask(server.url, QUESTIONS[0]!);
    expect(reply.raw).toMatch(INTERNALS);
  });
});
