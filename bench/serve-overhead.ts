/**
 * The GraphQL-over-HTTP overhead alone: the `queries` part of `npm run bench` (bench/query-bench.ts) at the
 * chosen concurrencies, several rounds on one graph, for one or more servers in the same run, with a
 * GraphQL / raw Cypher ratio table at the end. A second server is another checkout's bench/serve-child.ts
 * (`--server <dir>`), so an older and a newer server are measured against the same database within one run.
 *
 *   node --import tsx bench/serve-overhead.ts [--limit <corpus articles>] [--rounds 3] [--seconds 4]
 *        [--interleave <turns>] [--concurrency 16] [--server <project dir>]… [--cpu-prof <dir>]
 *        [--question <name>]…
 *
 * With `--interleave`, each question runs in paired slices instead of rounds (see `interleaved`); `--question`
 * keeps only the questions named (whoClaimedCredit, search, neighbourhood, timeline).
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
import type { Driver } from 'neo4j-driver';
import { closedLoop } from './closed-loop.js';
import { refreshStatistics } from './graph-size.js';
import { loadGraphql } from './graphql-load.js';
import { processCpuMs } from './process-cpu.js';
import { benchQueries } from './query-bench.js';
import { buildQuestions } from './questions.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    seconds: { type: 'string', default: '4' },
    concurrency: { type: 'string', default: '16' },
    server: { type: 'string', multiple: true },
    interleave: { type: 'string' },
    'cpu-prof': { type: 'string' },
    question: { type: 'string', multiple: true },
  },
});
const concurrency = values.concurrency.split(',').map(Number);
const log = (line: string) => console.error(line);

type Server = { label: string; process: ServerProcess };

/** `count` rounds of benchQueries per server, one after the other; one line per question and round. */
async function rounds(driver: Driver, servers: Server[], count: number, seconds: number): Promise<string> {
  const table: string[] = [];
  for (let round = 1; round <= count; round += 1) {
    for (const server of servers) {
      log(`round ${round}, server ${server.label}`);
      const result = await benchQueries(
        values.limit === undefined ? 'seeds' : 'corpus',
        { driver, server: server.process, log },
        {
          concurrency,
          seconds,
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
  return table.join('\n');
}

/** Pause after each GraphQL slice, for the requests the load generator left behind to finish. */
const SETTLE_MS = 500;

const quartiles = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? Number.NaN;
  return `${at(0.5).toFixed(2)} [${at(0.25).toFixed(2)}–${at(0.75).toFixed(2)}]`;
};

/**
 * Paired slices: for each question, `count` times in a rotating order, `seconds` of GraphQL load on each
 * server and `seconds` of the same question as raw Cypher, all at the first concurrency. Each slice of a
 * server is compared with the raw slice of the same turn, so load from other processes on the machine moves
 * both sides of a ratio together; the table gives the median ratio and its quartiles over the turns.
 */
async function interleaved(
  driver: Driver,
  servers: Server[],
  count: number,
  seconds: number,
): Promise<string> {
  const limits = { concurrency: concurrency[0] ?? 16, seconds, maxRequests: 1_000_000 };
  await refreshStatistics(driver);
  const asked = values.question;
  const questions = (await buildQuestions(driver)).filter(
    (question) => asked === undefined || asked.includes(question.name),
  );
  const lines: string[] = [];
  for (const question of questions) {
    // One request alone first: Neo4j plans a query once it has seen it, but sixteen first requests at once on
    // a busy machine can each plan it until their transactions time out.
    await question.cypher();
    for (const server of servers) {
      await loadGraphql(server.process.url, [question.graphql], { ...limits, concurrency: 1, seconds: 1 });
      await loadGraphql(server.process.url, [question.graphql], { ...limits, seconds: 2 });
    }
    await closedLoop(question.cypher, { ...limits, seconds: 2 });
    const rps = servers.map(() => [] as number[]);
    const p95 = servers.map(() => [] as number[]);
    const cpu = servers.map(() => [] as number[]);
    for (let turn = 0; turn < count; turn += 1) {
      const sides = [...servers.map((_, index) => index), -1];
      const order = sides.map((_, k) => sides[(k + turn) % sides.length] ?? -1);
      const stats = new Map<number, { rps: number; p95: number; cpu?: number }>();
      for (const side of order) {
        if (side < 0) {
          const raw = await closedLoop(question.cypher, limits);
          stats.set(side, { rps: raw.rps, p95: raw.p95 });
          continue;
        }
        const server = servers[side]!;
        const before = await processCpuMs(server.process.pid);
        const load = await loadGraphql(server.process.url, [question.graphql], limits);
        const after = await processCpuMs(server.process.pid);
        // Requests still running when a slice ends would slow the next one down.
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        const used = before === undefined || after === undefined ? undefined : after - before;
        stats.set(side, {
          rps: load.rps,
          p95: load.p95,
          ...(used === undefined ? {} : { cpu: used / load.requests }),
        });
      }
      const raw = stats.get(-1)!;
      servers.forEach((_, index) => {
        const side = stats.get(index)!;
        rps[index]!.push(side.rps / raw.rps);
        p95[index]!.push(side.p95 / raw.p95);
        if (side.cpu !== undefined) cpu[index]!.push(side.cpu);
      });
    }
    servers.forEach((server, index) => {
      lines.push(
        `${question.name.padEnd(16)} ${server.label}  rps GraphQL/raw ${quartiles(rps[index]!)}  ` +
          `p95 GraphQL/raw ${quartiles(p95[index]!)}  server CPU ms/req ${quartiles(cpu[index]!)}`,
      );
    });
    log(lines.slice(-servers.length).join('\n'));
  }
  return lines.join('\n');
}

const config = readDbConfig({
  ...process.env,
  NEO4J_INSTANCE: 'overhead',
  NEO4J_BOLT_PORT: String(await freePort()),
  NEO4J_HTTP_PORT: String(await freePort()),
});
const db = await connectDatabase({ config, instance: 'overhead', fresh: true, log });
const servers: Server[] = [];
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
  if (values.interleave !== undefined) {
    console.log(await interleaved(db.driver, servers, Number(values.interleave), Number(values.seconds)));
  } else {
    console.log(await rounds(db.driver, servers, Number(values.rounds), Number(values.seconds)));
  }
} finally {
  for (const server of servers) await server.process.stop();
  await db.close();
}
