/**
 * The backbone's speed on real news, against CoreNLP's own speed on the same requests and against the
 * rules mode: articles/s, CPU seconds per article (the JVM's included, read from /proc), peak RSS.
 *
 *   node --import tsx bench/nlp-speed.ts [--per-category 8] [--lookahead 8]
 *
 * Reads 8 articles from each of the 5 BBC categories (evenly spaced, deterministic) from ../shared/corpus.
 * Starts its own CoreNLP (CPU and memory of the JVM are read from /proc, so CORENLP_URL is ignored).
 * Steps: (1) rules mode; (2) backbone mode as ingest runs it (analyses `lookahead` articles ahead),
 * recording every request; (3) "raw": the same requests replayed straight to CoreNLP, same concurrency,
 * answers read but not used — CoreNLP's own limit; (4) raw on every sentence, for what selection saves.
 * Figures depend on the machine's load; quote them with their date and load average.
 */
import { readdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleDoc } from '../src/domain.js';
import { CORPUS_DIR, PROJECT_ROOT } from '../src/paths.js';
import { connectNlp, readNlpConfig } from '../src/nlp/index.js';
import { readSources } from '../src/pipeline/source/index.js';
import { splitSentences } from '../src/pipeline/extract/index.js';
import { createExtractor, createResolveState } from '../src/pipeline/stages.js';
import { recordingClient, replayRequests as replay, type SentRequest as Sent } from './corenlp-replay.js';
import { ownCpuSeconds as nodeCpuSeconds, procCpuSeconds, procPeakRssBytes } from './process-usage.js';

const { values } = parseArgs({
  options: { 'per-category': { type: 'string' }, lookahead: { type: 'string' } },
});
const perCategory = Number(values['per-category'] ?? 8);
const lookahead = Number(values.lookahead ?? 8);

async function articles(): Promise<ArticleDoc[]> {
  const root = path.join(CORPUS_DIR, 'bbc-news');
  const files: string[] = [];
  for (const category of ['business', 'entertainment', 'politics', 'sport', 'tech']) {
    const all = (await readdir(path.join(root, category))).filter((f) => f.endsWith('.txt')).sort();
    const step = Math.floor(all.length / perCategory);
    for (let i = 0; i < perCategory; i += 1) files.push(path.join(root, category, all[i * step] as string));
  }
  const out: ArticleDoc[] = [];
  for await (const item of readSources(files)) if (item.ok) out.push(item.article);
  return out;
}

async function main(): Promise<void> {
  const docs = await articles();
  const started = new Date().toISOString();
  console.log(
    `# nlp-speed ${started}, ${docs.length} BBC articles, ${os.cpus().length} cores, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  // 1. rules
  let cpu0 = nodeCpuSeconds();
  let t0 = performance.now();
  const rules = createExtractor({ mode: 'rules' });
  let state = createResolveState();
  for (const doc of docs) await rules.extractArticle(doc, { resolveState: state });
  const rulesWall = (performance.now() - t0) / 1000;
  const rulesCpu = nodeCpuSeconds() - cpu0;
  const rulesRss = process.resourceUsage().maxRSS / 1024;

  // 2. backbone, as ingest runs it
  const config = readNlpConfig(PROJECT_ROOT, { ...process.env, CORENLP_URL: '' });
  t0 = performance.now();
  const nlp = await connectNlp({ config, log: (line) => console.error(line) });
  const startSeconds = (performance.now() - t0) / 1000;
  const startJvmCpu = procCpuSeconds(nlp.pids());
  const sent: Sent[] = [];
  const warm = createExtractor({ mode: 'backbone', nlp: nlp.client });
  for (const doc of docs.slice(0, 3)) await warm.extractArticle(doc);
  const backbone = createExtractor({ mode: 'backbone', nlp: recordingClient(nlp.client, sent) });
  state = createResolveState();
  let jvm0 = procCpuSeconds(nlp.pids());
  cpu0 = nodeCpuSeconds();
  t0 = performance.now();
  const window: Promise<Awaited<ReturnType<typeof backbone.analyse>>>[] = [];
  for (const doc of docs) {
    window.push(backbone.analyse(doc));
    if (window.length >= lookahead)
      backbone.build(await (window.shift() as (typeof window)[number]), { resolveState: state });
  }
  while (window.length > 0)
    backbone.build(await (window.shift() as (typeof window)[number]), { resolveState: state });
  const bbWall = (performance.now() - t0) / 1000;
  const bbNodeCpu = nodeCpuSeconds() - cpu0;
  const bbJvmCpu = procCpuSeconds(nlp.pids()) - jvm0;
  const stats = backbone.stats();

  // 3. raw: the same requests, straight to CoreNLP
  const url = nlp.urls[0] as string;
  jvm0 = procCpuSeconds(nlp.pids());
  t0 = performance.now();
  await replay(url, sent, config.concurrency);
  const rawWall = (performance.now() - t0) / 1000;
  const rawJvmCpu = procCpuSeconds(nlp.pids()) - jvm0;

  // 4. raw on every sentence
  const everySentence = docs.map((d) => ({
    text: splitSentences(d.text)
      .map((s) => s.text.replace(/\n/g, ' '))
      .join('\n'),
    annotators: nlp.client.annotators,
  }));
  jvm0 = procCpuSeconds(nlp.pids());
  t0 = performance.now();
  await replay(url, everySentence, config.concurrency);
  const allWall = (performance.now() - t0) / 1000;
  const allJvmCpu = procCpuSeconds(nlp.pids()) - jvm0;
  const jvmPeak = procPeakRssBytes(nlp.pids()) / 2 ** 20;
  const nodePeak = process.resourceUsage().maxRSS / 1024;
  await nlp.close();

  const n = docs.length;
  const row = (name: string, wall: number, cpu: number, rss: string) =>
    `| ${name} | ${(n / wall).toFixed(1)} | ${wall.toFixed(1)} | ${(cpu / n).toFixed(3)} | ${rss} |`;
  console.log('\n| step | articles/s | wall s | CPU s/article | peak RSS MB |');
  console.log('|---|---|---|---|---|');
  console.log(row('rules mode', rulesWall, rulesCpu, rulesRss.toFixed(0)));
  console.log(
    row(
      'backbone mode (node + JVM)',
      bbWall,
      bbNodeCpu + bbJvmCpu,
      `node ${nodePeak.toFixed(0)} + JVM ${jvmPeak.toFixed(0)}`,
    ),
  );
  console.log(row('raw CoreNLP, same requests', rawWall, rawJvmCpu, `JVM ${jvmPeak.toFixed(0)}`));
  console.log(row('raw CoreNLP, every sentence', allWall, allJvmCpu, `JVM ${jvmPeak.toFixed(0)}`));
  console.log(
    `\nbackbone / raw (same requests): ${(bbWall / rawWall).toFixed(2)}x wall, ${((bbNodeCpu + bbJvmCpu) / rawJvmCpu).toFixed(2)}x CPU`,
  );
  console.log(
    `JVM start: ${startSeconds.toFixed(1)} s wall, ${startJvmCpu.toFixed(1)} CPU s (models loaded; not in the rows above)`,
  );
  console.log(
    `sentences: ${stats.sentences}, selected ${stats.selected}, parsed ${stats.parsed}, requests ${stats.requests}; fallbacks ${JSON.stringify(stats.fallbacks)}`,
  );
}

await main();
