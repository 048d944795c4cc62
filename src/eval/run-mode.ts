import type { ArticleDoc, ArticleGraph } from '../domain.js';
import type { ExtractorMode } from './extractor-modes.js';
import type { LoadedGoldSet } from './gold-sets.js';
import type { ResourceMeter } from './resource-meter.js';
import { scoreArticle, scoreCorpus, type ArticleScore, type CorpusScore } from './score-article.js';

/** How fast a mode extracted, and what it cost. */
export interface ModeSpeed {
  articles: number;
  /** Seconds spent opening the mode (loading tables, starting and warming up servers). */
  setupSeconds: number;
  /** Wall-clock seconds inside the extraction calls. */
  wallSeconds: number;
  articlesPerSecond: number | null;
  /** CPU seconds per article: this process plus the mode's helper processes. */
  cpuSecondsPerArticle: number | null;
  processCpuSeconds: number;
  childCpuSeconds: number;
  processPeakRssBytes: number;
  childPeakRssBytes: number;
}

/** The scores of one mode on every set, and its speed. */
export interface ModeResult {
  name: string;
  version: string;
  speed: ModeSpeed;
  /** The mode's own counters at the end (sentences parsed, fallen back), when it keeps any. */
  stats?: unknown;
  /** Set name → scores. */
  scores: Record<string, CorpusScore>;
}

/** What {@link runMode} needs besides the mode. */
export interface RunModeDeps {
  meter: ResourceMeter;
  setupSeconds: number;
  warn: (message: string) => void;
}

function emptyGraph(article: ArticleDoc): ArticleGraph {
  return {
    article,
    actors: [],
    places: [],
    mentions: [],
    events: [],
    eventReports: [],
    claims: [],
    claimReports: [],
  };
}

/**
 * Extracts every article of every set with one mode, through the meter, and scores it. An extraction
 * that throws is a warning and scores as "nothing found", so one bad article never stops the report.
 * Read the meter's result before closing the mode: a helper's peak memory is read from its process.
 */
export async function runMode(
  mode: ExtractorMode,
  sets: readonly LoadedGoldSet[],
  deps: RunModeDeps,
): Promise<ModeResult> {
  const scores: Record<string, CorpusScore> = {};
  for (const set of sets) {
    const articles: ArticleScore[] = [];
    for (const { gold, article } of set.pairs) {
      let graph: ArticleGraph;
      try {
        graph = await deps.meter.measure(() => mode.extract(article));
      } catch (error) {
        deps.warn(
          `${mode.name}: ${gold.article}: extraction failed, scored as empty: ${error instanceof Error ? error.message : String(error)}`,
        );
        graph = emptyGraph(article);
      }
      articles.push(scoreArticle(gold, graph));
    }
    scores[set.spec.name] = scoreCorpus(articles);
  }
  const use = deps.meter.result();
  const cpu = use.processCpuSeconds + use.childCpuSeconds;
  return {
    name: mode.name,
    version: mode.version,
    ...(mode.stats === undefined ? {} : { stats: mode.stats() }),
    scores,
    speed: {
      articles: use.calls,
      setupSeconds: deps.setupSeconds,
      wallSeconds: use.wallSeconds,
      articlesPerSecond: use.wallSeconds > 0 ? use.calls / use.wallSeconds : null,
      cpuSecondsPerArticle: use.calls > 0 ? cpu / use.calls : null,
      processCpuSeconds: use.processCpuSeconds,
      childCpuSeconds: use.childCpuSeconds,
      processPeakRssBytes: use.processPeakRssBytes,
      childPeakRssBytes: use.childPeakRssBytes,
    },
  };
}

/** Topic label of an article without one. */
export const NO_TOPIC = '(no topic)';

/** The scores of a set split by the gold files' topics, topics in name order. */
export function scoreByTopic(score: CorpusScore): Record<string, CorpusScore> {
  const groups = new Map<string, ArticleScore[]>();
  for (const article of score.articles) {
    const topic = article.topic ?? NO_TOPIC;
    groups.set(topic, [...(groups.get(topic) ?? []), article]);
  }
  return Object.fromEntries(
    [...groups.keys()].sort().map((topic) => [topic, scoreCorpus(groups.get(topic) ?? [])]),
  );
}
