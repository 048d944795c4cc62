/**
 * The GraphQL-over-HTTP overhead alone: the `queries` part of `npm run bench` (bench/query-bench.ts) at the
 * chosen concurrencies, several rounds on one graph, for one or more servers in the same run, with a
 * GraphQL / raw Cypher ratio table at the end. A second server is another checkout's bench/serve-child.ts
 * (`--server <dir>`), so an older and a newer server are measured against the same database within one run.
 *
 *   node --import tsx bench/serve-overhead.ts [--limit <corpus articles>] [--rounds 3] [--seconds 4]
 *        [--concurrency 16] [--server <project dir>]… [--cpu-prof <dir>]
 *
 * Starts the embedded instance "overhead" empty on free ports, ingests seeds/ and, with `--limit`, that many
 * corpus articles; never touches the "main" or "bench" instances.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { connectDatabase, freePort, PROJECT_ROOT, readDbConfig } from '../src/db/index.js';
import { ingest } from '../src/pipeline/ingest.js';
import { ensureSchema } from '../src/pipeline/load/index.js';
import { corpusInputs, DEFAULT_CORPUS } from './corpus-inputs.js';
import { benchQueries } from './query-bench.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '4' },
    concurrency: { type: 'string', default: '16' },
    server: { type: 'string', multiple: true },
    'cpu-prof': { type: 'string' },
  },
});
const rounds = Number(values.rounds);
const concurrency = values.concurrency.split(',').map(Number);
const log = (line: string) => console.error(line);

const config = readDbConfig({
  ...process.env,
  NEO4J_INSTANCE: 'overhead',
  NEO4J_BOLT_PORT: String(await freePort()),
  NEO4J_HTTP_PORT: String(await freePort()),
});
const db = await connectDatabase({ config, instance: 'overhead', fresh: true, log });
const servers: { label: string; process: ServerProcess }[] = [];
try {
  await ensureSchema(db.driver);
  await ingest([path.join(PROJECT_ROOT, 'seeds')], { driver: db.driver }, { batchSize: 50 });
  if (values.limit !== undefined) {
    const inputs = await corpusInputs(DEFAULT_CORPUS, Number(values.limit));
    log(`ingesting ${values.limit} corpus articles`);
    await ingest(inputs.paths, { driver: db.driver }, { batchSize: 50 });
    await inputs.cleanup();
  }
  const address = { uri: db.uri, username: db.username, password: db.password };
  const dirs = values.server ?? [PROJECT_ROOT];
  for (const dir of dirs) {
    const execArgv =
      values['cpu-prof'] === undefined
        ? []
        : ['--cpu-prof', `--cpu-prof-dir=${path.resolve(values['cpu-prof'])}`];
    const child = path.join(path.resolve(dir), 'bench', 'serve-child.ts');
    servers.push({
      label: dir,
      process: await startServerProcess(address, { childScript: child, execArgv }),
    });
  }
  const table: string[] = [];
  for (let round = 1; round <= rounds; round += 1) {
    for (const server of servers) {
      log(`round ${round}, server ${server.label}`);
      const result = await benchQueries(
        values.limit === undefined ? 'seeds' : 'corpus',
        { driver: db.driver, server: server.process, log },
        {
          concurrency,
          seconds: Number(values.seconds),
          maxRequests: 20_000,
          warmupSeconds: 1,
          initialWarmupSeconds: round === 1 ? 3 : 1,
        },
      );
      for (const run of result.runs) {
        table.push(
          [
            `round ${round}`,
            server.label,
            run.question.padEnd(16),
            `c=${run.concurrency}`,
            `rps GraphQL/raw ${(run.graphql.rps / run.cypher.rps).toFixed(2)}`,
            `p95 GraphQL/raw ${(run.graphql.p95 / run.cypher.p95).toFixed(2)}`,
            `(${run.graphql.rps.toFixed(0)}/s vs ${run.cypher.rps.toFixed(0)}/s; server CPU ${run.cpuMsPerRequest?.server ?? '–'} ms/req)`,
          ].join('  '),
        );
      }
    }
  }
  console.log(table.join('\n'));
} finally {
  for (const server of servers) await server.process.stop();
  await db.close();
}
