import type { Driver } from 'neo4j-driver';
import { closedLoop } from './closed-loop.js';
import { graphSize, refreshStatistics } from './graph-size.js';
import { loadGraphql, type GraphqlRequest } from './graphql-load.js';
import { ratio } from './latency-stats.js';
import { ownCpuMs, perRequest, processCpuMs } from './process-cpu.js';
import { answerSize, buildQuestions, type QuestionProfile } from './questions.js';
import type { GraphScale, GraphSize, QueryRun, QuestionName } from './result-types.js';
import type { ServerProcess } from './server-process.js';

export interface QueryBenchDeps {
  driver: Driver;
  server: ServerProcess;
  log: (line: string) => void;
}

export interface QueryBenchOptions {
  concurrency: number[];
  seconds: number;
  maxRequests: number;
  /** Unmeasured load before each measured run, seconds. */
  warmupSeconds: number;
  /** Unmeasured load per question and side before the first measured run of a graph, seconds. */
  initialWarmupSeconds: number;
  /**
   * The page size each question is also profiled at (the seeds graph's answer sizes, on the corpus graph);
   * without it, the size of this graph's own answer.
   */
  samePageSizes?: Partial<Record<QuestionName, number>>;
}

export interface ScaleResult {
  graph: GraphSize;
  runs: QueryRun[];
  answers: Record<QuestionName, { graphql: number; cypher: number }>;
  /** Each question once under PROFILE: its named queries (round trips) and their database hits. */
  profiles: Record<QuestionName, QuestionProfile>;
  /** Each question once more under PROFILE at the page size of `QueryBenchOptions.samePageSizes`. */
  samePage: Partial<Record<QuestionName, QuestionProfile & { pageSize: number }>>;
}

/** Asks once over HTTP, to check the answer and to count its items. */
async function askOnce(url: string, request: GraphqlRequest): Promise<{ size: number; errors?: string }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  const errors = body.errors?.map((error) => error.message).join('; ');
  return { size: answerSize(body.data), ...(errors ? { errors } : {}) };
}

/**
 * The question queries on the graph as it is now (`scale` names it): for each question and concurrency, the
 * GraphQL API under load from this process (the server is another one), then the same named queries as raw
 * Cypher through the driver at the same concurrency, each after a short unmeasured warm-up.
 */
export async function benchQueries(
  scale: GraphScale,
  deps: QueryBenchDeps,
  options: QueryBenchOptions,
): Promise<ScaleResult> {
  await refreshStatistics(deps.driver);
  const graph = await graphSize(deps.driver);
  deps.log(`queries on the ${scale} graph (${graph.nodes} nodes, ${graph.relationships} relationships)`);
  const questions = await buildQuestions(deps.driver);
  const answers = {} as ScaleResult['answers'];
  const profiles = {} as ScaleResult['profiles'];
  const samePage: ScaleResult['samePage'] = {};
  for (const question of questions) {
    const once = await askOnce(deps.server.url, question.graphql);
    answers[question.name] = { graphql: once.size, cypher: await question.cypher() };
    const profile = await question.profile();
    profiles[question.name] = profile;
    const pageSize = options.samePageSizes?.[question.name] ?? profile.items;
    if (pageSize > 0) samePage[question.name] = { pageSize, ...(await question.profile(pageSize)) };
    deps.log(
      `  ${question.name}: ${profile.queries} Cypher quer${profile.queries === 1 ? 'y' : 'ies'}, ` +
        `${profile.dbHits} db hits for ${profile.items} items (PROFILE)` +
        (samePage[question.name]
          ? `; a page of ${pageSize}: ${samePage[question.name]?.dbHits} db hits for ${samePage[question.name]?.items} items`
          : ''),
    );
    if (once.errors) deps.log(`  warning: ${question.name} answered with errors: ${once.errors}`);
    else if (once.size === 0)
      deps.log(`  warning: ${question.name} has an empty answer on the ${scale} graph`);
  }

  // The JVM, Neo4j's query caches and the server compile their hot paths during the first requests: warm
  // every question both ways first, so the first measured cells (the seeds graph) are not the cold ones.
  for (const question of questions) {
    const warm = { concurrency: 16, seconds: options.initialWarmupSeconds, maxRequests: options.maxRequests };
    await loadGraphql(deps.server.url, [question.graphql], warm);
    await closedLoop(question.cypher, warm);
  }

  const runs: QueryRun[] = [];
  for (const question of questions) {
    for (const concurrency of options.concurrency) {
      const measured = { concurrency, seconds: options.seconds, maxRequests: options.maxRequests };
      const warmup = { concurrency, seconds: options.warmupSeconds, maxRequests: options.maxRequests };
      await loadGraphql(deps.server.url, [question.graphql], warmup);
      const serverBefore = await processCpuMs(deps.server.pid);
      const clientBefore = ownCpuMs();
      const graphql = await loadGraphql(deps.server.url, [question.graphql], measured);
      const clientCpu = ownCpuMs() - clientBefore;
      const serverAfter = await processCpuMs(deps.server.pid);
      await closedLoop(question.cypher, warmup);
      const driverBefore = ownCpuMs();
      const cypher = await closedLoop(question.cypher, measured);
      const driverCpu = ownCpuMs() - driverBefore;
      runs.push({
        scale,
        question: question.name,
        concurrency,
        graphql,
        cypher,
        overhead: {
          p50: ratio(graphql.p50, cypher.p50),
          p95: ratio(graphql.p95, cypher.p95),
          rps: ratio(cypher.rps, graphql.rps),
        },
        cpuMsPerRequest: {
          server: perRequest(
            serverBefore === undefined || serverAfter === undefined ? undefined : serverAfter - serverBefore,
            graphql.requests,
          ),
          loadClient: perRequest(clientCpu, graphql.requests),
          driver: perRequest(driverCpu, cypher.requests),
        },
      });
      deps.log(
        `  ${question.name.padEnd(16)} c=${String(concurrency).padEnd(3)} ` +
          `GraphQL p95 ${graphql.p95.toFixed(1)} ms ${graphql.rps.toFixed(0)}/s ${graphql.errors} errors | ` +
          `Cypher p95 ${cypher.p95.toFixed(1)} ms ${cypher.rps.toFixed(0)}/s ${cypher.errors} errors | ` +
          `CPU ms/request: server ${runs.at(-1)?.cpuMsPerRequest?.server ?? '–'}, driver ${runs.at(-1)?.cpuMsPerRequest?.driver ?? '–'}`,
      );
    }
  }
  return { graph, runs, answers, profiles, samePage };
}
