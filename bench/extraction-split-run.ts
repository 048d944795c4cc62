/**
 * The extraction split (`extractionSplit`) on its own, without a database: the seeds once as a warm-up (not
 * measured: gazetteer, lexicons, JIT), then the seeds and `limit` corpus articles (BBC and AG News in
 * proportion, as `npm run bench -- --limit`) through a dry-run `ingest()` in rules mode.
 *
 *   node --import tsx bench/extraction-split-run.ts [limit=1500] [--cpu] [--dump out.json] [--corpus dir]
 *
 * `--cpu` times the stages in process CPU time instead of wall time (on a shared machine wall time swings
 * with the load); `--dump` writes each article's mentions, events and claims, to check a change keeps them;
 * `--corpus` reads another folder than the whole corpus (`../shared/corpus/bbc-news`: the BBC's long articles);
 * `--bbc-every N` runs what the rules run of the backbone part does instead: every N-th BBC article of each
 * category through a rules-mode `createExtractor` (names found ahead, as `ingest` does with an extractor).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/paths.js';
import { ingest } from '../src/pipeline/ingest.js';
import { createExtractor } from '../src/pipeline/stages.js';
import { bbcSample } from './backbone-bench.js';
import type { ArticleGraph } from '../src/domain.js';
import { corpusInputs, DEFAULT_CORPUS } from './corpus-inputs.js';
import { extractionSplit } from './extraction-split.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    cpu: { type: 'boolean' },
    dump: { type: 'string' },
    corpus: { type: 'string' },
    'bbc-every': { type: 'string' },
  },
});
if (values.cpu) {
  performance.now = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1000;
  };
}
const seeds = path.join(PROJECT_ROOT, 'seeds');
const every = values['bbc-every'] === undefined ? undefined : Number(values['bbc-every']);
const inputs =
  every === undefined
    ? await corpusInputs(values.corpus ?? DEFAULT_CORPUS, Number(positionals[0] ?? 1500))
    : { paths: await bbcSample(DEFAULT_CORPUS, every), cleanup: () => Promise.resolve() };
const extractor = () => (every === undefined ? {} : { extractor: createExtractor({ mode: 'rules' }) });
await ingest([seeds], extractor());
const graphs: Partial<ArticleGraph>[] = [];
const summary = await ingest([seeds, ...inputs.paths], {
  ...extractor(),
  ...(values.dump
    ? {
        onGraph: (g: ArticleGraph) => {
          const { mentions, events, eventReports, claims, claimReports } = g;
          graphs.push({ mentions, events, eventReports, claims, claimReports });
        },
      }
    : {}),
});
await inputs.cleanup();
const t = summary.timings;
console.log(
  `${summary.read} articles, ${values.cpu ? 'CPU' : 'wall'} time. ` +
    extractionSplit({
      extractorMode: summary.extractorMode,
      stages: {
        sourceMs: t.source,
        extractMs: t.mentions + t.facts,
        resolveMs: t.resolve,
        loadMs: t.load,
        mentionsMs: t.mentions,
        eventsMs: t.events,
        claimsMs: t.claims,
      },
    }),
);
if (values.dump) writeFileSync(values.dump, JSON.stringify(graphs));
