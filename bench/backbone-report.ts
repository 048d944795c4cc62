import { eventsShare, extractionSplit } from './extraction-split.js';
import type { BackboneBench, BackboneModeRun, IngestBench, TargetCheck } from './result-types.js';

const fixed = (value: number, digits: number): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(0);

/** The faster of the rules runs (the one the ratio is taken against). */
export function fasterRules(b: BackboneBench): BackboneModeRun {
  return b.rulesAgain && b.rulesAgain.articlesPerSecond > b.rules.articlesPerSecond ? b.rulesAgain : b.rules;
}

/** The speed targets of the backbone (issue 15), judged on ratios within one run. */
export function backboneTargets(b: BackboneBench): TargetCheck[] {
  return [
    {
      name: 'Backbone mode vs rules mode, BBC end to end (articles/s)',
      target: '≥ 0.10×',
      measured: `${fixed(b.ratio, 3)}× (${fixed(b.backbone.articlesPerSecond, 1)} / ${fixed(fasterRules(b).articlesPerSecond, 1)})`,
      met: Number.isFinite(b.ratio) ? b.ratio >= 0.1 : null,
    },
    {
      name: 'Backbone mode vs raw CoreNLP on the same sentences (wall)',
      target: '≤ 1.3×',
      measured: `${fixed(b.overhead, 2)}×`,
      met: Number.isFinite(b.overhead) ? b.overhead <= 1.3 : null,
    },
    ...(['rules', 'backbone'] as const).map((mode) => eventsTarget(`${mode} mode, BBC`, b[mode].stages)),
  ];
}

/** Issue 11: events cost at most 20% of extraction time, in each mode. */
export function eventsTarget(where: string, stages: BackboneModeRun['stages']): TargetCheck {
  const share = eventsShare(stages);
  return {
    name: `Events' share of extraction time (${where})`,
    target: '≤ 20%',
    measured: share === undefined ? 'not measured' : `${fixed(100 * share, 1)}%`,
    met: share === undefined ? null : share <= 0.2,
  };
}

const wordsPerSecond = (r: { words?: number; wallMs: number }): string =>
  r.words === undefined ? '–' : fixed(r.words / (r.wallMs / 1000), 0);

const row = (name: string, r: BackboneModeRun): string[] => [
  name,
  fixed(r.articlesPerSecond, 1),
  wordsPerSecond(r),
  fixed(r.wallMs / 1000, 1),
  fixed(r.cpuSecondsPerArticle, 3),
  fixed(r.stages.loadMs / 1000, 1),
  r.peakRssBytes.corenlp > 0
    ? `${mb(r.peakRssBytes.total)} (${mb(r.peakRssBytes.process)} + CoreNLP ${mb(r.peakRssBytes.corenlp)})`
    : mb(r.peakRssBytes.process),
];

/**
 * The rules mode here against the corpus ingest of the same run, per article and per word: the corpus
 * (BBC + AG News) averages fewer words an article than BBC alone, so its articles/s is higher for the same
 * work per word. Empty when either side lacks word counts.
 */
function againstCorpusIngest(b: BackboneBench, ingest?: IngestBench): string[] {
  const rules = fasterRules(b);
  if (!ingest?.words || !rules.words) return [];
  const perArticle = (words: number, articles: number) => fixed(words / Math.max(1, articles), 0);
  return [
    `Articles here average ${perArticle(rules.words, rules.articles)} words; the corpus ingest of this run ` +
      `(${ingest.articles} articles, BBC and AG News) ${perArticle(ingest.words, ingest.articles)}. Its ` +
      `${fixed(ingest.articlesPerSecond, 1)} articles/s are ${wordsPerSecond(ingest)} words/s, against the rules' ` +
      `${wordsPerSecond(rules)} words/s here: the target compares both modes on the same BBC articles.`,
    '',
  ];
}

/** The backbone part as Markdown lines: what ran, one row per mode and the raw limit, the ratios. */
export function backboneMarkdown(b: BackboneBench, ingest?: IngestBench): string[] {
  const sample = b.every === 1 ? 'all' : `every ${b.every}th article of each category`;
  const cells = (r: string[]) => `| ${r.join(' | ')} |`;
  return [
    '## Backbone vs rules (BBC)',
    '',
    `${b.backbone.articles} BBC articles (${sample}), each mode end to end through ingest() into an emptied graph; ` +
      `CoreNLP of its own (${b.threads} threads, ${b.concurrency} requests in flight, started in ${fixed(b.jvmStartMs / 1000, 1)} s, ` +
      `not counted)${b.backboneCold ? '; the backbone ran twice, first on the cold JVM, and its ratios come from the second run, on the warm JVM' : ''}. Sentences: ${b.sentences.total}, selected ${b.sentences.selected}, parsed ${b.sentences.parsed}; ` +
      `fallbacks ${JSON.stringify(b.sentences.fallbacks)}; ${b.raw.requests} requests (${b.raw.parseRequests} with the parser).`,
    '',
    cells(['Mode', 'Articles/s', 'Words/s', 'Wall s', 'CPU s/article', 'Writes s', 'Peak RSS MB']),
    cells(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
    cells(row('rules', b.rules)),
    ...(b.backboneCold ? [cells(row('backbone, cold JVM (not in the ratios)', b.backboneCold))] : []),
    cells(
      row(
        b.backboneCold ? 'backbone, warm JVM (process + CoreNLP)' : 'backbone (process + CoreNLP)',
        b.backbone,
      ),
    ),
    ...(b.rulesAgain ? [cells(row('rules, again after the backbone', b.rulesAgain))] : []),
    cells([
      'raw CoreNLP, same requests',
      fixed(b.raw.articlesPerSecond, 1),
      b.backbone.words === undefined ? '–' : fixed(b.backbone.words / (b.raw.wallMs / 1000), 0),
      fixed(b.raw.wallMs / 1000, 1),
      fixed(b.raw.cpuSecondsPerArticle, 3),
      '–',
      '–',
    ]),
    '',
    `Backbone / rules: ${fixed(b.ratio, 3)}×${b.rulesAgain ? ' (against the faster rules run)' : ''}. ` +
      `Backbone / raw CoreNLP (wall): ${fixed(b.overhead, 2)}× ` +
      `(${fixed(b.overheadWithoutWrites, 2)}× without the database writes, a lower bound: a batch is written ` +
      'while the next is parsed). ' +
      'CPU counts this process and the CoreNLP JVM, not Neo4j.',
    '',
    ...splitLines(b),
    ...againstCorpusIngest(b, ingest),
  ];
}

/** Where extraction time goes in each mode (names, events, claims), for runs that recorded it. */
function splitLines(b: BackboneBench): string[] {
  const lines = [
    extractionSplit({ extractorMode: 'rules', stages: b.rules.stages }),
    extractionSplit({ extractorMode: 'backbone', stages: b.backbone.stages }),
  ].filter((line): line is string => line !== undefined);
  return lines.flatMap((line) => [line, '']);
}
