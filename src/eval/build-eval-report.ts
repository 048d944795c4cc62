import { prf, type Counts, type Prf } from './counts.js';
import type { LoadedGoldSet } from './gold-sets.js';
import { MEASURES, measureValue, type MeasureValue } from './measures.js';
import { NO_TOPIC, scoreByTopic, type ModeResult, type ModeSpeed } from './run-mode.js';
import type { CorpusScore } from './score-article.js';
import { MEANS, ROWS, type Issue, type MeanKey, type RowKey } from './score-types.js';

/** One row's counts with its precision, recall and F1. */
export type RowJson = Counts & Prf;

/** A mode as the report shows it: its speed when it ran, the reason when it did not. */
export interface ModeReport {
  name: string;
  available: boolean;
  version?: string;
  /** Why the mode did not run. */
  note?: string;
  speed?: ModeSpeed & { peakRssMb: { process: number; children: number; total: number } };
  /** The mode's own counters (the backbone: sentences selected, parsed, fallen back to the rules). */
  stats?: unknown;
}

/** The scores of one mode on one set (or one topic of it). */
export interface ScoreReport {
  articles: number;
  /** Measure id (`actors.precision`) → value and basis; see `MEASURES`. */
  measures: Record<string, MeasureValue>;
  rows: Record<RowKey, RowJson>;
  means: Record<MeanKey, { mean: number | null; n: number }>;
}

/** One set's report for one mode. */
export interface SetModeReport extends ScoreReport {
  /** Topic → scores. */
  byTopic: Record<string, ScoreReport>;
  /** Per-article rows and errors; never for a held-out set. */
  perArticle?: { article: string; topic?: string; rows: Record<RowKey, RowJson>; issues: Issue[] }[];
}

/** One gold set in the report. */
export interface SetReport {
  name: string;
  dir: string;
  heldOut: boolean;
  /** Articles scored. */
  articles: number;
  /** Topic → number of articles. */
  topics: Record<string, number>;
  skipped: { file: string; reason: string }[];
  /** Why the set has no articles, when it has none. */
  empty?: string;
  /** Mode name → scores. */
  results: Record<string, SetModeReport>;
}

/** Everything `npm run eval` measured (`--json` writes it as it is). */
export interface EvalReport {
  generatedAt: string;
  command: string;
  corpusDir: string;
  modes: ModeReport[];
  sets: SetReport[];
}

function rowsJson(counts: Record<RowKey, Counts>): Record<RowKey, RowJson> {
  return Object.fromEntries(ROWS.map((row) => [row, { ...counts[row], ...prf(counts[row]) }])) as Record<
    RowKey,
    RowJson
  >;
}

function scoreReport(score: CorpusScore): ScoreReport {
  return {
    articles: score.articles.length,
    measures: Object.fromEntries(MEASURES.map((m) => [m.id, measureValue(m, score)])),
    rows: rowsJson(score.total),
    means: Object.fromEntries(
      MEANS.map((key) => {
        const { sum, n } = score.means[key];
        return [key, { mean: n === 0 ? null : sum / n, n }];
      }),
    ) as ScoreReport['means'],
  };
}

const MB = 1024 * 1024;

/** A mode that ran, for the report. */
export function modeReport(result: ModeResult): ModeReport {
  const { speed } = result;
  const process = speed.processPeakRssBytes / MB;
  const children = speed.childPeakRssBytes / MB;
  return {
    name: result.name,
    available: true,
    version: result.version,
    speed: { ...speed, peakRssMb: { process, children, total: process + children } },
    ...(result.stats === undefined ? {} : { stats: result.stats }),
  };
}

/**
 * The report model: for every set, for every mode that ran, the measures, the rows, the means and the
 * same per topic; per-article rows and errors only for sets that are not held out.
 */
export function buildEvalReport(input: {
  generatedAt: string;
  command: string;
  corpusDir: string;
  sets: readonly LoadedGoldSet[];
  results: readonly ModeResult[];
  unavailable: readonly { name: string; reason: string }[];
}): EvalReport {
  const sets: SetReport[] = input.sets.map((set) => {
    const counted = new Map<string, number>();
    for (const { gold } of set.pairs) {
      const topic = gold.topic ?? NO_TOPIC;
      counted.set(topic, (counted.get(topic) ?? 0) + 1);
    }
    const topics = Object.fromEntries([...counted].sort(([a], [b]) => a.localeCompare(b)));
    const results: Record<string, SetModeReport> = {};
    for (const result of input.results) {
      const score = result.scores[set.spec.name];
      if (score === undefined) continue;
      results[result.name] = {
        ...scoreReport(score),
        byTopic: Object.fromEntries(
          Object.entries(scoreByTopic(score)).map(([topic, s]) => [topic, scoreReport(s)]),
        ),
        ...(set.spec.heldOut
          ? {}
          : {
              perArticle: score.articles.map((a) => ({
                article: a.article,
                ...(a.topic === undefined ? {} : { topic: a.topic }),
                rows: rowsJson(a.counts),
                issues: a.issues,
              })),
            }),
      };
    }
    return {
      name: set.spec.name,
      dir: set.spec.dir,
      heldOut: set.spec.heldOut,
      articles: set.pairs.length,
      topics,
      skipped: set.skipped,
      ...(set.empty === undefined ? {} : { empty: set.empty }),
      results,
    };
  });
  return {
    generatedAt: input.generatedAt,
    command: input.command,
    corpusDir: input.corpusDir,
    modes: [
      ...input.results.map(modeReport),
      ...input.unavailable.map((u) => ({ name: u.name, available: false, note: u.reason })),
    ],
    sets,
  };
}
