import type { ArticleGraph } from '../domain.js';
import { addCounts, zeroCounts } from './counts.js';
import type { GoldArticle } from './gold.js';
import { indexGold } from './gold-index.js';
import { viewPrediction } from './prediction-view.js';
import { scoreClaims } from './score-claims.js';
import { scoreEntities } from './score-entities.js';
import { scoreEvents } from './score-events.js';
import { scoreFoundClaims } from './score-found-claims.js';
import { scoreFoundEvents } from './score-found-events.js';
import {
  MEANS,
  ROWS,
  type Issue,
  type RowCounts,
  type RowKey,
  type RowMeans,
  type RowResult,
} from './score-types.js';

/** The scores of one article. */
export interface ArticleScore {
  /** The gold file's `article` (the seed file name, or the source key of a corpus article). */
  article: string;
  /** The gold file's topic, when it gives one. */
  topic?: string;
  counts: RowCounts;
  means: RowMeans;
  issues: Issue[];
}

/** Scores of every article and their micro-average (counts summed over articles). */
export interface CorpusScore {
  articles: ArticleScore[];
  total: RowCounts;
  means: RowMeans;
}

/** Compares one article's extractor output with its gold annotations, on every row. */
export function scoreArticle(gold: GoldArticle, graph: ArticleGraph): ArticleScore {
  const index = indexGold(gold);
  const predicted = viewPrediction(graph);
  const foundClaims = scoreFoundClaims(predicted.claims, index);
  const results: Record<RowKey, RowResult> = {
    ...scoreEntities(predicted.entities, index),
    ...scoreEvents(predicted.events, index),
    ...scoreFoundEvents(predicted.events, index),
    ...scoreClaims(predicted.claims, index),
    ...foundClaims.rows,
  };
  const counts = Object.fromEntries(ROWS.map((row) => [row, results[row].counts])) as RowCounts;
  return {
    article: gold.article,
    ...(gold.topic === undefined ? {} : { topic: gold.topic }),
    counts,
    means: { 'claim-span-overlap': foundClaims.spanOverlap },
    issues: ROWS.flatMap((row) => results[row].issues),
  };
}

/** Micro-averages article scores: each row's counts (and each mean's sum and size) are summed. */
export function scoreCorpus(articles: ArticleScore[]): CorpusScore {
  const total = Object.fromEntries(
    ROWS.map((row) => [row, addCounts(zeroCounts(), ...articles.map((a) => a.counts[row]))]),
  ) as RowCounts;
  const means = Object.fromEntries(
    MEANS.map((key) => [
      key,
      articles.reduce((sum, a) => ({ sum: sum.sum + a.means[key].sum, n: sum.n + a.means[key].n }), {
        sum: 0,
        n: 0,
      }),
    ]),
  ) as RowMeans;
  return { articles, total, means };
}
