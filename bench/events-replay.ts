/**
 * Event extraction alone, repeated on the same articles: the seeds and `limit` corpus articles are read,
 * their names found and resolved once (as one `ingest()` run does, with one resolve state), then
 * `extractEvents` runs over all of them `rounds` times, each round with a fresh event memory. Prints the
 * CPU time of each round and the fastest, so that a change to the event rules can be timed on its own on a
 * shared machine; `--dump` writes every article's events and reports of the last round, to check that a
 * change keeps them. Only the first round reads the texts as an ingest does: later rounds meet the same
 * strings again (hashes and some expression results already known), so they flatter work on the texts.
 *
 *   node --import tsx bench/events-replay.ts [limit=400] [--rounds 5] [--corpus dir] [--dump out.json]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../src/paths.js';
import type { ExtractContext } from '../src/pipeline/extract/index.js';
import { createEventMemory, EXTRACTOR_VERSION, findArticleMentions } from '../src/pipeline/extract/index.js';
import { extractEvents } from '../src/pipeline/extract/events/index.js';
import { createResolveState, resolveArticle } from '../src/pipeline/resolve/index.js';
import { readSources } from '../src/pipeline/source/index.js';
import { extractContext } from '../src/pipeline/stages.js';
import { corpusInputs, DEFAULT_CORPUS } from './corpus-inputs.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rounds: { type: 'string' },
    corpus: { type: 'string' },
    dump: { type: 'string' },
  },
});
const cpuMs = () => {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1000;
};

const inputs = await corpusInputs(values.corpus ?? DEFAULT_CORPUS, Number(positionals[0] ?? 400));
const state = createResolveState();
const contexts: ExtractContext[] = [];
for await (const item of readSources([path.join(PROJECT_ROOT, 'seeds'), ...inputs.paths])) {
  if (!item.ok) continue;
  const { article } = item;
  const found = findArticleMentions(article);
  const resolved = resolveArticle(article, found.mentions, {
    state,
    extractorVersion: EXTRACTOR_VERSION,
    extractor: found.extractor,
  });
  contexts.push(extractContext(article, found.sentences, resolved));
}
await inputs.cleanup();

const rounds = Number(values.rounds ?? 5);
const times: number[] = [];
let last: ReturnType<typeof extractEvents>[] = [];
for (let r = 0; r < rounds; r++) {
  const eventMemory = createEventMemory();
  const started = cpuMs();
  last = contexts.map((context) => extractEvents({ ...context, eventMemory }));
  times.push(cpuMs() - started);
}
const events = last.reduce((n, g) => n + g.events.length, 0);
console.log(
  `${contexts.length} articles, ${events} events; extractEvents CPU ms per round: ${times.map((t) => t.toFixed(0)).join(' ')}; fastest ${Math.min(...times).toFixed(0)}`,
);
if (values.dump) {
  writeFileSync(
    values.dump,
    JSON.stringify(last.map((g, i) => ({ article: contexts[i]!.article.id, ...g }))),
  );
}
