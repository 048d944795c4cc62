/**
 * The figures of docs/security.md: ingests a BBC folder into an embedded Neo4j of its own, then sends every
 * issue-12 attack to a production server over it and prints, per attack, the HTTP status, the code, how long
 * the attack took and how long a `{ __typename }` sent while it ran took. Last, one attack with the cost limit
 * lifted, to show the deadline. Run on an idle machine:
 *
 *   node --import tsx tests/reliability/support/measure-attacks.ts [BBC folder, default ../shared/corpus/bbc-news/tech]
 */
import path from 'node:path';
import { CORPUS_DIR } from '../../../src/paths.js';
import { formatSummary } from '../../../src/cli/format-summary.js';
import { ingest } from '../../../src/pipeline/ingest.js';
import { COST_LIMITS, startServer, type RunningServer } from '../../../src/serve/index.js';
import { ATTACKS, nestedLists } from './attacks.js';
import { startPrivateNeo4j } from './private-neo4j.js';

async function timed(url: string, body: unknown): Promise<{ ms: number; status: number; code: string }> {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(90_000),
  });
  const json = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
  const codes = [...new Set((json.errors ?? []).map((e) => e.extensions?.code ?? '?'))];
  return { ms: performance.now() - started, status: response.status, code: codes.join(',') || 'OK' };
}

async function measure(server: RunningServer, name: string, body: unknown): Promise<string> {
  const attack = timed(server.url, body);
  await new Promise((resolve) => setTimeout(resolve, 20));
  const cheap = await timed(server.url, { query: '{ __typename }' });
  const result = await attack;
  return `| ${name} | ${result.status} | ${result.code} | ${result.ms.toFixed(0)} | ${cheap.ms.toFixed(0)} |`;
}

const folder = path.resolve(process.argv[2] ?? path.join(CORPUS_DIR, 'bbc-news', 'tech'));
const db = await startPrivateNeo4j('measure');
try {
  const started = performance.now();
  const summary = await ingest([folder], { driver: db.driver });
  console.log(
    formatSummary(summary, (performance.now() - started) / 1000)
      .split('\n')
      .slice(0, 2)
      .join('\n'),
  );
  const [row] = (
    await db.driver.executeQuery(
      'MATCH (a:Article) RETURN count(a) AS articles, count(DISTINCT a.textHash) AS texts',
    )
  ).records;
  console.log(
    `Article nodes: ${String(row?.get('articles'))}, distinct texts: ${String(row?.get('texts'))}\n`,
  );

  const server = await startServer({ driver: db.driver, port: 0, host: '127.0.0.1', production: true });
  console.log('| attack | status | code | attack ms | concurrent { __typename } ms |');
  console.log('|---|---|---|---|---|');
  for (const attack of ATTACKS) console.log(await measure(server, attack.name, attack.body));
  await server.close();

  const relaxed = await startServer({
    driver: db.driver,
    port: 0,
    host: '127.0.0.1',
    production: true,
    costLimits: { ...COST_LIMITS, maxCost: Number.POSITIVE_INFINITY, maxDepth: 100 },
  });
  console.log(
    await measure(relaxed, 'nested lists 12 deep, cost limit lifted (default 15 s deadline)', {
      query: nestedLists(11),
    }),
  );
  await relaxed.close();
} finally {
  await db.destroy();
}
